import Foundation
import GMGTable
import GMGXLSX
import Testing

let testProperties = XLSXWorkbook.Properties(
    title: "Awkward report", subject: "Renderer tests", keywords: ["gmg", "test"], created: fixedDay)

@Suite struct XLSXRendererTests {
    @Test func awkwardTableReadBackByOpenpyxl() throws {
        let urlDir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: urlDir) }
        let url = urlDir.appendingPathComponent("awkward.xlsx")
        try XLSXRenderer(options: .init(properties: testProperties)).render([awkwardTable], to: url)
        let book = try ReadWorkbook.read(url)
        #expect(book.properties.title == "Awkward report")
        #expect(book.properties.subject == "Renderer tests")
        #expect(book.properties.creator == "GMG reports")
        #expect(book.properties.keywords == "gmg, test")
        #expect(book.properties.created == "2024-05-01T00:00:00")
        #expect(book.sheets.map(\.name) == ["Awkward | values_ \"all\" #1"])
        let sheet = try #require(book.sheets.first)
        #expect(sheet.freeze == "A4")
        // An Excel table (with its own filter buttons) over the header and rows, named after the sheet.
        #expect(sheet.tables == ["Awkward_values_all_1": "A3:E18"] && sheet.filter == nil)
        #expect(sheet["A1"]?.value == awkwardTable.title)
        #expect(sheet["A1"]?.bold == true)
        #expect(sheet["A3"]?.value == "Name" && sheet["A3"]?.bold == true)
        #expect(sheet["E3"]?.value == "Day")
        // Types and formats.
        #expect(sheet["A4"] == nil)
        #expect(sheet["B4"].map { ($0.type, $0.value, $0.format) } ?? ("", "", "") == ("n", "0", "General"))
        #expect(sheet["C4"].map { ($0.type, $0.format) } ?? ("", "") == ("n", "#,##0"))
        #expect(sheet["D4"].map { ($0.type, $0.format) } ?? ("", "") == ("n", "0.0%"))
        #expect(sheet["E4"].map { ($0.type, $0.value, $0.format) } ?? ("", "", "")
            == ("d", "2013-01-01T00:00:00", "yyyy-mm-dd"))
        #expect(sheet["E6"]?.value == "1900-03-01T00:00:00")
        #expect(sheet["E7"]?.value == "9999-12-31T00:00:00")
        #expect(sheet["A6"]?.value == "Négatif — ünïcödé ✓")
        #expect(sheet["C6"]?.value == "-1234.565")
        #expect(sheet["A7"]?.value == longestText)
        #expect(sheet["B7"]?.value == "123456789012345")
        // libxlsxwriter stores CR as the OOXML escape _x000D_, which Excel and LibreOffice decode
        // and openpyxl leaves as it is.
        #expect(sheet["A8"]?.value == "line 1\nline 2_x000D_\nline 3")
        #expect(sheet["A9"]?.value == "say \"hi\", 'there'")
        #expect(sheet["A11"].map { ($0.type, $0.value) } ?? ("", "") == ("s", "=HYPERLINK(\"http://example.com\",\"click\")"))
        #expect(sheet["A12"]?.value == "+1" && sheet["A13"]?.value == "-1" && sheet["A14"]?.value == "@SUM(A1)")
        #expect(sheet["A16"]?.value == "مرحبا بالعالم")
        // Only the totals are formulas, with cached values.
        let formulas = sheet.cells.filter { $0.type == "f" }
        #expect(formulas.map(\.ref) == ["B19", "C19"])
        #expect(sheet["B19"]?.value == "=SUM(B4:B18)")
        #expect(sheet["B19"]?.cached == "123456789012406")
        // libxlsxwriter writes numbers with 16 significant digits (%.16G).
        let cachedSum = try #require(sheet["C19"]?.cached.flatMap(Double.init))
        #expect(abs(cachedSum - awkwardTable.sum(ofColumn: 2)) <= 1)
        #expect(sheet["C19"]?.format == "#,##0" && sheet["C19"]?.bold == true)
        #expect(sheet["A19"]?.value == "Total" && sheet["A19"]?.bold == true)
        #expect(sheet["A21"]?.value == "Source: test fixture")
        #expect(sheet["A23"]?.value == "Built 2024-05-01")
        #expect(sheet.cells.filter { $0.type == "s" }.allSatisfy { !$0.value.isEmpty })
        // Widths fitted: the long text is capped (and narrowed to print portrait), the date column fits ISO dates.
        #expect((sheet.widths["A"] ?? 0) > 30 && (sheet.widths["A"] ?? 99) < 61)
        #expect(sheet.wrapped.contains("A7") && !sheet.wrapped.contains("B7"))
        #expect((sheet.widths["E"] ?? 0) >= 10 && (sheet.widths["E"] ?? 99) < 20)
    }

    @Test func awkwardTableThroughLibreOffice() throws {
        let urlDir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: urlDir) }
        let url = urlDir.appendingPathComponent("lo.xlsx")
        try XLSXRenderer(options: .init(properties: testProperties)).render([awkwardTable], to: url)
        let csv = try libreOfficeCSV(url)
        let text = try #require(csv.values.first)
        #expect(csv.count == 1)
        // LibreOffice drops the CR of a CRLF inside a cell.
        expectContains(text, "\n\"line 1\nline 2\nline 3\",1,0,33.3%,\n")
        expectContains(text, "Name,Count,Amount (USD),Share,Day\n")
        expectContains(text, "\n,0,0,0.0%,2013-01-01\n")
        expectContains(text, "\nNégatif — ünïcödé ✓,-5,\"-1,235\",-12.5%,1900-03-01\n")
        expectContains(text, ",123456789012345,\"1,000,000,000,000,000\",1250.0%,9999-12-31\n")
        expectContains(text, "\n\"=HYPERLINK(\"\"http://example.com\"\",\"\"click\"\")\",4,0,0.1%,\n")
        expectContains(text, "\nTotal,123456789012406,\"1,000,000,001,233,616\",,\n")
        expectContains(text, "\nשלום עולם,10,60,6.0%,\n")
    }

    @Test func twoBuildsAreByteIdentical() throws {
        for constantMemory in [false, true] {
            let firstDir = try temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: firstDir) }
            let first = firstDir.appendingPathComponent("a.xlsx")
            let secondDir = try temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: secondDir) }
            let second = secondDir.appendingPathComponent("b.xlsx")
            let options = XLSXRenderer.Options(properties: testProperties, constantMemory: constantMemory)
            let sheets = [XLSXRenderer.Sheet(awkwardTable), XLSXRenderer.Sheet(fundingTable, chart: sourceChart(.pie))]
            try XLSXRenderer(options: options).render(sheets: sheets, to: first)
            try XLSXRenderer(options: options).render(sheets: sheets, to: second)
            let bytes = try Data(contentsOf: first)
            #expect(bytes == (try Data(contentsOf: second)), "constant_memory \(constantMemory)")
            #expect(bytes.count > 1000)
        }
    }

    @Test func chartsAndConstantMemory() throws {
        let urlDir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: urlDir) }
        let url = urlDir.appendingPathComponent("charts.xlsx")
        let options = XLSXRenderer.Options(properties: testProperties, constantMemory: true, titles: false)
        try XLSXRenderer(options: options).render(sheets: [
            .init(fundingTable, name: "Funding", chart: sourceChart(.pie)),
            .init(fundingTable, name: "funding", chart: sourceChart(.column)),
            .init(fundingTable, name: "Bars", chart: sourceChart(.bar)),
        ], to: url)
        let book = try ReadWorkbook.read(url)
        #expect(book.sheets.map(\.name) == ["Funding", "funding (2)", "Bars"])
        #expect(book.sheets.map(\.charts) == [["PieChart:"], ["BarChart:col"], ["BarChart:bar"]])
        let sheet = book.sheets[0]
        #expect(sheet.freeze == "A2" && sheet.filter == "A1:C4")
        #expect(sheet["A2"].map { ($0.type, $0.value) } ?? ("", "") == ("s", "UNDP"))
        #expect(sheet["B5"]?.value == "=SUM(B2:B4)" && sheet["B5"]?.cached == "3500")
    }

    @Test func tableLongerThanASheetContinues() throws {
        let urlDir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: urlDir) }
        let url = urlDir.appendingPathComponent("split.xlsx")
        let rows = (1...25).map { [Cell.text("row \($0)"), .integer(Int64($0))] }
        let table = Table(title: "Big", columns: [Column("Name"), Column("N", .integer)], rows: rows,
                          notes: ["Split over sheets"], totals: Totals(summedColumns: [1]))
        try XLSXRenderer(options: .init(properties: testProperties, rowsPerSheet: 20)).render([table], to: url)
        let book = try ReadWorkbook.read(url)
        #expect(book.sheets.map(\.name) == ["Big", "Big (2)"])
        #expect(book.sheets.map(\.freeze) == ["A4", "A4"])
        #expect(book.sheets.map(\.tables) == [["Big": "A3:B17"], ["Big_2": "A3:B14"]])
        #expect(book["Big"]?["A17"]?.value == "row 14")
        #expect(book["Big (2)"]?["A4"]?.value == "row 15")
        #expect(book["Big (2)"]?["B15"]?.value == "=SUM('Big'!B4:B17,'Big (2)'!B4:B14)")
        #expect(book["Big (2)"]?["B15"]?.cached == "325")
        #expect(book["Big (2)"]?["A17"]?.value == "Split over sheets")
        #expect(book["Big"]?.cells.count == 1 + 2 + 14 * 2)
        let csv = try libreOfficeCSV(url)
        #expect(csv.keys.sorted() == ["Big", "Big (2)"])
        #expect(csv["Big (2)"]?.hasSuffix("\nrow 25,25\nTotal,325\n,\nSplit over sheets,\n") == true)
    }

    @Test func excelsRowLimitStartsASecondSheet() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("limit.xlsx")
        // Header plus 1,048,575 rows fill a sheet; one row more goes to the second.
        let table = Table(title: "Rows", columns: [Column("n", .integer)],
                          rows: (0..<XLSXSheet.rowLimit).map { [.integer(Int64($0))] })
        try XLSXRenderer(options: .init(properties: testProperties, titles: false)).render([table], to: url)
        // openpyxl takes minutes on a million rows: read the parts' dimensions and panes directly.
        let script = """
            import re, sys, zipfile
            z = zipfile.ZipFile(sys.argv[1])
            print(re.findall(r'<sheet name="([^"]+)"', z.read("xl/workbook.xml").decode()))
            for n in (1, 2):
                xml = z.read(f"xl/worksheets/sheet{n}.xml").decode()
                print(re.search(r'<dimension ref="([^"]+)"', xml).group(1), re.search(r'topLeftCell="([^"]+)"', xml).group(1),
                      re.search(r'<autoFilter ref="([^"]+)"', xml).group(1), xml.count("<f>"), xml.count("<v>1048575</v>"))
            """
        let lines = try run(["python3", "-c", script, url.path]).stdout.split(separator: "\n")
        #expect(lines == ["['Rows', 'Rows (2)']", "A1:A1048576 A2 A1:A1048576 0 0", "A1:A2 A2 A1:A2 0 1"])
    }

    @Test func emptyTableGetsHeaderAndZeroTotals() throws {
        let urlDir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: urlDir) }
        let url = urlDir.appendingPathComponent("empty.xlsx")
        let table = Table(title: "", columns: [Column("Name"), Column("Cost", .money)], totals: Totals(summedColumns: [1]))
        try XLSXRenderer(options: .init(properties: testProperties)).render(sheets: [
            .init(table, chart: Chart(kind: .pie, title: "Nothing", measure: .money(currency: "USD"), categories: [], series: [])),
        ], to: url)
        let sheet = try #require(try ReadWorkbook.read(url).sheets.first)
        #expect(sheet.name == "Sheet" && sheet.freeze == "A2" && sheet.filter == "A1:B1")
        #expect(sheet["B2"].map { ($0.type, $0.value) } ?? ("", "") == ("n", "0"))
        #expect(sheet.charts.isEmpty)
    }
}

/// The breakdown of ``fundingTable`` as a chart.
func sourceChart(_ kind: Chart.Kind) -> Chart {
    Chart(kind: kind, title: "Funding by source", measure: .money(currency: "USD"), categories: ["UNDP", "EU", "=cmd"],
          series: [ChartSeries(name: "USD", values: [2000, 1000, 500])])
}

/// A small breakdown for charts.
let fundingTable = Table(
    title: "Funding by source",
    columns: [Column("Source"), Column("Cost (USD)", .money), Column("Activities", .integer)],
    rows: [[.text("UNDP"), .number(2000), .integer(3)], [.text("EU"), .number(1000), .integer(2)],
           [.text("=cmd"), .number(500), .integer(1)]],
    totals: Totals(summedColumns: [1, 2]))
