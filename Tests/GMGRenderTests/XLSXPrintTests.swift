import Foundation
import GMGTable
import GMGXLSX
import Testing

/// Sheets set up to print: A4, orientation by width, one page wide, header row on every page,
/// running header and footer, print area, wrapped text; read back by openpyxl and LibreOffice.
@Suite struct XLSXPrintTests {
    /// A table as wide as an activity list: a reference, a long description, names.
    static let wideTable = Table(
        title: "Activities",
        columns: [Column("Ref."), Column("Year", .year), Column("Activity"), Column("Leads"), Column("Funding"),
                  Column("Cost (USD)", .money), Column("Status"), Column("Note")],
        rows: (1...60).map { index in
            [.text("plan-2014-work-stream-o\(index)-a1"), .integer(2014),
             .text(String(repeating: "Prepare and circulate a joint paper on migration and development ", count: 1 + index % 3)),
             .text("ILO; IOM; UNDP; Working Group on Data and Research"), .text("KNOMAD funding; agency budgets"),
             index % 4 == 0 ? .number(Double(index) * 1_000) : .null, .text("not reported"),
             .text("A note that runs on for a while so that the column is wide")]
        },
        notes: ["An activity's cost is divided equally among its funding sources."],
        totals: Totals(summedColumns: [5]))

    @Test func aWideTablePrintsLandscapeOnePageWideWithItsHeaderOnEveryPage() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("wide.xlsx")
        let header = XLSXPageSetup.Running(left: "GMG funding breakdown", right: "Data as of 2014-02-20")
        try XLSXRenderer(options: .init(properties: testProperties, runningHeader: header))
            .render(sheets: [.init(Self.wideTable, printedColumns: 7)], to: url)
        let sheet = try #require(try ReadWorkbook.read(url).sheets.first)
        let print = sheet.print
        #expect(print.orientation == "landscape" && print.paper == "9")
        // Fit to one page wide (1 is the default width openpyxl reads as nil), as many tall as needed.
        #expect(print.fitToPage && (print.fitToWidth ?? 1) == 1 && print.fitToHeight == 0 && print.breaks.isEmpty)
        // The title, a blank row, the header on row 3 repeated on every page; seven of eight columns printed.
        #expect(print.titleRows == "$3:$3")
        #expect(print.area == "'Activities'!$A$1:$G$67")
        #expect(print.header == "GMG funding breakdown||Data as of 2014-02-20")
        #expect(print.footer == "&A||Page &P of &N")
        // Long text wraps in columns narrowed to print; the empty money cell stays empty, and says so.
        #expect(sheet.wrapped.contains("C4") && sheet.wrapped.contains("D4"))
        #expect((sheet.widths["C"] ?? 0) > (sheet.widths["D"] ?? 99))
        #expect(sheet["F4"] == nil && sheet["F7"]?.value == "4000")
        #expect(sheet["A66"]?.value == "An activity's cost is divided equally among its funding sources.")
        #expect(sheet["A67"]?.value == "An empty cell in a money column means that no amount is stated: it is not zero.")
        #expect(sheet["B4"].map { ($0.type, $0.value) } ?? ("", "") == ("n", "2014"))

