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

    @Option(help: "The build date stamped on documents and workbooks (YYYY-MM-DD); default: today (UTC). Documents also state the data's date (Queries/data-date.sql).")
    var date: String?

    func validate() throws {
        if let date, CalendarDate(iso: date) == nil { throw ValidationError("--date must be YYYY-MM-DD, got \"\(date)\".") }
    }

    /// Validated data in a database, the saved queries, the report definitions and a builder.
    func open() throws -> ReportSession {
        let database = try loadDatabase()
        let queryLibrary = try QueryLibrary(directory: URL(fileURLWithPath: queries), displayName: queries)
        let reportLibrary = try ReportLibrary(directory: URL(fileURLWithPath: reports), displayName: reports, queries: queryLibrary)
        let buildDate = date.flatMap(CalendarDate.init(iso:)) ?? Self.today()
        return ReportSession(
            database: database, queries: queryLibrary, reports: reportLibrary,
            builder: ReportBuilder(database: database, queries: queryLibrary, date: buildDate,
                                   wordReference: reportLibrary.wordReference))
    }

    /// The validated data in a database; the data set itself is dropped once loaded (the build reads only the database).
    private func loadDatabase() throws -> GMGDatabase {
        let loaded = try data.loadValidated()
        return try showing("loading the data into the database") { try GMGDatabase(dataset: loaded.dataset) }
    }

    /// Today's date in UTC.
    private static func today() -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)
    }
}

/// Everything a report build needs, loaded once.
struct ReportSession {
    let database: GMGDatabase
    let queries: QueryLibrary
    let reports: ReportLibrary
    let builder: ReportBuilder
}
