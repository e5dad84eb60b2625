import Foundation
import GMGData
import GMGTable
import GMGXLSX

/// Writes one return: the Instructions sheet, the Activities sheet (record locked and grey, input
/// cells white and unlocked on a protected sheet, with drop-downs and date checks) and the template
/// identity (custom document properties and a hidden sheet).
struct ReturnWorkbook {
    let recipient: ReturnRecipient
    let lines: [ReturnLine]
    let identity: TemplateIdentity
    let request: ReturnRequest
    let instructions: [InstructionLine]
    /// The scope in titles ("2014", or the plan's title) and in prose ("the activities of the 2014 work plan").
    let scopeLabel: String
    let scopeText: String

    private static let lockedFill: UInt32 = 0xEDEDED
    private static let record = XLSXStyle(fill: lockedFill, wrap: true, alignTop: true, boxed: true)
    private static let input = XLSXStyle(wrap: true, alignTop: true, boxed: true, unlocked: true)
    private static let inputDate = XLSXStyle(numberFormat: "yyyy-mm-dd", alignTop: true, boxed: true, unlocked: true)
    private static let inputMoney = XLSXStyle(numberFormat: "#,##0", alignTop: true, boxed: true, unlocked: true)
    private static let header = XLSXStyle(bold: true, fill: 0xDCE6F1, wrap: true, alignTop: true, boxed: true)
    private static let inputHeader = XLSXStyle(bold: true, fill: 0xFFF2CC, wrap: true, alignTop: true, boxed: true)

    /// Writes the workbook to `url`.
    func write(to url: URL) throws {
        let title = "GMG progress return: \(recipient.name), \(scopeLabel)"
        let book = try XLSXWorkbook(url: url, properties: .init(
            title: title, subject: "Progress on the GMG work plan activities led by \(recipient.name)",
            keywords: ["GMG", "progress return"], created: identity.generated))
        try writeInstructions(book)
        try writeActivities(book)
        try writeIdentity(book)
        try book.close()
    }

    private func writeInstructions(_ book: XLSXWorkbook) throws {
        let sheet = try book.addSheet(named: "Instructions")
        let width = 88.0
        try sheet.setColumn(0, width: width)
        let styles: [InstructionLine.Kind: XLSXFormat] = [
            .title: try book.format(XLSXStyle(bold: true, fontSize: 14, wrap: true)),
            .heading: try book.format(XLSXStyle(bold: true, wrap: true)),
            .text: try book.format(XLSXStyle(wrap: true, alignTop: true)),
            .emphasis: try book.format(XLSXStyle(bold: true, fill: 0xFFF2CC, wrap: true)),
        ]
        for (row, line) in instructions.enumerated() where !line.text.isEmpty {
            try sheet.write(text: line.text, row: row, column: 0, format: styles[line.kind])
            let size = line.kind == .title ? 14.0 : 11.0
            try sheet.setRow(row, height: XLSXTextFit.rowHeight([(line.text, width * 11 / size)], fontSize: size))
        }
        try sheet.setPageSetup(XLSXPageSetup(
            paper: .a4, fitToWidth: true,
            footer: "&L" + XLSXPageSetup.literal("GMG progress return: \(recipient.name)") + "&RPage &P of &N", margins: .narrow))
        try sheet.protect(allowing: [.formatColumns, .formatRows])
    }

