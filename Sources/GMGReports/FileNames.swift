import GMGTable
import Foundation

/// Output file names: derived from data (instance values), so made safe before use.
enum FileNames {
    /// `report` or `report-<instance>`, with only letters, digits, `-` and `_`.
    static func baseName(report: ReportDefinition, parameters: [String: String]) -> String {
        guard let source = report.instances, let value = parameters[source.parameter] else { return report.name }
        return report.name + "-" + safe(value)
    }

    /// A file name component made safe by the one rule (``FileNameComponent/safe(_:)``).
    static func safe(_ text: String) -> String { FileNameComponent.safe(text) }

    /// Names the build writes itself, which no report may take (compared ignoring case).
    static let reserved: Set<String> = ["index", "changes", "manifest", "snapshot", "gmg"]

    /// Fails, before anything is written, when two report instances would write the same file
    /// (their values made safe are equal, ignoring case, as on Windows and macOS disks) or a
    /// report would overwrite a file the build writes itself.
    static func checkUnique(_ instances: [(definition: ReportDefinition, parameters: [String: String])]) throws {
        var seen: [String: (report: String, value: String)] = [:]
        for (definition, parameters) in instances {
            let base = baseName(report: definition, parameters: parameters)
            let value = definition.instances.flatMap { parameters[$0.parameter] } ?? ""
            let key = definition.instances == nil ? "" : "instances"
            if reserved.contains(base.lowercased()) {
                throw ReportError(file: definition.file, key: key, "the file name \"\(base)\" is one the build writes itself "
                                  + "(index.md, CHANGES.md, manifest.json, snapshot.json, gmg.sqlite); rename the report")
            }
            if let other = seen.updateValue((definition.name, value), forKey: base.lowercased()) {
                let first = other.report == definition.name ? "\"\(other.value)\"" : "\"\(other.value)\" of report \(other.report)"
                throw ReportError(file: definition.file, key: key, "the values \(first) and \"\(value)\" both give the file name "
                                  + "\"\(base)\"; nothing was written")
            }
        }
    }
}
