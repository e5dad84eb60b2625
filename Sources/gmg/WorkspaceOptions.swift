import ArgumentParser
import Foundation
import GMGData
import GMGQuery
import GMGReports
import GMGTable

/// The folders a build reads (data, saved queries, report definitions) and the build date.
struct WorkspaceOptions: ParsableArguments {
    @OptionGroup var data: DataOptions

    @Option(help: "The saved queries folder.")
    var queries: String = "Queries"

    @Option(help: "The report definitions folder.")
    var reports: String = "Reports"

    @Option(help: "The date stamped on documents and workbooks (YYYY-MM-DD); default: the data's date (Queries/data-date.sql).")
    var date: String?

    func validate() throws {
        if let date, CalendarDate(iso: date) == nil { throw ValidationError("--date must be YYYY-MM-DD, got \"\(date)\".") }
    }

    /// Validated data in a database, the saved queries, the report definitions and a builder.
    func open() throws -> ReportSession {
        let loaded = try data.loadValidated()
        let database = try GMGDatabase(dataset: loaded.dataset)
        let queryLibrary = try QueryLibrary(directory: URL(fileURLWithPath: queries), displayName: queries)
        let reportLibrary = try ReportLibrary(directory: URL(fileURLWithPath: reports), displayName: reports, queries: queryLibrary)
        let buildDate = try date.flatMap(CalendarDate.init(iso:)) ?? dataDate(database, queryLibrary)
        return ReportSession(
            loaded: loaded, database: database, queries: queryLibrary, reports: reportLibrary,
            builder: ReportBuilder(database: database, queries: queryLibrary, date: buildDate))
    }

    private func dataDate(_ database: GMGDatabase, _ library: QueryLibrary) throws -> CalendarDate {
        let table = try database.run(library.query(named: "data-date"))
        guard case .text(let text)? = table.rows.first?.first, let date = CalendarDate(iso: text) else {
            throw ValidationError("Queries/data-date.sql gave no date; pass --date YYYY-MM-DD.")
        }
        return date
    }
}

/// Everything a report build needs, loaded once.
struct ReportSession {
    let loaded: DataLoader.Result
    let database: GMGDatabase
    let queries: QueryLibrary
    let reports: ReportLibrary
    let builder: ReportBuilder
}
