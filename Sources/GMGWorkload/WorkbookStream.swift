import GMGData
import GMGXLSX

/// The workbook thread of a run: `report.xlsx` with the activities streamed onto their sheet(s),
/// then, once the database thread publishes them, a sheet per aggregate (see ``Workload``).
struct WorkbookStream: Sendable {
    let options: WorkloadOptions
    let channel: WorkloadChannel
    let reporter: any WorkloadReporter

    /// Runs the stream and returns the names of the activities sheets.
    func run() throws -> [String] {
        let clock = PhaseClock(stream: "workbook", reporter: reporter)
        let workbook = try XLSXWorkbook(
            url: options.outputDirectory.appendingPathComponent("report.xlsx"),
            options: XLSXWorkbook.Options(constantMemory: true),
            properties: XLSXWorkbook.Properties(title: "GMG activities", created: options.created))
        let sheets = ActivitySheets(workbook: workbook, rowsPerSheet: options.rowsPerSheet)
        try clock.phase("activities sheet", detail: { "\(sheets.names.count) sheet(s)" }) {
            // The database thread checks duplicate ids (and so reports the first bad row).
            try InterchangeReader(path: options.input.path, chunkSize: options.chunkSize)
                .read(checkingDuplicates: false, progress: clock.progress(channel)) { try sheets.append($0) }
            try sheets.finish()
        }
        let aggregates = try clock.phase("wait for the aggregates") { try channel.awaitAggregates() }
        try clock.phase("aggregate sheets") {
            for (name, table) in aggregates.sheets { try workbook.addSheet(named: name, table: table) }
        }
        try clock.phase("compress and close") { try workbook.close() }
        return sheets.names
    }
}
