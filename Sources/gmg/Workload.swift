import ArgumentParser
import Foundation
import GMGData
import GMGPublish
import GMGTable
import GMGWorkload

/// `gmg workload`: the benchmark workload of `../shared/bench/WORKLOAD.md` on an interchange CSV.
struct Workload: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Aggregate an activities interchange CSV into CSV files, report.md and report.xlsx (the benchmark workload).",
        discussion: """
        Writes to --out: totals.csv, by_agency.csv, by_year.csv, by_work_stream.csv, \
        by_funding_source.csv, funding_by_year.csv, cube.csv and report.md; without \
        --aggregates-only also activities.csv and report.xlsx (sheet Activities, continued on \
        Activities (2)... past Excel's 1,048,576 rows, then a sheet per aggregate). \
        The folder is replaced whole when the run succeeds and left untouched when it fails; it \
        may hold only these files. On a terminal, standard error shows progress. Exit status: \
        0 done, 1 bad input (the first bad row, as gmg query --interchange reports it), \
        2 usage errors, 3 a saved query is missing or wrong, 5 an output could not be written.
        """
    )

    @Argument(help: "The activities interchange CSV.")
    var input: String

    @Option(help: "The folder to write to (created when missing, replaced whole on success).")
    var out: String

    @Option(help: "The saved queries folder giving the aggregates (totals, by-agency, by-year, by-work-stream, by-funding-source, funding-by-year, cube).")
    var queries: String = "Queries"

    @Flag(help: "Only the aggregate CSVs and report.md: no activities.csv, no report.xlsx.")
    var aggregatesOnly = false

    @Flag(help: "Print a timing line per phase on standard error.")
    var verbose = false

    @Option(help: "The workbook's created date (YYYY-MM-DD); default: the input's modification date (UTC).")
    var date: String?

    func validate() throws {
        if date != nil, date.flatMap(CalendarDate.init(iso:)) == nil { throw ValidationError("--date must be YYYY-MM-DD.") }
    }

    func run() throws {
        let inputURL = URL(fileURLWithPath: input)
        let options = WorkloadOptions(input: inputURL, queries: URL(fileURLWithPath: queries), outputDirectory: URL(fileURLWithPath: out), aggregatesOnly: aggregatesOnly,
                                      created: date.flatMap(CalendarDate.init(iso:)) ?? Self.modificationDay(of: inputURL))
        let reporter = WorkloadProgress(verbose: verbose)
        let start = ContinuousClock.now
        do {
            let summary = try GMGWorkload.Workload.run(options, reporter: reporter)
            ProgressLine.shared?.end()
            if verbose {
                let sheets = summary.activitySheets.isEmpty ? "" : "; activities on \(summary.activitySheets.joined(separator: ", "))"
                printError("gmg workload: \(summary.activities) activities in \(ContinuousClock.now - start)\(sheets)")
            }
        } catch {
            ProgressLine.shared?.end()
            printError("gmg: \(error)")
            throw ExitCode((Failure.status(for: error) ?? .dataError).code())
        }
    }

    /// The day (UTC) the file was last modified, or 1970-01-01 when unknown.
    private static func modificationDay(of url: URL) -> CalendarDate {
        let modified = (try? FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date) ?? Date(timeIntervalSince1970: 0)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: modified)
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }
}
