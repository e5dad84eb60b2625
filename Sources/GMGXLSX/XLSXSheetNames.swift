/// Turns wished-for sheet names into names Excel accepts, unique within one workbook.
///
/// Excel's rules: at most 31 characters; none of `[ ] : * ? / \`; no apostrophe at either end;
/// not empty; not `History` (reserved); no two names equal ignoring case. ``unique(_:)`` returns
/// the wish when it already follows them, and otherwise the nearest name that does:
/// forbidden characters become `_`, control characters spaces, end apostrophes and spaces go,
/// long names are cut (at a word boundary where one is near the limit), and a repeated name gets ` (2)`, ` (3)`... within the 31 characters.
///
/// ```swift
/// var names = XLSXSheetNames()
/// names.unique("Funding: by source/year")  // "Funding_ by source_year"
/// names.unique("funding_ BY source_year")  // "funding_ BY source_year (2)"
/// ```
public struct XLSXSheetNames: Sendable {
    /// Excel's limit on the length of a sheet name.
    public static let maxLength = 31

    private var taken: Set<String> = []

    /// Creates an empty set of names.
    public init() {}

    /// A valid name close to `wish`, unique ignoring case among the names returned before.
    public mutating func unique(_ wish: String) -> String {
        let base = XLSXSheetNames.valid(wish)
        var candidate = base
        var counter = 1
        while taken.contains(XLSXSheetNames.key(candidate)) {
            counter += 1
            let suffix = " (\(counter))"
            let stem = XLSXSheetNames.trimmedEnds(XLSXSheetNames.cut(base, to: XLSXSheetNames.maxLength - suffix.count))
            candidate = (stem.isEmpty ? "Sheet" : stem) + suffix
        }
        taken.insert(XLSXSheetNames.key(candidate))
        return candidate
    }

    /// `wish` made valid on its own (see the type's rules), without looking at other names.
    public static func valid(_ wish: String) -> String {
        var text = ""
        for scalar in wish.unicodeScalars {
            switch scalar {
            case "[", "]", ":", "*", "?", "/", "\\": text.unicodeScalars.append("_")
            default: text.unicodeScalars.append(scalar.value < 0x20 || scalar.value == 0x7F ? " " : scalar)
            }
        }
        var name = trimmedEnds(cut(trimmedEnds(text), to: maxLength))
        if name.isEmpty { name = "Sheet" }
        if name.lowercased() == "history" { name += "_" }
        return name
    }

    /// The comparison key: Excel compares sheet names ignoring case.
    private static func key(_ name: String) -> String { name.lowercased() }

    /// The longest prefix of whole characters whose UTF-16 length is at most `limit`, ending at a
    /// word boundary when one falls in the second half of it.
    private static func cut(_ text: String, to limit: Int) -> String {
        var length = 0
        var end = text.startIndex
        var lastSpace: String.Index?
        for index in text.indices {
            length += text[index].utf16.count
            if length > limit {
                let atBoundary = text[index] == " "
                if !atBoundary, let space = lastSpace, text.distance(from: text.startIndex, to: space) >= limit / 2 { end = space }
                break
            }
            if text[index] == " " { lastSpace = index }
            end = text.index(after: index)
        }
        return String(text[..<end])
    }

    /// Without spaces and apostrophes at either end.
    private static func trimmedEnds(_ text: String) -> String {
        let strip: (Character) -> Bool = { $0 == " " || $0 == "'" }
        return String(text.drop(while: strip).reversed().drop(while: strip).reversed())
    }
}
