import GMGTable

/// A sheet of running text rather than a table: an overview, a report's narrative section.
///
/// It prints on portrait A4 in two columns (labels, text) with every paragraph wrapped across both.
///
/// ```swift
/// XLSXTextSheet(name: "Overview", title: "GMG funding breakdown", items: [
///     .paragraph("How the activities of the GMG work plans are funded."),
///     .field("Data as of", "2015-02-12"),
///     .heading("Sheets"),
///     .link("By funding source", sheet: 2, description: "Activities and money by funding source"),
/// ])
/// ```
public struct XLSXTextSheet: Sendable, Hashable {
    /// One line or paragraph of the sheet.
    public enum Item: Sendable, Hashable {
        /// A bold heading.
        case heading(String)
        /// A wrapped paragraph.
        case paragraph(String)
        /// A list item, shown with a bullet.
        case bullet(String)
        /// A bold label and its value, formatted as a value of `kind` (a number stays a number).
        case field(String, Cell, kind: ColumnKind = .text)
        /// A link to another sheet of the workbook, given by its position in the rendered list,
        /// with a description beside it.
        case link(String, sheet: Int, description: String)
    }

    /// The name the sheet wishes for (made valid and unique).
    public var name: String
    /// The title in bold at the top.
    public var title: String
    public var items: [Item]

    /// Creates a text sheet.
    public init(name: String, title: String, items: [Item]) {
        self.name = name
        self.title = title
        self.items = items
    }
}

/// Writes an ``XLSXTextSheet`` and sets it up to print.
struct TextSheetWriter {
    let workbook: XLSXWorkbook
    let sheet: XLSXTextSheet
    let options: XLSXRenderer.Options
    /// The final names of the workbook's sheets, by position, for links.
    let sheetNames: [String]

    static let labelWidth = 26.0, textWidth = 74.0

    func write() throws {
        let target = try workbook.addSheet(named: sheet.name)
        try target.setColumn(0, width: TextSheetWriter.labelWidth)
        try target.setColumn(1, width: TextSheetWriter.textWidth)
        try target.write(text: sheet.title, row: 0, column: 0, format: workbook.format(.title))
        let paragraphs = ParagraphWriter(workbook: workbook, widths: [TextSheetWriter.labelWidth, TextSheetWriter.textWidth])
        let heading = try workbook.format(XLSXStyle(bold: true, fontSize: 12))
        let label = try workbook.format(XLSXStyle(bold: true, alignTop: true))
        let value = try workbook.format(XLSXStyle(wrap: true, alignTop: true))
        var blocks: [PagePlan.Block] = [.init(firstRow: 0, heights: [19])]
        var row = 2
        for item in sheet.items {
            var height = 15.0
            switch item {
            case .heading(let text):
                if row > 2 {
                    blocks.append(.init(firstRow: row, heights: [15]))
                    row += 1
                }
                try target.write(text: text, row: row, column: 0, format: heading)
                height = 17
                blocks.append(.init(firstRow: row, heights: []))
            case .paragraph(let text):
                height = try paragraphs.write(text, on: target, row: row, style: .paragraph)
            case .bullet(let text):
                height = try paragraphs.write("\u{2022} " + text, on: target, row: row, style: .paragraph)
            case .field(let name, let cell, let kind):
                var style = XLSXStyle.value(kind)
                style.wrap = true
                style.alignTop = true
                try target.write(text: name, row: row, column: 0, format: label)
                try target.write(cell, row: row, column: 1, format: workbook.format(style))
                if case .text(let text) = cell { height = try fit(text, on: target, row: row) }
            case .link(let text, let index, let description):
                if sheetNames.indices.contains(index) {
                    try target.writeLink(toSheet: sheetNames[index], text: text, row: row, column: 0,
                                         format: workbook.format(XLSXStyle(alignTop: true, color: 0x0563C1, underline: true)))
                } else {
                    try target.write(text: text, row: row, column: 0, format: label)
                }
                try target.write(text: description, row: row, column: 1, format: value)
                height = try fit(description, on: target, row: row)
            }
            blocks[blocks.count - 1] = .init(firstRow: blocks[blocks.count - 1].firstRow,
                                             heights: blocks[blocks.count - 1].heights + [height])
            row += 1
        }
        let plan = PagePlan(widths: [TextSheetWriter.labelWidth, TextSheetWriter.textWidth], blocks: blocks)
        let setup = plan.setup(lastRow: max(0, row - 1), lastColumn: 1, repeatRow: nil, header: options.runningHeader)
        try target.setPageSetup(setup)
    }

    /// The row height that shows `text` wrapped in the text column.
    private func fit(_ text: String, on target: XLSXSheet, row: Int) throws -> Double {
        let lines = XLSXTextFit.lines(text, width: TextSheetWriter.textWidth)
        let height = lines > 1 ? XLSXTextFit.rowHeight([(text, TextSheetWriter.textWidth)]) : 15
        if lines > 1, !workbook.options.constantMemory { try target.setRow(row, height: height) }
        return height
    }
}
