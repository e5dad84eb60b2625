/// The one rule that turns a value from the data (an agency's acronym, a work stream's id) into
/// part of an output file name: shared by the reports, which name files with it, and the data
/// checks, which refuse two agencies whose files would collide.
public enum FileNameComponent {
    /// A file name component that cannot leave its folder: no `/`, no `..`, no leading dot,
    /// nothing but ASCII letters, digits, `-` and `_` (other runs become one `-`), at most 80
    /// characters; `unnamed` when nothing is left.
    public static func safe(_ text: String) -> String {
        var result = ""
        for character in text {
            if character.isASCII, character.isLetter || character.isNumber || character == "_" {
                result.append(character)
            } else if !result.hasSuffix("-") {
                result.append("-")
            }
        }
        let trimmed = result.trimmingCharacters(in: "-")
        return trimmed.isEmpty ? "unnamed" : String(trimmed.prefix(80))
    }
}

private extension String {
    func trimmingCharacters(in character: Character) -> Substring {
        let start = firstIndex { $0 != character } ?? endIndex
        let end = lastIndex { $0 != character }.map { index(after: $0) } ?? start
        return self[start..<max(start, end)]
    }
}
