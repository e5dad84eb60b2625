import Foundation

extension StringProtocol {
    /// The text without the Unicode scalars of `set` at either end: what Foundation's
    /// `trimmingCharacters(in:)` gives, without its round trip through UTF-16 (a tenth of a
    /// bundled build went to that round trip on rendered tables).
    public func trimmingScalars(in set: CharacterSet) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !set.contains($0) }),
              let last = scalars.lastIndex(where: { !set.contains($0) }) else { return "" }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: scalars[first...last])
        return String(kept)
    }
}
