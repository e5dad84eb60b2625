import Foundation
import GMGData
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
    /// The saved queries folder (`Queries/`) whose `totals`, `by-agency`, `by-year`,
    /// `by-work-stream`, `by-funding-source`, `funding-by-year` and `cube` give the aggregates.
    public var queries: URL
    /// The folder the outputs go to: created when missing, replaced whole when the run succeeds
    /// (see ``OutputFolder``); it may hold only files a run writes.
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
    public init(input: URL, queries: URL, outputDirectory: URL, aggregatesOnly: Bool = false, created: CalendarDate,
                rowsPerSheet: Int = XLSXSheet.rowLimit) {
        self.input = input
        self.queries = queries
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

/// The benchmark workload of `../shared/bench/WORKLOAD.md` on an activities interchange CSV, run
/// by the product's engine: the file is loaded by the one loader into the one schema
/// (`GMGDatabase(interchange:)`), the aggregates are the saved queries of `Queries/`
/// (``WorkloadAggregates``), written by the product's CSV and Markdown renderers, plus
/// `activities.csv` and `report.xlsx` (the activities streamed onto their sheet in
/// `constant_memory` mode, then a sheet per aggregate).
///
/// Two threads share the work, each streaming the file in 1 MB chunks:
/// - the **workbook** thread writes the activities sheet as it reads (bounded by libxlsxwriter),
///   then waits for the aggregates, writes their sheets and closes the workbook, which compresses it;
/// - the **database** thread (the caller's) loads the database as it reads, runs the saved queries
///   and hands their results over, writes the aggregate CSVs and `report.md`, then reads the file
///   again to write `activities.csv` while the workbook is being compressed.
/// Either thread's failure stops the other (bad input is reported by the database thread, which
/// checks every rule, so the first bad row in file order is the one reported). Everything is
/// written into a staging folder that replaces the output folder only when the run succeeds.
///
/// ```swift
/// let options = WorkloadOptions(input: csv, queries: URL(fileURLWithPath: "Queries"), outputDirectory: out,
///                               created: CalendarDate(year: 2026, month: 1, day: 1))
/// let summary = try Workload.run(options, reporter: SilentReporter())
/// ```
public enum Workload {
    /// The files a run writes (all of them unless `aggregatesOnly`).
    public static let outputFiles: Set<String> = [
        "totals.csv", "by_agency.csv", "by_year.csv", "by_work_stream.csv", "by_funding_source.csv", "funding_by_year.csv",
        "cube.csv", "report.md", "activities.csv", "report.xlsx",
    ]

    /// Runs the workload.
    /// - Throws: `InterchangeError` for bad input (the first bad row in file order);
    ///   ``WorkloadError`` when a folder or file cannot be written, `XLSXError` or `RenderError`
    ///   when an output cannot be written, `QueryError` for a missing or wrong saved query.
    public static func run(_ options: WorkloadOptions, reporter: any WorkloadReporter) throws -> WorkloadSummary {
        let folder = try OutputFolder(destination: options.outputDirectory, outputs: outputFiles)
        var staged = options
        staged.outputDirectory = folder.staging
        do {
            let summary = try run(staged, channel: WorkloadChannel(), reporter: reporter)
            try folder.commit()
            return summary
        } catch {
            folder.discard()
            throw error
        }
    }

    /// Runs both threads, writing into `options.outputDirectory`.
    private static func run(_ options: WorkloadOptions, channel: WorkloadChannel,
                            reporter: any WorkloadReporter) throws -> WorkloadSummary {
        let workbook = options.aggregatesOnly ? nil : BackgroundJob(name: "gmg-workbook") {
            do {
                return try WorkbookStream(options: options, channel: channel, reporter: reporter).run()
            } catch {
                // Bad input is left for the database thread to report, so the verdict is its.
                if !(error is InterchangeError) { channel.fail() }
                throw error
            }
        }
        let activities: Result<Int, any Error>
        if workbook != nil {
            // The workbook thread is the run's critical path (its rows, then the compression, which
            // cannot start before the aggregates): the database side, on a thread of its own and
            // the threads it starts, yields the cores to it.
            activities = Result {
                try BackgroundJob(name: "gmg-database") {
                    Self.yieldToOtherThreads()
                    return try DatabaseStream(options: options, channel: channel, reporter: reporter).run()
                }.join()
            }
        } else {
            activities = Result { try DatabaseStream(options: options, channel: channel, reporter: reporter).run() }
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
}

extension Workload {
    /// Lowers the calling thread's scheduling priority (nice 10; on Linux nice is a thread's own,
    /// and the threads it starts inherit it); elsewhere nothing.
    static func yieldToOtherThreads() {
        #if os(Linux)
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)  // 0: the calling thread (Linux)
        #endif
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
