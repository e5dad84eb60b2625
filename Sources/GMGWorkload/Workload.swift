import Foundation
import GMGTable
import GMGXLSX
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a workload run reads and writes.
public struct WorkloadOptions: Sendable {
    /// The activities interchange CSV.
    public var input: URL
    /// The folder the outputs go to (created when missing; files in it are replaced).
    public var outputDirectory: URL
    /// Only the aggregate CSVs and `report.md`: no `activities.csv`, no workbook.
    public var aggregatesOnly: Bool
    /// The workbook's created date, so the same input gives the same bytes.
    public var created: CalendarDate
    /// Rows per activities sheet, header included: Excel's 1,048,576 unless a test lowers it.
    public var rowsPerSheet: Int
    /// Bytes read at a time; small values only make tests cross chunk boundaries.
    var chunkSize = 1 << 20

    /// Creates options.
    public init(input: URL, outputDirectory: URL, aggregatesOnly: Bool = false, created: CalendarDate,
                rowsPerSheet: Int = XLSXSheet.rowLimit) {
        self.input = input
        self.outputDirectory = outputDirectory
        self.aggregatesOnly = aggregatesOnly
        self.created = created
        self.rowsPerSheet = rowsPerSheet
    }
}

/// What a run did.
public struct WorkloadSummary: Sendable {
    /// Activities read (data rows of the input).
    public var activities: Int
    /// The names of the workbook's activities sheets (empty with `aggregatesOnly`).
    public var activitySheets: [String]
}

/// The benchmark workload of `../shared/bench/WORKLOAD.md` on an activities interchange CSV:
/// the aggregates as SQL over an in-memory SQLite database, written as CSV files and
/// `report.md`, plus `activities.csv` and `report.xlsx` (the activities streamed onto their sheet
/// in `constant_memory` mode, then a sheet per aggregate).
///
/// Two threads share the work, each streaming the file in 1 MB chunks so memory stays flat:
/// - the **workbook** thread writes the activities sheet as it reads (the longest job, bounded by
///   libxlsxwriter), then waits for the aggregates, writes their sheets and closes the workbook,
///   which compresses it;
/// - the **database** thread (the caller's) loads the database as it reads, runs the aggregate
///   queries and hands them over, writes the aggregate CSVs and `report.md`, then reads the file
///   again to write `activities.csv` while the workbook is being compressed.
/// Either thread's failure stops the other; nothing is left half-written in the workbook, though
/// CSV files written before the failure stay.
///
/// ```swift
/// let options = WorkloadOptions(input: csv, outputDirectory: out, created: CalendarDate(year: 2026, month: 1, day: 1))
/// let summary = try Workload.run(options, reporter: TerminalReporter(verbose: true))
/// ```
public enum Workload {
    /// Runs the workload.
    /// - Throws: ``WorkloadError`` for bad input or I/O, `XLSXError` or `RenderError` when an output
    ///   cannot be written, GRDB's `DatabaseError` for a database failure.
    public static func run(_ options: WorkloadOptions, reporter: any WorkloadReporter) throws -> WorkloadSummary {
        try makeDirectory(options.outputDirectory)
        let channel = WorkloadChannel()
        let workbook = options.aggregatesOnly ? nil : BackgroundJob(name: "gmg-workbook") {
            do {
                return try WorkbookStream(options: options, channel: channel, reporter: reporter).run()
            } catch {
                channel.fail()
                throw error
            }
        }
        let activities: Result<Int, any Error> = Result {
            try DatabaseStream(options: options, channel: channel, reporter: reporter).run()
        }
        var errors: [any Error] = []
        if case .failure(let error) = activities {
            channel.fail()
            errors.append(error)
        }
        let sheets: Result<[String], any Error> = Result { try workbook?.join() ?? [] }
        if case .failure(let error) = sheets { errors.append(error) }
        // Report the failure that stopped the run, not the other thread's resulting cancellation.
        if let error = errors.first(where: { ($0 as? WorkloadError) != .cancelled }) ?? errors.first { throw error }
        return WorkloadSummary(activities: try activities.get(), activitySheets: try sheets.get())
    }

    /// Creates the folder at `url` and its missing parents (`mkdir -p`).
    private static func makeDirectory(_ url: URL) throws {
        var path = ""
        for component in url.standardizedFileURL.path.split(separator: "/") {
            path += "/" + component
            if mkdir(path, 0o755) != 0, errno != EEXIST {
                throw WorkloadError.io(path: path, operation: "create folder", errno: errno)
            }
        }
    }
}

/// Times the phases of one stream and tells the reporter.
struct PhaseClock {
    let stream: String
    let reporter: any WorkloadReporter

    /// Runs `body` as the phase `name`; `detail` describes its result for the timing line, which
    /// also gives the CPU time of this thread (less than the wall time when it waited or when other
    /// processes took the cores).
    func phase<T>(_ name: String, detail: (T) -> String = { _ in "" }, _ body: () throws -> T) throws -> T {
        reporter.phaseStarted(stream: stream, phase: name)
        let start = ContinuousClock.now
        let cpuStart = Self.threadCPUSeconds()
        let value = try body()
        let cpu = String(format: "cpu %.2f s", Self.threadCPUSeconds() - cpuStart)
        let text = detail(value)
        reporter.phaseEnded(stream: stream, phase: name, seconds: (ContinuousClock.now - start).seconds,
                            detail: text.isEmpty ? cpu : "\(cpu); \(text)")
        return value
    }

    private static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// A scan progress callback: reports the fraction read and stops when the run has failed.
    func progress(_ channel: WorkloadChannel) -> (Int, Int) throws -> Void {
        { read, size in
            try channel.checkNotFailed()
            reporter.progress(stream: stream, fraction: size > 0 ? min(1, Double(read) / Double(size)) : 1)
        }
    }
}
