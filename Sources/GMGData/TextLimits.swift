/// Limits on text that every input shares, so nothing read is later cut short or refused by an output.
public enum TextLimits {
    /// The longest text a spreadsheet cell holds: Excel's and LibreOffice's 32,767 characters
    /// (counted, as Excel does, in UTF-16 code units).
    public static let cellCharacters = 32_767

    /// The length of `text` in UTF-16 code units when it is longer than ``cellCharacters``; nil
    /// when it fits.
    public static func overlong(_ text: some StringProtocol) -> Int? {
        let length = text.utf16.count
        return length > cellCharacters ? length : nil
    }
}