    private func writeActivities(_ book: XLSXWorkbook) throws {
        let sheet = try book.addSheet(named: ReturnColumn.sheetName)
        let headerRow = ReturnColumn.headerRow
        try sheet.write(text: "Progress return of \(recipient.name) on \(scopeText), as of \(identity.asOf.longText)",
                        row: 0, column: 0, format: try book.format(XLSXStyle(bold: true, fontSize: 13)))
        try sheet.write(text: "Fill in the white columns (Status to Currency) and send the file back to \(request.sendTo) by \(request.due.longText). The grey columns are the record and are locked.",
                        row: 1, column: 0, format: try book.format(XLSXStyle(italic: true)))
        for column in ReturnColumn.allCases {
            try sheet.write(text: column.header, row: headerRow, column: column.rawValue,
                            format: try book.format(column.isInput ? Self.inputHeader : Self.header))
            try sheet.setColumn(column.rawValue, width: column.width, hidden: column == .key)
        }
        let record = try book.format(Self.record)
        let input = try book.format(Self.input)
        let date = try book.format(Self.inputDate)
        let money = try book.format(Self.inputMoney)
        for (offset, line) in lines.enumerated() {
            let row = headerRow + 1 + offset
            let values = [line.activity, line.workStreamAndOutput, line.activityText, line.timeFrame, line.coLeads, line.recorded]
            for (column, value) in values.enumerated() {
                if value.isEmpty {
                    try sheet.writeBlank(row: row, column: column, format: record)
                } else {
                    try sheet.write(text: value, row: row, column: column, format: record)
                }
            }
            for column in [ReturnColumn.status, .note, .revisedTimeFrame, .currency] {
                try sheet.writeBlank(row: row, column: column.rawValue, format: input)
            }
            try sheet.write(date: identity.asOf, row: row, column: ReturnColumn.asOf.rawValue, format: date)
            try sheet.writeBlank(row: row, column: ReturnColumn.cost.rawValue, format: money)
            try sheet.write(text: line.activity, row: row, column: ReturnColumn.key.rawValue, format: record)
            let cells = zip(values, ReturnColumn.allCases).map { (text: $0, width: $1.width) }
            try sheet.setRow(row, height: XLSXTextFit.rowHeight(cells))
        }
        try sheet.setRow(headerRow, height: XLSXTextFit.rowHeight(ReturnColumn.allCases.map { ($0.header, $0.width) }))
        if !lines.isEmpty { try addValidations(sheet, firstRow: headerRow + 1, lastRow: headerRow + lines.count) }
        try sheet.freezePanes(row: headerRow + 1, column: 1)
        try sheet.autofilter(firstRow: headerRow, firstColumn: 0, lastRow: headerRow + max(lines.count, 1),
                             lastColumn: ReturnColumn.currency.rawValue)
        try sheet.setPageSetup(XLSXPageSetup(
            landscape: true, paper: .a4, fitToWidth: true, repeatRows: headerRow...headerRow,
            header: "&L" + XLSXPageSetup.literal("GMG progress return: \(recipient.name), \(scopeLabel)")
                + "&R" + XLSXPageSetup.literal("Due \(request.due.longText)"),
            footer: "&LRef. = activity reference&RPage &P of &N", margins: .narrow))
        try sheet.protect(allowing: [.formatColumns, .formatRows, .autofilter, .sort])
        try sheet.activate()
    }

    private func addValidations(_ sheet: XLSXSheet, firstRow: Int, lastRow: Int) throws {
        let rules: [(ReturnColumn, XLSXValidation)] = [
            (.status, XLSXValidation(.list(ReturnStatus.labels.map(\.1)), inputTitle: "Status",
                                     inputMessage: "Choose the activity's status as of the date in the next column.",
                                     errorMessage: "Choose one of the statuses in the list.")),
            (.asOf, XLSXValidation(.dateBetween(CalendarDate(year: 2000, month: 1, day: 1), CalendarDate(year: 2100, month: 12, day: 31)),
                                   inputTitle: "As of", inputMessage: "The date the status is true on (YYYY-MM-DD).",
                                   errorMessage: "Enter a date such as \(identity.asOf).")),
            (.note, XLSXValidation(.textLength(0...2000), inputTitle: "Note",
                                   inputMessage: "What was done, published or decided; links welcome.",
                                   errorMessage: "Keep the note under 2,000 characters.")),
            (.revisedTimeFrame, XLSXValidation(.textLength(0...100), inputTitle: "Revised time frame",
                                               inputMessage: "Only if the time frame changed, e.g. \"Q2 2015\".",
                                               errorMessage: "Keep it under 100 characters.")),
            (.cost, XLSXValidation(.decimalAtLeast(0), inputTitle: "Cost",
                                   inputMessage: "Only if you report a cost: the amount, in the currency of the next column.",
                                   errorMessage: "Enter an amount of 0 or more, without the currency.")),
            (.currency, XLSXValidation(.textLength(3...3), inputTitle: "Currency",
                                       inputMessage: "The ISO code of the cost's currency, e.g. USD, EUR, CHF.",
                                       errorMessage: "Enter a three-letter currency code such as USD.")),
        ]
        for (column, rule) in rules {
            try sheet.addValidation(rule, column: column.rawValue, firstRow: firstRow, lastRow: lastRow)
        }
    }

    private func writeIdentity(_ book: XLSXWorkbook) throws {
        let sheet = try book.addSheet(named: TemplateIdentity.sheetName)
        for (row, field) in identity.fields.enumerated() {
            try sheet.write(text: field.0, row: row, column: 0)
            try sheet.write(text: field.1, row: row, column: 1)
            try book.setCustomProperty(field.0, text: field.1)
        }
        try sheet.setColumn(0, width: 26)
        try sheet.setColumn(1, width: 26)
        try sheet.protect()
        try sheet.hide()
    }
}
