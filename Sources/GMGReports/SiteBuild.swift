import Foundation
import GMGPublish
import Synchronization
import GMGQuery
import GMGTable

/// Everything `gmg build` writes into one build folder: every report for every instance, an
/// `index.md`, the database (`gmg.sqlite`), a snapshot and `CHANGES.md` against the previous build.
public struct SiteBuild: Sendable {
    let database: GMGDatabase
    let queries: QueryLibrary
    let reports: ReportLibrary
    let builder: ReportBuilder

    /// Creates a site build over a loaded database, its saved queries and report definitions.
    public init(database: GMGDatabase, queries: QueryLibrary, reports: ReportLibrary, builder: ReportBuilder) {
        self.database = database
        self.queries = queries
        self.reports = reports
        self.builder = builder
    }

    /// Builds everything into `folder`; `previous` is the previous published build, if any. With a
    /// conversion cache on the builder, the build's ``ConversionCache/fileName`` records the PDF
    /// and Word documents' input keys, for the next build to reuse them.
    ///
    /// - Parameter progress: hears each phase (`phase`, with `detail` such as "3 of 33" as it goes), for a progress display.
    /// - Returns: the reports built, in build order.
    public func build(into folder: URL, previous: URL?,
                      progress: @escaping @Sendable (_ phase: String, _ detail: String) -> Void = { _, _ in }) throws -> [BuiltReport] {
        try builder.requireConverters(for: reports.reports)
        let (built, changes) = try buildReports(into: folder, previous: previous, progress: progress)
        progress("writing the index and CHANGES.md", "")
        if let conversions = builder.conversions,
           reports.reports.contains(where: { $0.outputs.contains(.pdf) || $0.outputs.contains(.docx) }) {
            try conversions.write(into: folder)
        }
        let index = IndexPage.markdown(built, definitions: reports.reports, date: builder.date)
        try Data(index.utf8).write(to: folder.appendingPathComponent("index.md"))
        if built.contains(where: { $0.files.contains { $0.hasSuffix(".html") } }) {
            let page = IndexPage.html(built, definitions: reports.reports, date: builder.date)
            try Data(page.utf8).write(to: folder.appendingPathComponent("index.html"))
        }
        try Data(changes.markdown(labelField: "activity").utf8).write(to: folder.appendingPathComponent(ChangeSummary.fileName))
        return built
    }

    /// What a build thread does: a report for one instance, or the database's own files.
    private enum Job: Sendable {
        /// `gmg.sqlite` and the snapshot, compared with the previous build's.
        case databaseFiles
        /// The report of `reportJobs[index]`.
        case report(index: Int)
    }

    /// What a ``Job`` made.
    private enum Made: Sendable {
        case changes(ChangeSummary)
        case report(index: Int, BuiltReport)
    }

    /// Every report for every instance, `gmg.sqlite` and the snapshot, built side by side on as many
    /// threads as the machine has cores (at most 4; see ``SideBySide``): PDF and Word conversions
    /// run external programs that take seconds each (unless `builder`'s conversion cache has them
    /// from the previous build). The database's files start first, then the reports of the
    /// definitions with the fewest instances (each of which covers more of the data, so takes
    /// longer), so that the short ones fill in at the end.
    /// - Returns: the reports in definition and instance order, whatever order they finished in,
    ///   and the changes since `previous`.
    func buildReports(into folder: URL, previous: URL?,
                      progress: @escaping @Sendable (_ phase: String, _ detail: String) -> Void = { _, _ in })
        throws -> (reports: [BuiltReport], changes: ChangeSummary) {
        let reportBuilder = builder
        let instances = try reports.reports.map { definition in
            try reportBuilder.instances(of: definition).map { (definition: definition, parameters: $0) }
        }
        let reportJobs = instances.flatMap { $0 }
        try FileNames.checkUnique(reportJobs)
        let firstIndex = instances.reduce(into: [0]) { $0.append($0.last! + $1.count) }
        let started = [Job.databaseFiles] + instances.indices
            .sorted { (instances[$0].count, $0) < (instances[$1].count, $1) }
            .flatMap { definition in instances[definition].indices.map { Job.report(index: firstIndex[definition] + $0) } }
        progress("building reports", "0 of \(reportJobs.count)")
        let workers = max(1, min(4, ProcessInfo.processInfo.activeProcessorCount))
        let done = Atomic(0)
        let made = try SideBySide.run(started.count, threads: workers) { index in
            switch started[index] {
            case .databaseFiles:
                try database.export(to: folder.appendingPathComponent("gmg.sqlite").path)
                return Made.changes(try writeSnapshot(into: folder, previous: previous))
            case .report(let index):
                let report = try reportBuilder.build(reportJobs[index].definition, parameters: reportJobs[index].parameters,
                                                     into: folder)
                progress("building reports", "\(done.add(1, ordering: .relaxed).newValue) of \(reportJobs.count)")
                return Made.report(index: index, report)
            }
        }
        var built = [BuiltReport?](repeating: nil, count: reportJobs.count)
        var changes: ChangeSummary?
        for result in made {
            switch result {
            case .changes(let summary): changes = summary
            case .report(let index, let report): built[index] = report
            }
        }
        // Every job ran (SideBySide throws otherwise): the database files' and each report's.
        return (built.map { $0! }, changes!)
    }

    /// Writes `snapshot.json` (activities with the fields `CHANGES.md` compares, and the key
    /// figures) and compares it with the previous build's. The activities are streamed from the
    /// database into ``SnapshotStream``, which holds only their ids.
    func writeSnapshot(into folder: URL, previous: URL?) throws -> ChangeSummary {
        let fields = ["activity", "year", "time_frame", "leads", "funding_sources", "cost_usd", "status"]
        var indexes: [(String, Int)] = []
        var idColumn = 0
        let stream = try SnapshotStream(spoolIn: folder)
        try database.stream(queries.query(named: "activities")) { columns in
            indexes = fields.compactMap { name in columns.firstIndex(of: name).map { (name, $0) } }
            guard let id = columns.firstIndex(of: "id") else {
                throw ReportError(file: "Queries/activities.sql", "the result has no id column")
            }
            idColumn = id
        } row: { row in
            try stream.add(id: CellFormatting.raw(row[idColumn]),
                           fields: Dictionary(uniqueKeysWithValues: indexes.map { ($0.0, CellFormatting.raw(row[$0.1])) }))
        }
        var figures: [KeyFigure] = []
        for name in ["totals", "progress-summary"] {
            let query = try queries.query(named: name)
            let table = try database.run(query)
            if name == "progress-summary", table.columns.count < 2 {
                throw ReportError(file: query.file, "CHANGES.md needs two columns from this query: a status and its count")
            }
            if name == "totals", let row = table.rows.first {
                for (column, cell) in zip(table.columns, row) { figures.append(KeyFigure(name: column.name, value: Self.value(cell))) }
            } else {
                for row in table.rows { figures.append(KeyFigure(name: "status \(CellFormatting.raw(row[0]))", value: Self.value(row[1]))) }
            }
        }
        return try stream.finish(writing: folder.appendingPathComponent(Snapshot.fileName), figures: figures,
                                 previous: previous?.appendingPathComponent(Snapshot.fileName),
                                 fieldOrder: ["activity", "status", "time_frame", "leads", "funding_sources"])
    }

    private static func value(_ cell: Cell) -> FigureValue {
        switch cell {
        case .integer(let number): return .number(Decimal(number))
        case .number(let number): return .number(Decimal(string: String(format: "%.2f", number)) ?? 0)
        default: return .text(CellFormatting.raw(cell))
        }
    }
}