        let pages = try PrintedPages(url)
        #expect(pages.count >= 2)
        for page in pages.texts {
            // One page wide: every page shows the first and the last printed column's header.
            #expect(page.contains("Ref.") && page.contains("Status"), "\(page.prefix(200))")
            #expect(page.contains("GMG funding breakdown") && page.contains("Data as of 2014-02-20"))
            #expect(!page.contains("Note"))
        }
        #expect(pages.texts.last?.contains("Page \(pages.count) of \(pages.count)") == true)
        #expect(pages.sizes.allSatisfy { $0 == "841.89 x 595.304" })
    }

    @Test func aNarrowTablePrintsPortraitAndItsChartStartsANewPageRatherThanBeingCut() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("chart.xlsx")
        let rows: [[Cell]] = (1...80).map { [.text("Source \($0)"), .integer(Int64($0))] }
        let table = Table(title: "By source", columns: [Column("Funding source"), Column("Activities", .integer)], rows: rows)
        let chart = Chart(kind: .bar, title: "Activities by funding source", measure: .count(noun: "activities"),
                          categories: rows.map { if case .text(let name) = $0[0] { return name } else { return "" } },
                          series: [ChartSeries(name: "Activities", values: (1...80).map(Double.init))]).limitingCategories(to: 8)
        try XLSXRenderer(options: .init(properties: testProperties)).render(sheets: [.init(table, chart: chart)], to: url)
        let book = try ReadWorkbook.read(url)
        let sheet = try #require(book.sheets.first)
        #expect(sheet.print.orientation == "portrait")
        // Two pages of table, then the chart: it would not fit under the table, so it starts a page
        // (with a fixed scale, since Excel ignores breaks when fitting to a page's width).
        #expect(sheet.print.breaks == [83])
        #expect(sheet.print.scale.map { (50...100).contains($0) } == true && !sheet.print.fitToPage)
        #expect(sheet.charts == ["BarChart:bar"])
        // The block the chart plots sits under it, outside the print area: seven sources and "Other".
        let area = try #require(sheet.print.area)
        let lastPrinted = try #require(Int(area.split(separator: "$").last ?? ""))
        let other = try #require(sheet.cells.first { $0.value == "Other" })
        #expect(Int(other.ref.dropFirst()) ?? 0 > lastPrinted)
        let otherRow = Int(other.ref.dropFirst())!
        #expect(sheet["B\(otherRow)"]?.value == String((1...73).reduce(0, +)))
        #expect(sheet["A\(otherRow - 9)"]?.value == "Chart data: Activities by funding source (number of activities)")
        let xml = try run(["python3", "-c", "import zipfile,sys; print(zipfile.ZipFile(sys.argv[1]).read('xl/charts/chart1.xml').decode())",
                           url.path]).stdout
        expectContains(xml, "<a:t>Activities by funding source (number of activities)</a:t>")
        expectContains(xml, "<c:f>'By source'!$A$\(otherRow - 7):$A$\(otherRow)</c:f>")
        expectContains(xml, "<a:t>Activities</a:t>")  // the value axis says what is counted
        expectContains(xml, "<c:orientation val=\"maxMin\"/>")  // first category on top

        let pages = try PrintedPages(url)
        #expect(pages.count == 3)
        #expect(pages.texts[1].contains("Source 80") && !pages.texts[1].contains("Activities by funding source"))
        #expect(pages.texts[2].contains("Activities by funding source"))
    }

    @Test func aTableALittleLongerThanAPageIsScaledOntoOne() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("long.xlsx")
        let table = Table(title: "Agencies", columns: [Column("Agency"), Column("Activities", .integer)],
                          rows: (1...60).map { [.text("Agency \($0)"), .integer(Int64($0))] })
        try XLSXRenderer(options: .init(properties: testProperties)).render([table], to: url)
        let sheet = try #require(try ReadWorkbook.read(url).sheets.first)
        #expect(sheet.print.fitToPage && (sheet.print.fitToWidth ?? 1) == 1 && (sheet.print.fitToHeight ?? 1) == 1)
        #expect(try PrintedPages(url).count == 1)
    }

    @Test func constantMemorySheetsGetADefinedNameInsteadOfATable() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("big.xlsx")
        try XLSXRenderer(options: .init(properties: testProperties, constantMemory: true)).render([Self.wideTable], to: url)
        let book = try ReadWorkbook.read(url)
        let sheet = try #require(book.sheets.first)
        #expect(sheet.tables.isEmpty && sheet.filter == "A3:H63")
        #expect(book.names["Activities"] == "'Activities'!$A$3:$H$63")
        #expect(sheet.print.titleRows == "$3:$3" && sheet.print.orientation == "landscape")
    }

    @Test func aTextSheetLinksToTheOtherSheets() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("text.xlsx")
        let overview = XLSXTextSheet(name: "Overview", title: "GMG funding breakdown", items: [
            .paragraph("How the activities are funded: " + String(repeating: "a long sentence that wraps, ", count: 12)),
            .field("Data as of", .date(CalendarDate(year: 2014, month: 2, day: 20)), kind: .date),
            .field("Term", .integer(2014), kind: .integer),
            .heading("Sheets"),
            .link("By source", sheet: 1, description: "Activities and money by funding source"),
            .link("Source's year", sheet: 2, description: "Money by source and year"),
            .bullet("An activity's cost is divided equally among its funding sources."),
        ])
        try XLSXRenderer(options: .init(properties: testProperties)).render(contents: [
            .text(overview), .table(.init(fundingTable, name: "By source")), .table(.init(fundingTable, name: "Source's year")),
        ], to: url)
        let book = try ReadWorkbook.read(url)
        #expect(book.sheets.map(\.name) == ["Overview", "By source", "Source's year"])
        let sheet = book.sheets[0]
        #expect(sheet["A1"]?.value == "GMG funding breakdown" && sheet["A1"]?.bold == true)
        #expect(sheet.wrapped.contains("A3"))
        #expect(sheet["B4"].map { ($0.type, $0.value) } ?? ("", "") == ("d", "2014-02-20T00:00:00"))
        #expect(sheet["B5"].map { ($0.type, $0.value) } ?? ("", "") == ("n", "2014"))
        #expect(sheet.links == ["A8": "'By source'!A1", "A9": "'Source''s year'!A1"])
        #expect(sheet["A10"]?.value == "\u{2022} An activity's cost is divided equally among its funding sources.")
        #expect(sheet.print.orientation == "portrait" && sheet.print.area == "'Overview'!$A$1:$B$10")
    }

    @Test func tableNamesAreValidAndUnique() {
        var names = XLSXTableNames()
        #expect(names.unique("By funding source") == "By_funding_source")
        #expect(names.unique("by funding source") == "by_funding_source_2")
        #expect(names.unique("2014 activities") == "_2014_activities")
        #expect(names.unique("A1") == "_A1")
        #expect(names.unique("R1C1") == "_R1C1")
        #expect(names.unique("c") == "_c")
        #expect(names.unique("Funding: by source/year") == "Funding_by_source_year")
        #expect(names.unique("  ") == "Table")
    }
}

/// A workbook printed to PDF by LibreOffice: each page's text and size.
struct PrintedPages {
    let texts: [String]
    let sizes: [String]
    var count: Int { texts.count }

    init(_ url: URL) throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let profile = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: profile) }
        try run(["soffice", "-env:UserInstallation=file://\(profile.path)", "--headless", "--convert-to", "pdf",
                 "--outdir", dir.path, url.path])
        let pdf = dir.appendingPathComponent(url.deletingPathExtension().lastPathComponent + ".pdf").path
        let info = try run(["pdfinfo", "-f", "1", "-l", "9999", pdf]).stdout
        sizes = info.split(separator: "\n").filter { $0.hasPrefix("Page") && $0.contains("size:") }.map { line in
            let text = line.split(separator: ":", maxSplits: 1)[1].trimmingCharacters(in: .whitespaces)
            return String(text.prefix { $0 != "p" }).trimmingCharacters(in: .whitespaces)
        }
        texts = try (1...max(1, sizes.count)).map { try run(["pdftotext", "-f", "\($0)", "-l", "\($0)", "-layout", pdf, "-"]).stdout }
    }
}
