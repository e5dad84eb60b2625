import Foundation
import TestSupport
import GMGData
import GMGQuery
import GMGReports
import GMGTable

/// The package's folders and a report session over the small fixture.
enum Paths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let smallFixture = root.appendingPathComponent("Tests/Fixtures/small")
    static let queries = root.appendingPathComponent("Queries")
    static let reports = root.appendingPathComponent("Reports")

    /// A copy of the small fixture, changed by `change`.
    static func fixtureCopy(_ change: (URL) throws -> Void) throws -> URL {
        let folder = try temporaryFolder().appendingPathComponent("data")
        try FileManager.default.copyItem(at: smallFixture, to: folder)
        try change(folder)
        return folder
    }

    /// A new empty temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = Scratch.root.appendingPathComponent("gmg-reports-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

struct FixtureReports {
    let queries: QueryLibrary
    let reports: ReportLibrary
    let builder: ReportBuilder
    let database: GMGDatabase

    /// Reports over the data in `data` (default: the small fixture).
    init(data: URL = Paths.smallFixture) throws {
        let loaded = DataLoader.load(from: data)
        let database = try GMGDatabase(dataset: loaded.dataset)
        self.database = database
        queries = try QueryLibrary(directory: Paths.queries)
        reports = try ReportLibrary(directory: Paths.reports, displayName: "Reports", queries: queries)
        builder = ReportBuilder(database: database, queries: queries, date: CalendarDate(year: 2014, month: 12, day: 31),
                                wordReference: Paths.reports.appendingPathComponent("reference.docx"))
    }

    /// Builds a report into a new folder and returns the folder; `formats` limits the outputs
    /// (PDF and Word conversions take seconds: tests ask for them once per kind of report).
    func build(_ name: String, _ parameters: [String: String] = [:],
               formats: Set<OutputFormat> = [.md, .xlsx, .csv, .html]) throws -> (URL, BuiltReport) {
        let folder = try Paths.temporaryFolder()
        let definition = try reports.report(named: name)
        let built = try builder.build(definition, parameters: builder.resolveParameters(definition, given: parameters), into: folder,
                                      formats: formats)
        return (folder, built)
    }
}

/// Runs python3 with a script and arguments; returns standard output.
func python(_ script: String, _ arguments: [String]) throws -> String {
    try ChildProcess.run(["python3", "-c", script] + arguments).stdout
}

/// Figures of one plan year counted with plain SQL, independently of the report's queries.
struct YearFigures {
    var activities = 0, reported = 0, delivered = 0, costed = 0, ownMeans = 0
}

extension FixtureReports {
    func figures(year: Int) throws -> YearFigures {
        let table = try database.run(sql: """
            SELECT count(*), count(CASE WHEN a.status <> '' THEN 1 END), count(CASE WHEN a.status = 'delivered' THEN 1 END),
                   count(a.cost_usd),
                   count(CASE WHEN EXISTS (SELECT 1 FROM activity_funding f JOIN funding_sources s ON s.id = f.funding_source
                                           WHERE f.activity = a.id AND s.kind IN ('agency-budget', 'staff-time')) THEN 1 END)
            FROM activities a JOIN outputs o ON o.id = a.output WHERE o.year = \(year)
            """)
        let values = table.rows[0].map { Int($0.numericValue ?? -1) }
        return YearFigures(activities: values[0], reported: values[1], delivered: values[2], costed: values[3], ownMeans: values[4])
    }
}
