import Foundation

extension StringProtocol {
    /// The text without the Unicode scalars of `set` at either end: what Foundation's
    /// `trimmingCharacters(in:)` gives, without its round trip through UTF-16 (a tenth of a
    /// bundled build went to that round trip on rendered tables).
    public func trimmingScalars(in set: CharacterSet) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !set.contains($0) }),
              let last = scalars.lastIndex(where: { !set.contains($0) }) else { return "" }
        // The bytes between two scalar boundaries, copied at once (not appended a scalar at a time).
        return String(self[first..<scalars.index(after: last)])
    }
}
