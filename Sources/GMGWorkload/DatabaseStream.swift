import Foundation
import GMGData
import GMGQuery
import GMGRender
import GMGTable

/// The database thread of a run: load, aggregate, hand the aggregates to the workbook thread,
/// write the aggregate CSVs and `report.md`, then `activities.csv` (see ``Workload``).
struct DatabaseStream {
    let options: WorkloadOptions
    let channel: WorkloadChannel
    let reporter: any WorkloadReporter

    /// Runs the stream and returns the number of activities.
    func run() throws -> Int {
        let clock = PhaseClock(stream: "database", reporter: reporter)
        let queries = try QueryLibrary(directory: options.queries, displayName: options.queries.path)
        let database = try clock.phase("read and load") {
            try GMGDatabase(interchange: options.input, answering: WorkloadAggregates.statements(of: queries),
                            progress: clock.progress(channel))
        }
        let aggregates = try clock.phase("aggregate (saved queries)", detail: { (result: WorkloadAggregates) in
            "\(result.files.last?.table.rows.count ?? 0) cube rows"
        }) {
            try WorkloadAggregates(database: database, queries: queries)
        }
        let activities = Self.count(of: aggregates)
        channel.publish(aggregates)
        try clock.phase("aggregate CSVs and report.md") {
            let renderer = CSVRenderer(options: CSVWriter.Options(moneyDecimals: 3))
            for (name, table) in aggregates.files {
                try renderer.render(table, to: options.outputDirectory.appendingPathComponent(name))
            }
            let report = options.outputDirectory.appendingPathComponent("report.md")
            let text = try WorkloadMarkdown.render(aggregates)
            do {
                try Data(text.utf8).write(to: report)
            } catch {
                throw WorkloadError.io(path: report.path, operation: "write", errno: OutputFolder.code(of: error))
            }
        }
        if !options.aggregatesOnly {
            try clock.phase("activities.csv") {
                try writeActivitiesCSV(scanner: CSVScanner(chunkSize: options.chunkSize), progress: clock.progress(channel))
            }
        }
        return activities
    }

    /// The number of activities, from the totals.
    private static func count(of aggregates: WorkloadAggregates) -> Int {
        guard case .integer(let count) = aggregates.totals.rows.first?.first else { return 0 }
        return Int(count)
    }

    /// Copies the input's records to `activities.csv` in CSVWriter's format (formula guard, LF).
    private func writeActivitiesCSV(scanner: CSVScanner, progress: (Int, Int) throws -> Void) throws {
        let writer = try CSVWriter(url: options.outputDirectory.appendingPathComponent("activities.csv"))
        try scanner.scan(path: options.input.path, progress: progress) { record in
            for index in 0..<record.count { try writer.writeText(record.string(index)) }
            try writer.endRow()
        }
        try writer.close()
    }
}
