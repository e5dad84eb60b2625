import Foundation
import GMGQuery
import GMGRender
import GMGTable

/// `gmg query --sql ... --format csv`: rows go from SQLite into the CSV as SQLite produces them,
/// so a result of millions of rows is never held in memory (the saved queries' results are small
/// and keep the held path, with their declared column kinds, pivots and totals).
///
/// Column kinds come from the first row: a real number is money (two decimals, as the held path
/// writes it), an integer an integer, anything else text. Standard output is written from a
/// temporary file in 1 MiB chunks, so it is never truncated or reopened; an `-o` file is written beside
/// itself and renamed into place, so a query stopped midway (time limit) leaves no half file.
enum StreamedCSV {
    static func write(sql: String, database: GMGDatabase, to output: String) throws {
        let toStandardOutput = output == "-"
        let url = toStandardOutput
            ? FileManager.default.temporaryDirectory.appendingPathComponent("gmg-query-\(UUID().uuidString).csv")
            : URL(fileURLWithPath: output + ".partial-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: url) }
        var names: [String] = []
        var writer: CSVWriter?
        try database.stream(sql: sql) { names = $0 } row: { cells in
            if writer == nil { writer = try start(url, names, kinds: cells.map(kind)) }
            try writer?.writeRow(cells)
        }
        try (writer ?? start(url, names, kinds: names.map { _ in .text })).close()
        if toStandardOutput {
            try copyToStandardOutput(url)
        } else if rename(url.path, output) != 0 {
            throw OutputError(path: output, reason: String(cString: strerror(errno)))
        }
    }

    private static func start(_ url: URL, _ names: [String], kinds: [ColumnKind]) throws -> CSVWriter {
        let writer = try CSVWriter(url: url, kinds: kinds)
        try writer.writeRow(names)
        return writer
    }

    private static func kind(_ cell: Cell) -> ColumnKind {
        switch cell {
        case .integer: .integer
        case .number: .money
        default: .text
        }
    }

    private static func copyToStandardOutput(_ url: URL) throws {
        let input = try FileHandle(forReadingFrom: url)
        defer { try? input.close() }
        while let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty {
            do {
                try FileHandle.standardOutput.write(contentsOf: chunk)
            } catch {
                throw OutputError(path: "standard output", reason: String(cString: strerror(errno)))
            }
        }
    }
}
