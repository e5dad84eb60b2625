import Foundation
import GMGData
import GMGRender

/// The database thread of a run: load, aggregate, hand the aggregates to the workbook thread,
/// write the aggregate CSVs and `report.md`, then `activities.csv` (see ``Workload``).
struct DatabaseStream {
    let options: WorkloadOptions
    let channel: WorkloadChannel
    let reporter: any WorkloadReporter

    /// Runs the stream and returns the number of activities.
    func run() throws -> Int {
        let clock = PhaseClock(stream: "database", reporter: reporter)
        let database = try WorkloadDatabase()
        let activities = try clock.phase("read and load", detail: { (count: Int) in "\(count) activities" }) {
            try database.queue.write { db in
                let loader = try ActivityLoader(db)
                try InterchangeReader(path: options.input.path, chunkSize: options.chunkSize)
                    .read(progress: clock.progress(channel)) { try loader.add($0) }
                return Int(loader.activities)
            }
        }
        let aggregates = try clock.phase("aggregate (SQL)", detail: { (result: WorkloadAggregates) in "\(result.cube.rows.count) cube rows" }) {
            try database.queue.write { try WorkloadAggregates($0) }
        }
        channel.publish(aggregates)
        try clock.phase("aggregate CSVs and report.md") {
            let renderer = CSVRenderer(options: CSVWriter.Options(moneyDecimals: 3))
            for (name, table) in aggregates.files {
                try renderer.render(table, to: options.outputDirectory.appendingPathComponent(name))
            }
            let report = options.outputDirectory.appendingPathComponent("report.md")
            do {
                try Data(ReportMarkdown.render(aggregates).utf8).write(to: report)
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
