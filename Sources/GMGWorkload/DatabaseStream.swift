import Foundation
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
        let scanner = CSVScanner(chunkSize: options.chunkSize)
        let database = try WorkloadDatabase()
        let activities = try clock.phase("read and load", detail: { (count: Int) in "\(count) activities" }) {
            try database.queue.write { db in
                let loader = try ActivityLoader(db)
                var header = true
                try scanner.scan(path: options.input.path, progress: clock.progress(channel)) { record in
                    if header {
                        try ActivityColumns.checkHeader(record)
                        header = false
                        return
                    }
                    let values = try ActivityColumns.values(of: record)
                    try loader.add(record, year: values.year, cost: values.cost)
                }
                if header { throw WorkloadError.header(expected: ActivityColumns.names.joined(separator: ",")) }
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
            try Data(ReportMarkdown.render(aggregates).utf8).write(to: options.outputDirectory.appendingPathComponent("report.md"))
        }
        if !options.aggregatesOnly {
            try clock.phase("activities.csv") {
                try writeActivitiesCSV(scanner: scanner, progress: clock.progress(channel))
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
