import Foundation
import GMGTable
import GMGXLSX
import Testing

@Suite struct XLSXWorkbookTests {
    @Test func tooLongTextStopsAtTheCellAndWritesNothing() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("long.xlsx")
        let table = Table(title: "By agency", columns: [Column("a"), Column("b")],
                          rows: [[.null, .null], [.text("ok"), .text(longestText + "x")], [.text("after"), .null]])
        let error = try #require(throws: XLSXError.self) {
            try XLSXRenderer(options: .init(properties: testProperties)).render([table], to: url)
        }
        #expect(error.sheet == "By agency" && error.cell == "B5")
        #expect(error.reason == .library(code: 21))
        #expect(error.description == "sheet \"By agency\" cell B5: string exceeds Excel's limit of 32,767 characters (error 21)")
        #expect(!FileManager.default.fileExists(atPath: url.path))
    }

    @Test func valuesExcelCannotStoreAreErrors() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let renderer = XLSXRenderer(options: .init(properties: testProperties, titles: false))
        let nan = Table(title: "N", columns: [Column("v", .money)], rows: [[.number(1)], [.number(.nan)]])
        #expect(throws: XLSXError(sheet: "N", cell: "A3", reason: .nonFiniteNumber)) {
            try renderer.render([nan], to: dir.appendingPathComponent("nan.xlsx"))
        }
        let old = Table(title: "D", columns: [Column("d", .date)], rows: [[.date(CalendarDate(year: 1899, month: 12, day: 31))]])
        #expect(throws: XLSXError(sheet: "D", cell: "A2", reason: .dateOutOfRange)) {
            try renderer.render([old], to: dir.appendingPathComponent("date.xlsx"))
        }
        let ragged = Table(title: "R", columns: [Column("a")], rows: [[.null, .null]])
        #expect(throws: XLSXError.self) { try renderer.render([ragged], to: dir.appendingPathComponent("r.xlsx")) }
        var short = sourceChart(.pie)
        short.series[0].values.removeLast()
        let chart = XLSXRenderer.Sheet(Table(title: "C", columns: [Column("a"), Column("b")]), chart: short)
        #expect(throws: XLSXError.self) { try renderer.render(sheets: [chart], to: dir.appendingPathComponent("c.xlsx")) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test func splitTableWithChartIsRefused() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let table = Table(title: "T", columns: [Column("a"), Column("n", .integer)],
                          rows: (0..<30).map { [.text("r\($0)"), .integer(Int64($0))] })
        let error = try #require(throws: XLSXError.self) {
            try XLSXRenderer(options: .init(properties: testProperties, rowsPerSheet: 10))
                .render(sheets: [.init(table, chart: sourceChart(.column))],
                        to: dir.appendingPathComponent("t.xlsx"))
        }
        #expect(error.description == "sheet \"T\": a chart needs all rows on one sheet, and 30 rows need 5 sheets")
    }

    @Test func firstErrorPoisonsTheWorkbook() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("poisoned.xlsx")
        let book = try XLSXWorkbook(url: url, properties: testProperties)
        let sheet = try book.addSheet(named: "S")
        try sheet.write(.text("fine"), row: 0, column: 0)
        #expect(throws: XLSXError(sheet: "S", cell: "A1048577", reason: .library(code: 23))) {
            try sheet.write(number: 1, row: XLSXSheet.rowLimit, column: 0)
        }
        #expect(throws: XLSXError(reason: .earlierError)) { try sheet.write(.text("later"), row: 1, column: 0) }
        #expect(throws: XLSXError(reason: .earlierError)) { try book.close() }
        #expect(throws: XLSXError(reason: .closed)) { try book.close() }
        #expect(!FileManager.default.fileExists(atPath: url.path))
    }

    @Test func droppedWorkbookWritesNothing() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("dropped.xlsx")
        do {
            let book = try XLSXWorkbook(url: url, options: .init(constantMemory: true, tmpdir: dir.path), properties: testProperties)
            try book.addSheet(named: "S").write(.integer(1), row: 0, column: 0)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test func unwritableDirectoryFailsAtClose() throws {
        let book = try XLSXWorkbook(url: URL(fileURLWithPath: "/nonexistent-gmg/dir/x.xlsx"), properties: testProperties)
        _ = try book.addSheet(named: "S")
        let error = try #require(throws: XLSXError.self) { try book.close() }
        #expect(error == XLSXError(file: "/nonexistent-gmg/dir/x.xlsx", reason: .library(code: 2), systemReason: "No such file or directory"))
        #expect(error.description.hasPrefix("workbook \"/nonexistent-gmg/dir/x.xlsx\": error creating output xlsx file"))
        #expect(error.description.hasSuffix(": No such file or directory"))
    }

    @Test func lowLevelWritesAndFormats() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("low.xlsx")
        let book = try XLSXWorkbook(url: url, properties: testProperties)
        let money = try book.format(.value(.money))
        #expect(try book.format(.value(.money)) == money)
        #expect(try book.format(.header) != money)
        let sheet = try book.addSheet(named: "Low/level")
        #expect(sheet.name == "Low_level")
        try sheet.writeRow([.text("=1+1"), .number(1234.5), .date(CalendarDate(year: 2024, month: 2, day: 29)), .null],
                           row: 0, formats: [nil, money, try book.format(.value(.date))])
        try sheet.write(formula: "SUM(B1:B1)", cachedValue: 1234.5, row: 1, column: 1, format: money)
        try "@from C".withCString { try sheet.write(cString: $0, row: 2, column: 0) }
        try book.close()
        let read = try #require(try ReadWorkbook.read(url).sheets.first)
        #expect(read["A1"].map { ($0.type, $0.value) } ?? ("", "") == ("s", "=1+1"))
        #expect(read["B1"]?.format == "#,##0")
        #expect(read["C1"]?.value == "2024-02-29T00:00:00")
        #expect(read["A3"].map { ($0.type, $0.value) } ?? ("", "") == ("s", "@from C"))
        #expect(read["B2"].map { ($0.type, $0.value, $0.cached) } ?? ("", "", nil) == ("f", "=SUM(B1:B1)", "1234.5"))
    }

    @Test(arguments: [
        ("Funding: by source/year", "Funding_ by source_year"),
        ("[a]*b?c\\d", "_a__b_c_d"),
        ("'quoted'", "quoted"),
        ("   ", "Sheet"),
        ("History", "History_"),
        ("A name that is much longer than thirty-one characters", "A name that is much longer than"),
        ("line\nbreak", "line break"),
        ("😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀", "😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀"),
    ])
    func sheetNamesAreMadeValid(wish: String, expected: String) {
        #expect(XLSXSheetNames.valid(wish) == expected)
    }

    @Test func sheetNamesAreUniqueIgnoringCase() {
        var names = XLSXSheetNames()
        #expect(names.unique("By agency") == "By agency")
        #expect(names.unique("BY AGENCY") == "BY AGENCY (2)")
        #expect(names.unique("by agency") == "by agency (3)")
        let long = String(repeating: "x", count: 40)
        #expect(names.unique(long) == String(repeating: "x", count: 31))
        #expect(names.unique(long) == String(repeating: "x", count: 27) + " (2)")
        #expect(names.unique("Ärger") == "Ärger")
        #expect(names.unique("äRGER") == "äRGER (2)")
    }
}
