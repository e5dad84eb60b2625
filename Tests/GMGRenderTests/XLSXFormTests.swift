import Foundation
import GMGTable
import GMGXLSX
import Testing

/// Forms in workbooks (data validation, protection with unlocked cells, hidden columns and sheets,
/// custom properties, page setup), read back by openpyxl.
@Suite struct XLSXFormTests {
    private static let script = #"""
    import json, sys, openpyxl
    book = openpyxl.load_workbook(sys.argv[1])
    out = {"custom": {p.name: p.value for p in book.custom_doc_props.props}, "sheets": {}}
    for ws in book.worksheets:
        out["sheets"][ws.title] = {
            "state": ws.sheet_state,
            "protected": bool(ws.protection.sheet),
            "autofilterAllowed": not ws.protection.autoFilter,
            "sortAllowed": not ws.protection.sort,
            "validations": sorted([[dv.type, dv.operator, dv.formula1, dv.formula2, str(dv.sqref), str(dv.allow_blank),
                                    dv.promptTitle, dv.prompt, dv.error, dv.errorStyle]
                                   for dv in ws.data_validations.dataValidation], key=lambda v: v[4]),
            "locked": {c.coordinate: c.protection.locked for row in ws.iter_rows() for c in row},
            "wrap": {c.coordinate: bool(c.alignment.wrap_text) for row in ws.iter_rows() for c in row},
            "hidden": sorted(k for k, d in ws.column_dimensions.items() if d.hidden),
            "orientation": ws.page_setup.orientation, "paper": ws.page_setup.paperSize,
            "fitToWidth": 1 if ws.page_setup.fitToWidth is None else ws.page_setup.fitToWidth,  # 1 when omitted (the default)
            "fitToHeight": ws.page_setup.fitToHeight,
            "fitToPage": ws.sheet_properties.pageSetUpPr.fitToPage if ws.sheet_properties.pageSetUpPr else None,
            "titleRows": ws.print_title_rows, "header": ws.oddHeader.left.text, "footer": ws.oddFooter.right.text,
        }
    json.dump(out, sys.stdout)
    """#

    private struct Read: Decodable {
        struct Sheet: Decodable {
            var state: String
            var protected: Bool
            var autofilterAllowed: Bool
            var sortAllowed: Bool
            var validations: [[String?]]
            var locked: [String: Bool]
            var wrap: [String: Bool]
            var hidden: [String]
            var orientation: String?
            var paper: Int?
            var fitToWidth: Int?
            var fitToHeight: Int?
            var fitToPage: Bool?
            var titleRows: String?
            var header: String?
            var footer: String?
        }
        var custom: [String: String]
        var sheets: [String: Sheet]
    }

    @Test func formFeaturesReadBackWithOpenpyxl() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("form.xlsx")
        let book = try XLSXWorkbook(url: url, properties: testProperties)
        let form = try book.addSheet(named: "Form")
        let input = try book.format(XLSXStyle(wrap: true, unlocked: true))
        try form.write(text: "Ref. & id", row: 0, column: 0)
        try form.write(text: "locked", row: 1, column: 0)
        try form.writeBlank(row: 1, column: 1, format: input)
        try form.setColumn(3, width: 20, hidden: true)
        try form.addValidation(XLSXValidation(.list(["Planned", "In progress", "Delivered"]), inputTitle: "Status",
                                              inputMessage: "Choose one.", errorMessage: "Not in the list."),
                               column: 1, firstRow: 1, lastRow: 9)
        try form.addValidation(XLSXValidation(.dateBetween(CalendarDate(year: 2000, month: 1, day: 1),
                                                           CalendarDate(year: 2100, month: 12, day: 31))),
                               column: 2, firstRow: 1, lastRow: 9)
        try form.addValidation(XLSXValidation(.decimalAtLeast(0), errorStyle: .warning), column: 4, firstRow: 1, lastRow: 9)
        try form.addValidation(XLSXValidation(.textLength(3...3)), column: 5, firstRow: 1, lastRow: 9)
        try form.setPageSetup(XLSXPageSetup(landscape: true, paper: .a4, fitToWidth: true, repeatRows: 0...0,
                                            header: "&L" + XLSXPageSetup.literal("R&D return"), footer: "&RPage &P of &N"))
        try form.protect(allowing: [.autofilter, .sort])
        let hidden = try book.addSheet(named: "Identity")
        try hidden.write(text: "x", row: 0, column: 0)
        try hidden.hide()
        try book.setCustomProperty("Template", text: "return v1")
        try book.setCustomProperty("Recipient", text: "ilo")
        try book.close()

        let read = try JSONDecoder().decode(Read.self, from: run(["python3", "-c", Self.script, url.path]).stdoutData)
        #expect(read.custom == ["Template": "return v1", "Recipient": "ilo"])
        let sheet = try #require(read.sheets["Form"])
        #expect(sheet.state == "visible" && read.sheets["Identity"]?.state == "hidden")
        #expect(sheet.protected && sheet.autofilterAllowed && sheet.sortAllowed)
        #expect(read.sheets["Identity"]?.protected == false)
        #expect(sheet.locked["A2"] == true && sheet.locked["B2"] == false)
        #expect(sheet.wrap["B2"] == true && sheet.wrap["A2"] == false)
        #expect(sheet.hidden == ["D"])
        #expect(sheet.validations == [
            // operator "between" and error style "stop" are the defaults, left out of the file
            ["list", nil, "\"Planned,In progress,Delivered\"", nil, "B2:B10", "True", "Status", "Choose one.", "Not in the list.", nil],
            ["date", nil, "36526", "73415", "C2:C10", "True", nil, nil, nil, nil],
            ["decimal", "greaterThanOrEqual", "0", nil, "E2:E10", "True", nil, nil, nil, "warning"],
            ["textLength", nil, "3", "3", "F2:F10", "True", nil, nil, nil, nil],
        ])
        #expect(sheet.orientation == "landscape" && sheet.paper == 9)
        #expect(sheet.fitToWidth == 1 && sheet.fitToHeight == 0 && sheet.fitToPage == true)
        #expect(sheet.titleRows == "$1:$1")
        #expect(sheet.header == "R&&D return" && sheet.footer == "Page &P of &N")
    }

    @Test func listsExcelCannotHoldAreRefused() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let book = try XLSXWorkbook(url: dir.appendingPathComponent("bad.xlsx"), properties: testProperties)
        let sheet = try book.addSheet(named: "S")
        #expect(throws: XLSXError.self) {
            try sheet.addValidation(XLSXValidation(.list(["a,b"])), column: 0, firstRow: 0, lastRow: 1)
        }
        #expect(throws: XLSXError.self) { try book.close() }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }
}

@Suite struct XLSXTextFitTests {
    @Test func wrappedLinesAreCounted() {
        #expect(XLSXTextFit.lines("", width: 10) == 1)
        #expect(XLSXTextFit.lines("short", width: 10) == 1)
        #expect(XLSXTextFit.lines("one two three four five six", width: 10) == 3)
        #expect(XLSXTextFit.lines("first\nsecond\n\nfourth", width: 30) == 4)
        #expect(XLSXTextFit.lines(String(repeating: "x", count: 25), width: 10) == 3)
        #expect(XLSXTextFit.lines("日本語のテキスト", width: 10) == 2)
        // Three lines at Excel's 15 points a line for 11-point text, and 2 points of room.
        #expect(XLSXTextFit.rowHeight([("a", 10), ("one two three four five six", 10)]) == 47)
        // Measured by the font: capitals and wide letters take more room than narrow ones.
        #expect(XLSXTextFit.lines(String(repeating: "i", count: 18), width: 10) == 1)
        #expect(XLSXTextFit.lines(String(repeating: "W", count: 15), width: 10) == 3)
        // Short text is one line without measuring, unless it breaks its line.
        #expect(XLSXTextFit.lines("WWWWW", width: 10.5) == 1)
        #expect(XLSXTextFit.lines("a\nb", width: 100) == 2)
        #expect(XLSXTextFit.lines("日本語", width: 6.5) == 1)
        #expect(XLSXTextFit.lines("日本語", width: 6.4) == 2)
    }
}
