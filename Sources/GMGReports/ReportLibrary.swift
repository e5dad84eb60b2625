import Foundation
import GMGQuery

/// The report definitions of a folder (`Reports/*.toml`), checked against the saved queries.
public struct ReportLibrary: Sendable {
    /// The definitions, sorted by name.
    public let reports: [ReportDefinition]
    /// The folder, for templates referenced by definitions.
    public let directory: URL

    /// `reference.docx` in the folder (styles and page setup of Word output), when it exists.
    public var wordReference: URL? {
        let url = directory.appendingPathComponent("reference.docx")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// Reads every `.toml` file of `directory`.
    ///
    /// - Throws: ``ReportError`` naming the file and key of the first bad definition.
    public init(directory: URL, displayName: String? = nil, queries: QueryLibrary) throws {
        let display = displayName ?? directory.path
        self.directory = directory
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw ReportError(file: display, "cannot read the reports folder")
        }
        reports = try names.filter { $0.hasSuffix(".toml") }.sorted().map { fileName in
            let file = "\(display)/\(fileName)"
            let text: String
            do {
                text = try DefinitionFile.text(at: directory.appendingPathComponent(fileName))
            } catch {
                throw ReportError(file: file, "\(error)")
            }
            return try DefinitionReader.read(name: String(fileName.dropLast(5)), file: file, text: text, queries: queries)
        }
    }

    /// The report with this name.
    public func report(named name: String) throws -> ReportDefinition {
        if let report = reports.first(where: { $0.name == name }) { return report }
        throw ReportError(file: name, "no report \"\(name)\" (known: \(reports.map(\.name).joined(separator: ", ")))")
    }
}
