import Foundation
import GMGSpreadsheetReader
import Testing

@Suite struct ReaderTests {
    private func text(_ sheet: Worksheet, _ reference: String) -> CellValue? {
        sheet[CellReference(reference)!]?.value
    }

    @Test(arguments: ["openpyxl.xlsx", "libreoffice.xlsx"])
    func readsWhatOtherProgramsSaved(_ name: String) throws {
        let book = try Spreadsheet(contentsOf: try Fixtures.url(name), displayName: name)
        #expect(book.sheets.map(\.name) == ["Data", "Notes", "Secret"])
        #expect(book.sheets.map(\.visibility) == [.visible, .visible, .hidden])
        #expect(book.dateSystem == .from1900)
        #expect(book.customProperties["Template"] == "demo-1")
        let data = try book.worksheet(named: "Data")
        #expect(text(data, "A1") == .text("Name"))
        #expect(text(data, "A2") == .text("Rich text"))
        #expect(text(data, "B2") == .date(SpreadsheetDate(year: 2014, month: 12, day: 1)))
        #expect(text(data, "C2") == .number(12.5))
        #expect(text(data, "D2") == .boolean(true))
        #expect(text(data, "B3") == .text("2014-12-01"))
        #expect(text(data, "C3") == .text("12,000"))
        #expect(text(data, "A4") == .text("  spaced  "))
        #expect(text(data, "B4") == .date(SpreadsheetDate(year: 2015, month: 2, day: 28, seconds: 18 * 3600 + 30 * 60)))
        #expect(text(data, "C4") == .number(-3))
        #expect(text(data, "A5") == .text("Ünïcödé — “quotes” & <angle>"))
        #expect(text(data, "C5") == .number(0.001))
        #expect(data.rows.map(\.number) == [1, 2, 3, 4, 5], "empty trailing rows are left out")
        #expect(try book.worksheet(named: "secret").rows.first?.cells.first?.value == .text("hidden value"))
    }

    @Test func readsThe1904DateSystem() throws {
        let book = try Spreadsheet(contentsOf: try Fixtures.url("openpyxl-1904.xlsx"))
        #expect(book.dateSystem == .from1904)
        let data = try book.worksheet(named: "Data")
        #expect(text(data, "B2") == .date(SpreadsheetDate(year: 2014, month: 12, day: 1)))
    }

    @Test func readsTheShapeExcelWrites() throws {
        let book = try Spreadsheet(contentsOf: try Fixtures.url("excel-like.xlsx"))
        #expect(book.sheets.map(\.name) == ["Second", "First"])
        #expect(book.sheets.map(\.visibility) == [.visible, .veryHidden])
        #expect(book.dateSystem == .from1904)
        let second = try book.worksheet(named: "Second")
        #expect(text(second, "A1") == .text("Rich runs"), "rich runs joined, phonetic text left out")
        #expect(text(second, "B1") == .text(" padded "))
        #expect(text(second, "D1") == .date(SpreadsheetDate(year: 1904, month: 1, day: 1)))
        #expect(text(second, "A2") == .date(SpreadsheetDate(year: 2017, month: 12, day: 2, seconds: 12 * 3600)))
        #expect(text(second, "B2") == .number(1_234_567))
        #expect(second[CellReference("B2")!]?.numberFormat == "#,##0")
        #expect(text(second, "C2") == .number(2))
        #expect(text(second, "D2") == .text("ab"))
        #expect(text(second, "E2") == .error("#N/A"))
        #expect(text(second, "F2") == .date(SpreadsheetDate(year: 2014, month: 12, day: 1)))
        #expect(second.rows.map(\.number) == [1, 2])
        #expect(text(try book.worksheet(named: "First"), "A1") == .text("Plain"))
        #expect(throws: SpreadsheetError(file: book.displayName, reason: .noSuchSheet(name: "Third", known: ["Second", "First"]))) {
            try book.worksheet(named: "Third")
        }
    }

    @Test func serialDatesInBothSystems() {
        #expect(DateSystem.from1900.date(fromSerial: 1) == SpreadsheetDate(year: 1900, month: 1, day: 1))
        #expect(DateSystem.from1900.date(fromSerial: 59) == SpreadsheetDate(year: 1900, month: 2, day: 28))
        #expect(DateSystem.from1900.date(fromSerial: 61) == SpreadsheetDate(year: 1900, month: 3, day: 1))
        #expect(DateSystem.from1900.date(fromSerial: 41974) == SpreadsheetDate(year: 2014, month: 12, day: 1))
        #expect(DateSystem.from1900.date(fromSerial: 2_958_465) == SpreadsheetDate(year: 9999, month: 12, day: 31))
        #expect(DateSystem.from1900.date(fromSerial: 2_958_466) == nil)
        #expect(DateSystem.from1900.date(fromSerial: 0) == nil)
        #expect(DateSystem.from1904.date(fromSerial: 0) == SpreadsheetDate(year: 1904, month: 1, day: 1))
        #expect(DateSystem.from1904.date(fromSerial: 40512) == SpreadsheetDate(year: 2014, month: 12, day: 1))
        #expect(DateSystem.from1900.date(fromSerial: 41974.999999) == SpreadsheetDate(year: 2014, month: 12, day: 2))
    }

    @Test func cellReferences() {
        #expect(CellReference("A1") == CellReference(row: 1, column: 1))
        #expect(CellReference("$AB$12") == CellReference(row: 12, column: 28))
        #expect(CellReference("XFD1048576") == CellReference(row: 1_048_576, column: 16_384))
        #expect(CellReference("XFE1") == nil)
        #expect(CellReference("A0") == nil)
        #expect(CellReference("1A") == nil)
        #expect(CellReference("A1048577") == nil)
        #expect(CellReference(row: 7, column: 27).description == "AA7")
    }
}
