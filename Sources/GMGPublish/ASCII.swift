extension Unicode.Scalar {
    /// Whether this is an ASCII letter or digit, the safe core of names, stamps and shell words.
    var isASCIIAlphanumeric: Bool {
        isASCII && (properties.isAlphabetic || ("0"..."9").contains(self))
    }
}
