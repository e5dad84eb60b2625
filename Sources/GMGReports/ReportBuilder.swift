import Foundation
import GMGQuery
import GMGTable

/// A report built into an output folder.
public struct BuiltReport: Sendable, Hashable {
    /// The definition's name, e.g. `annual`.
    public var report: String
    /// The instance's file base name, e.g. `annual-2014`.
    public var baseName: String
    /// The rendered title.
    public var title: String
    /// The files written, relative to the output folder.
    public var files: [String]
}

/// Builds reports from their definitions: runs each section's saved query and renders the
/// results as Markdown, XLSX and CSV.
public struct ReportBuilder: Sendable {
    let database: GMGDatabase
    let queries: QueryLibrary
    /// The build date written into documents and workbook properties (fixed for reproducible output).
    public let date: CalendarDate

    /// Creates a builder over a loaded database.
    public init(database: GMGDatabase, queries: QueryLibrary, date: CalendarDate) {
        self.database = database
        self.queries = queries
        self.date = date
    }

    /// The parameters of one build: given values, else defaults, else the default query's first value.
    ///
    /// - Throws: ``ReportError`` for an unknown or missing parameter.
    public func resolveParameters(_ report: ReportDefinition, given: [String: String]) throws -> [String: String] {
        if let unknown = given.keys.sorted().first(where: { name in !report.parameters.contains { $0.name == name } }) {
            let known = report.parameters.map(\.name).joined(separator: ", ")
            throw ReportError(file: report.file, key: "parameters", "unknown parameter \"\(unknown)\" (this report takes: \(known.nonEmptyOr("none")))")
        }
        var values: [String: String] = [:]
        for parameter in report.parameters {
            if let value = given[parameter.name] ?? parameter.defaultValue {
                values[parameter.name] = value
            } else if let queryName = parameter.defaultQuery {
                let table = try database.run(queries.query(named: queryName))
                guard let cell = table.rows.first?.first, cell != .null else {
                    throw ReportError(file: report.file, key: "parameters.\(parameter.name)",
                                      "query \"\(queryName)\" gave no default; pass --param \(parameter.name)=VALUE")
                }
                values[parameter.name] = CellFormatting.raw(cell)
            } else {
                throw ReportError(file: report.file, key: "parameters.\(parameter.name)", "missing: pass --param \(parameter.name)=VALUE")
            }
        }
        return values
    }

    /// The parameter sets `gmg build` builds: one per instance value, or the defaults.
    public func instances(of report: ReportDefinition) throws -> [[String: String]] {
        guard let source = report.instances else { return [try resolveParameters(report, given: [:])] }
        let table = try database.run(queries.query(named: source.query))
        guard let column = table.columns.firstIndex(where: { $0.name == source.column }) else {
            throw ReportError(file: report.file, key: "instances.column", "query \"\(source.query)\" has no column \"\(source.column)\"")
        }
        return try table.rows.map { try resolveParameters(report, given: [source.parameter: CellFormatting.raw($0[column])]) }
    }

    /// Builds one report with resolved parameters into `directory`.
    ///
    /// - Returns: what was written; the base name is the report's name, plus the instance value
    ///   (made safe as a file name) when the report has instances.
    public func build(_ report: ReportDefinition, parameters: [String: String], into directory: URL) throws -> BuiltReport {
        let sections = try report.sections.map { section in
            SectionResult(definition: section, table: try run(section, report: report, parameters: parameters))
        }
        let baseName = FileNames.baseName(report: report, parameters: parameters)
        let document = try ReportDocument(report: report, parameters: parameters, sections: sections, date: date)
        var files: [String] = []
        for format in report.outputs {
            switch format {
            case .md:
                try Data(document.markdown().utf8).write(to: directory.appendingPathComponent(baseName + ".md"))
                files.append(baseName + ".md")
            case .xlsx:
                try document.writeWorkbook(to: directory.appendingPathComponent(baseName + ".xlsx"))
                files.append(baseName + ".xlsx")
            case .csv:
                files += try document.writeCSV(into: directory, folder: baseName)
            }
        }
        return BuiltReport(report: report.name, baseName: baseName, title: document.title, files: files)
    }

    private func run(_ section: SectionDefinition, report: ReportDefinition, parameters: [String: String]) throws -> Table {
        var values: [String: String] = [:]
        for (name, value) in section.parameters {
            values[name] = value.hasPrefix("$") ? parameters[String(value.dropFirst())] : value
        }
        var table: Table
        do {
            table = try database.run(queries.query(named: section.query), parameters: values)
        } catch let error as QueryError {
            throw ReportError(file: report.file, key: "\(report.sectionKey(section)).query", error.description)
        }
        try SectionColumns.check(section, of: report, against: table)
        table.title = section.title
        return table
    }
}

/// A section's definition with its query result.
struct SectionResult {
    let definition: SectionDefinition
    let table: Table
}
