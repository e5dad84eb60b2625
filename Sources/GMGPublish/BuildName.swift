/// The name of a published build folder: a stamp plus, after a collision, `.2`, `.3`…
///
/// Names order by stamp, then by collision counter, so `20250301T020000Z.10` follows
/// `20250301T020000Z.9`.
struct BuildName: Comparable {
    /// The folder name as on disk.
    let text: String
    private let stamp: Substring
    private let counter: Int

    /// Parses a folder name; nil for names that are not builds (they are never pruned).
    init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard let stamp = parts.first, Self.isValidStamp(stamp), parts.count <= 2 else { return nil }
        if parts.count == 2 {
            guard let counter = Int(parts[1]), counter >= 2, String(counter) == parts[1] else { return nil }
            self.counter = counter
        } else {
            counter = 1
        }
        self.text = text
        self.stamp = stamp
    }

    /// Whether `stamp` is letters, digits, `-` and `_`, starting with a letter or digit.
    static func isValidStamp(_ stamp: some StringProtocol) -> Bool {
        guard let first = stamp.unicodeScalars.first, first.isASCIIAlphanumeric else { return false }
        return stamp.unicodeScalars.allSatisfy { $0.isASCIIAlphanumeric || $0 == "-" || $0 == "_" }
    }

    static func < (lhs: BuildName, rhs: BuildName) -> Bool {
        (lhs.stamp, lhs.counter) < (rhs.stamp, rhs.counter)
    }

    static func == (lhs: BuildName, rhs: BuildName) -> Bool {
        lhs.text == rhs.text
    }
}
