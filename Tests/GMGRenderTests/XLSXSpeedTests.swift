import Foundation
import GMGTable
import GMGXLSX
import Testing

/// The 1,000,000-row path, run on demand: `GMG_BENCH_ROWS=1000000 swift test -c release --filter XLSXSpeedTests`.
/// Prints the seconds the sheet writes and the renderer took, to compare with the C floor.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["GMG_BENCH_ROWS"] != nil))
struct XLSXSpeedTests {
    let rows = Int(ProcessInfo.processInfo.environment["GMG_BENCH_ROWS"] ?? "") ?? 1000
    /// Distinct texts of realistic lengths, reused across rows.
    let pool = (0..<997).map { "Activity \($0): " + String(repeating: "word ", count: $0 % 9) }

    @Test func sheetWritesInConstantMemory() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let book = try XLSXWorkbook(url: dir.appendingPathComponent("speed.xlsx"),
                                    options: .init(constantMemory: true), properties: testProperties)
        let sheet = try book.addSheet(named: "Activities")
        let start = ContinuousClock.now
        for row in 0..<rows {
            for column in 0..<13 {
                if column == 2 || column == 11 {
                    try sheet.write(number: Double(row % 5000) * 1.5, row: row, column: column)
                } else {
                    try sheet.write(text: pool[(row &* 13 &+ column) % pool.count], row: row, column: column)
                }
            }
        }
        try book.close()
        print("XLSXSheet constant_memory \(rows) x 13: \(ContinuousClock.now - start)")
    }

    @Test func rendererInConstantMemory() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let columns = (0..<13).map { index -> Column in
            Column("c\(index)", index == 2 ? .integer : index == 11 ? .money : .text)
        }
        let cells = (0..<rows).map { row -> [Cell] in
            (0..<13).map { column -> Cell in
                switch column {
                case 2: return .integer(Int64(row % 7 + 2013))
                case 11: return .number(Double(row % 5000) * 1.5)
                default: return .text(pool[(row &* 13 &+ column) % pool.count])
                }
            }
        }
        let table = Table(title: "Activities", columns: columns, rows: cells)
        let start = ContinuousClock.now
        try XLSXRenderer(options: .init(properties: testProperties, titles: false))
            .render([table], to: dir.appendingPathComponent("renderer.xlsx"))
        print("XLSXRenderer \(rows) x 13: \(ContinuousClock.now - start)")
    }
}
