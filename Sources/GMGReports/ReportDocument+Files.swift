import Foundation
import GMGRender
import GMGTable
import GMGXLSX

extension ReportDocument {
    /// The workbook companion: an overview sheet, then one sheet per section in order. Sections
    /// with a table get a table sheet (its text above the table, readable column headers such as
    /// `cost_usd` → `Cost (USD)`, the chart below); text-only sections a sheet of running text, and
    /// key figures a sheet of labelled, typed values under their text.
    /// Every sheet prints on A4 with the report's title and data date at the top of each page.
    func writeWorkbook(to url: URL) throws {
        var contents: [XLSXRenderer.Content] = [.text(overviewSheet())]
        for section in sections { contents.append(ExcelCellFit.fitted(try content(for: section))) }
        let properties = XLSXWorkbook.Properties(
            title: title, subject: audience.isEmpty ? "GMG report" : "GMG report for \(audience)",
            keywords: ["GMG", "Global Migration Group", report.name], comments: countingRules.joined(separator: " "),
            created: date)
        let header = XLSXPageSetup.Running(left: title, right: dataDate.map { "Data as of \($0)" } ?? "Built \(date)")
        try XLSXRenderer(options: .init(properties: properties, runningHeader: header)).render(contents: contents, to: url)
    }

    /// The sheet name a section asks for.
    func sheetName(_ section: SectionResult) -> String { section.definition.sheet ?? section.definition.title }

    /// A section's sheet: running text for text sections, else its table with the text above it.
    private func content(for section: SectionResult) throws -> XLSXRenderer.Content {
        let definition = section.definition
        let limit = ReadingLimit.rows(for: definition, of: report)
        if definition.render == .text, section.table.rowCount > limit {
            // Too many rows to set out as running text: the sheet holds them all as a table.
            let (table, printed) = printable(section)
            let introduction = "The \(Plural.count(section.table.rowCount, definition.noun, definition.noun)) of this section, one per "
                + "row (documents meant for reading set out the first \(limit))."
            return .table(XLSXRenderer.Sheet(table, name: sheetName(section), chart: nil, introduction: [introduction],
                                             printedColumns: printed))
        }
        let text = try Templates.render(definition.text, context: context(for: section), escaping: .markdown, file: report.file,
                                        key: "sections.\(definition.id).text")
        if definition.render == .text || definition.render == .keyFigures {
            var items = PlainText.items(text)
            if definition.render == .keyFigures, let row = section.table.rows.first {
                // Key figures read down a page, each typed: a count stays a count, money money.
                items += zip(section.table.columns, row).map { column, cell in
                    .field(CellFormatting.label(column.name), cell, kind: column.kind)
                }
            }
            if items.isEmpty || (definition.render == .keyFigures && section.table.rows.isEmpty) {
                items.append(.paragraph(definition.emptyText))
            }
            return .text(XLSXTextSheet(name: sheetName(section), title: definition.title, items: items))
        }
        var introduction = PlainText.lines(text)
        if section.table.rows.isEmpty { introduction.append(definition.emptyText) }
        let (table, printed) = printable(section)
        return .table(XLSXRenderer.Sheet(table, name: sheetName(section), chart: section.chart?.chart,
                                         introduction: introduction, printedColumns: printed))
    }

    /// The section's table for a sheet: the `columns` of the definition first (those are printed),
    /// then the others; readable headers; the chart's note on left-out categories.
    private func printable(_ section: SectionResult) -> (Table, Int?) {
        var table = section.table
        if let built = section.chart, !built.omitted.isEmpty { table.notes.append(ChartNotes.omitted(built)) }
        let shown = section.definition.columns.compactMap { name in table.columns.firstIndex { $0.name == name } }
        var printed: Int?
        if !shown.isEmpty {
            let order = shown + table.columns.indices.filter { !shown.contains($0) }
            table.columns = order.map { table.columns[$0] }
            table.rows = table.rows.map { row in order.map { row[$0] } }
            table.streamed = table.streamed?.reordered(order)
            table.totals = table.totals.map { totals in
                Totals(label: totals.label, summedColumns: totals.summedColumns.compactMap { order.firstIndex(of: $0) })
            }
            printed = shown.count
        }
        table.columns = table.columns.map { Column(CellFormatting.label($0.name), $0.kind) }
        return (table, printed)
    }

    /// One CSV per section in `folder`; returns the written paths relative to `directory`.
    func writeCSV(into directory: URL, folder: String) throws -> [String] {
        let target = directory.appendingPathComponent(folder, isDirectory: true)
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        var files: [String] = []
        for section in sections where section.definition.render != .text {
            let name = "\(folder)/\(section.definition.id).csv"
            try writeExtract(of: section, into: directory, file: name)
            files.append(name)
        }
        return files
    }

    /// Writes every row of `section` as the CSV file `file` (a path relative to `directory`).
    func writeExtract(of section: SectionResult, into directory: URL, file: String) throws {
        let url = directory.appendingPathComponent(file)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try CSVRenderer(options: .init(byteOrderMark: true)).render(section.table, to: url)
    }
}
