import Foundation

/// Output file names: derived from data (instance values), so made safe before use.
enum FileNames {
    /// `report` or `report-<instance>`, with only letters, digits, `-` and `_`.
    static func baseName(report: ReportDefinition, parameters: [String: String]) -> String {
        guard let source = report.instances, let value = parameters[source.parameter] else { return report.name }
        return report.name + "-" + safe(value)
    }

    /// A file name component that cannot leave its folder: no `/`, no `..`, no leading dot,
    /// nothing but ASCII letters, digits, `-` and `_` (other runs become one `-`), at most 80 characters.
    static func safe(_ text: String) -> String {
        var result = ""
        for character in text {
            if character.isASCII, character.isLetter || character.isNumber || character == "_" {
                result.append(character)
            } else if !result.hasSuffix("-") {
                result.append("-")
            }
        }
        let trimmed = result.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return trimmed.isEmpty ? "unnamed" : String(trimmed.prefix(80))
    }
}
