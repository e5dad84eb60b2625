import Foundation
import GMGDocuments
import GMGQuery
import GMGRender
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
    /// The PDF and Word converters.
    public var converter = DocumentConverter()
    /// The Word styles and page setup (`Reports/reference.docx`), when there is one.
    public var wordReference: URL?
    /// Earlier PDF and Word conversions to reuse (``SiteBuild`` sets it from the previous build).
    public var conversions: ConversionCache?
    /// The rows of a section's result held as values (at least its reading limit): a larger result
    /// keeps its first rows and is streamed from the database into the workbook and the CSV
    /// extract, so that no build holds a million activities in memory. A section with a chart is held whole.
    public var heldRows = 50_000

    /// Creates a builder over a loaded database.
    public init(database: GMGDatabase, queries: QueryLibrary, date: CalendarDate, wordReference: URL? = nil) {
        self.database = database
        self.queries = queries
        self.date = date
        self.wordReference = wordReference
    }

    /// The date of the latest source the data rests on (the saved query `data-date`), when there is one.
    public func dataDate() throws -> CalendarDate? {
        try DataDate.of(database, queries: queries)
    }

    /// Checks, before anything is built, that the converters the reports' formats need are installed.
    /// - Throws: ``ConverterError`` naming the Debian package to install.
    public func requireConverters(for reports: [ReportDefinition]) throws {
        let formats = Set(reports.flatMap(\.outputs))
        try converter.requirePrograms(pdf: formats.contains(.pdf), docx: formats.contains(.docx))
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
    /// - Parameter formats: only these of the definition's formats (all when nil).
    public func build(_ report: ReportDefinition, parameters: [String: String], into directory: URL,
                      formats: Set<OutputFormat>? = nil) throws -> BuiltReport {
        let outputs = report.outputs.filter { formats?.contains($0) ?? true }
        let dataDate = try dataDate()
        var sections = try report.sections.map { section in
            SectionResult(definition: section, table: try run(section, report: report, parameters: parameters, dataDate: dataDate),
                          description: try queries.query(named: section.query).description)
        }
        // Charts come once every section has run: their titles see the key figures too.
        let context = TemplateValue.object(TemplateContext.base(parameters: parameters, sections: sections, date: date, dataDate: dataDate))
        for index in sections.indices {
            sections[index].chart = try chart(for: sections[index], report: report, context: context)
        }
        let baseName = FileNames.baseName(report: report, parameters: parameters)
        var document = try ReportDocument(report: report, parameters: parameters, sections: sections, date: date, dataDate: dataDate)
        document.sources = try sources()
        // Documents meant for reading list each section up to its reading limit; the workbook and CSV keep every row.
        let readingSections = ReadingLimit.apply(to: sections, report: report, baseName: baseName, workbook: outputs.contains(.xlsx))
        let reading = try ReportDocument(report: report, parameters: parameters, sections: readingSections, date: date, dataDate: dataDate)
        try converter.requirePrograms(pdf: outputs.contains(.pdf), docx: outputs.contains(.docx))
        // The section model of the documents meant for reading, built once for all their formats.
        var built: Document?
        func text() throws -> Document {
            if let built { return built }
            let made = try reading.document()
            built = made
            return made
        }
        // The HTML page and the PDF's input differ only by the page's link: one rendering of the body serves both.
        var rendered: (page: String, printed: String)?
        func pages() throws -> (page: String, printed: String) {
            if let rendered { return rendered }
            let made = try text().htmlPages()
            rendered = made
            return made
        }
        var files: [String] = []
        for format in outputs {
            let file = baseName + "." + format.rawValue
            let url = directory.appendingPathComponent(file)
            switch format {
            case .md: try Data(DocumentMarkdown().render(text()).utf8).write(to: url)
            case .html: try Data(pages().page.utf8).write(to: url)
            case .xlsx: try document.writeWorkbook(to: url)
            case .pdf: try Document.writePDF(printed: pages().printed, to: url, converter: converter, cache: conversions)
            case .docx: try text().writeDOCX(to: url, converter: converter, reference: wordReference, date: date, cache: conversions)
            case .csv:
                files += try document.writeCSV(into: directory, folder: baseName)
                continue
            }
            files.append(file)
        }
        if ReadingLimit.applies(to: outputs) {
            for (section, cut) in zip(sections, readingSections) {
                guard let extract = cut.cut?.extract, !files.contains(extract) else { continue }
                try document.writeExtract(of: section, into: directory, file: extract)
                files.append(extract)
            }
        }
        return BuiltReport(report: report.name, baseName: baseName, title: document.title, files: files)
    }

    /// The sources as the saved query `documents` cites them (none without that query).
    private func sources() throws -> [String] {
        guard queries.queries.contains(where: { $0.name == "documents" }) else { return [] }
        return try database.run(queries.query(named: "documents")).rows.compactMap { row in
            row.first.map(CellFormatting.raw).flatMap { $0.isEmpty ? nil : $0 }
        }
    }

    private func chart(for section: SectionResult, report: ReportDefinition, context: TemplateValue) throws -> BuiltChart? {
        let definition = section.definition
        guard let chart = definition.chart else { return nil }
        let builder = ChartBuilder(definition: chart, sectionTitle: definition.title, pivot: try queries.query(named: definition.query).pivot,
                                   file: report.file, key: report.sectionKey(definition) + ".chart")
        return try builder.build(from: section.table, context: context)
    }

    private func run(_ section: SectionDefinition, report: ReportDefinition, parameters: [String: String],
                     dataDate: CalendarDate?) throws -> Table {
        var values: [String: String] = [:]
        let builtIn = ["date": date.description, "data_date": (dataDate ?? date).description]
        for (name, value) in section.parameters {
            let reference = String(value.dropFirst())
            values[name] = value.hasPrefix("$") ? parameters[reference] ?? builtIn[reference] : value
        }
        var table: Table
        do {
            let query = try queries.query(named: section.query)
            if section.chart == nil {
                let held = max(heldRows, ReadingLimit.rows(for: section, of: report))
                table = try database.run(query, parameters: values, holdingAtMost: held)
            } else {
                table = try database.run(query, parameters: values)
            }
        } catch let error as QueryError {
            throw ReportError(file: report.file, key: "\(report.sectionKey(section)).query", error.description)
        }
        try SectionColumns.check(section, of: report, against: table, pivot: try queries.query(named: section.query).pivot)
        table.title = section.title
        return table
    }
}

/// A section's definition with its query result and chart.
struct SectionResult {
    let definition: SectionDefinition
    var table: Table
    /// What the section's query answers (its `description:` header).
    var description: String
    /// The chart, when the definition has one and something is left to plot.
    var chart: BuiltChart?
    /// For documents meant for reading: how the table was cut at the section's reading limit (nil: it was not).
    var cut: ReadingLimit.Cut?

    init(definition: SectionDefinition, table: Table, description: String = "", chart: BuiltChart? = nil) {
        self.definition = definition
        self.table = table
        self.description = description
        self.chart = chart
    }
}
