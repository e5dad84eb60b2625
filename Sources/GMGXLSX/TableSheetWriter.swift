import GMGTable

/// Where a table's parts go on its sheets (see ``XLSXRenderer`` for the layout).
struct TableLayout {
    /// The row of the column headers (0, or 2 under a title).
    let headerRow: Int
    /// Data rows per sheet.
    let rowsPerPart: Int
    /// How many sheets the table takes.
    let parts: Int
    /// Notes written at the end (empty when notes are off).
    let notes: [String]
    let title: String?

    var firstDataRow: Int { headerRow + 1 }

    /// Checks `sheet` against the layout's rules and places it.
    /// - Throws: ``XLSXError`` with reason ``XLSXError/Reason/invalidTable(_:)`` naming the sheet.
    init(sheet: XLSXRenderer.Sheet, options: XLSXRenderer.Options) throws {
        let table = sheet.table
        let name = sheet.name ?? table.title
        func invalid(_ why: String) -> XLSXError { XLSXError(sheet: name, reason: .invalidTable(why)) }
        guard !table.columns.isEmpty else { throw invalid("table has no columns") }
        guard table.columns.count <= XLSXSheet.columnLimit else { throw invalid("table has more columns than Excel") }
        for (index, row) in table.rows.enumerated() where row.count != table.columns.count {
            throw invalid("row \(index + 1) has \(row.count) cells for \(table.columns.count) columns")
        }
        if let totals = table.totals, let bad = totals.summedColumns.first(where: { !table.columns.indices.contains($0) }) {
            throw invalid("totals sum column \(bad), which does not exist")
        }
        if let chart = sheet.chart {
            guard table.columns.indices.contains(chart.labelColumn), table.columns.indices.contains(chart.valueColumn),
                  [.integer, .money, .percentage].contains(table.columns[chart.valueColumn].kind)
            else { throw invalid("chart needs an existing label column and a numeric value column") }
        }
        title = options.titles && !table.title.isEmpty ? table.title : nil
        notes = options.notes ? table.notes : []
        headerRow = title == nil ? 0 : 2
        let trailer = (table.totals == nil ? 0 : 1) + (notes.isEmpty ? 0 : notes.count + 1)
        rowsPerPart = options.rowsPerSheet - (headerRow + 1) - trailer
        guard rowsPerPart > 0 else { throw invalid("title, header, totals and notes leave no room for rows") }
        parts = max(1, (table.rows.count + rowsPerPart - 1) / rowsPerPart)
        if parts > 1 && sheet.chart != nil {
            throw invalid("a chart needs all rows on one sheet, and \(table.rows.count) rows need \(parts) sheets")
        }
    }
}

/// Writes one table onto its sheet(s) in row order, so it works in `constant_memory` mode.
struct TableSheetWriter {
    let workbook: XLSXWorkbook
    let sheet: XLSXRenderer.Sheet
    let layout: TableLayout

    private var table: Table { sheet.table }

    func write() throws {
        let widths = ColumnWidths.fitted(table)
        let formats = try table.columns.map { column -> XLSXFormat? in
            let style = XLSXStyle.value(column.kind)
            return style == XLSXStyle() ? nil : try workbook.format(style)
        }
        let header = try workbook.format(.header)
        let allRows = table.rows
        var parts: [(sheet: XLSXSheet, rows: Range<Int>)] = []
        for part in 0..<layout.parts {
            let target = try workbook.addSheet(named: sheet.name ?? table.title)
            let start = part * layout.rowsPerPart
            let rows = start..<min(allRows.count, start + layout.rowsPerPart)
            parts.append((target, rows))
            for (column, width) in widths.enumerated() { try target.setColumn(column, width: width) }
            if let title = layout.title { try target.write(text: title, row: 0, column: 0, format: workbook.format(.title)) }
            for (column, item) in table.columns.enumerated() {
                try target.write(text: item.name, row: layout.headerRow, column: column, format: header)
            }
            var row = layout.firstDataRow
            for index in rows {
                let cells = allRows[index]
                for column in cells.indices {
                    try target.write(cells[column], row: row, column: column, format: formats[column])
                }
                row += 1
            }
            try target.freezePanes(row: layout.firstDataRow)
            try target.autofilter(firstRow: layout.headerRow, firstColumn: 0,
                                  lastRow: layout.headerRow + rows.count, lastColumn: table.columns.count - 1)
        }
        guard let last = parts.last else { return }
        var row = layout.firstDataRow + last.rows.count
        if let totals = table.totals {
            try writeTotals(totals, parts: parts, row: row)
            row += 1
        }
        if !layout.notes.isEmpty {
            let format = try workbook.format(.note)
            for (offset, note) in layout.notes.enumerated() {
                try last.sheet.write(text: note, row: row + 1 + offset, column: 0, format: format)
            }
        }
        if let chart = sheet.chart, !table.rows.isEmpty {
            try last.sheet.insert(chart, rows: layout.firstDataRow...(layout.firstDataRow + table.rows.count - 1),
                                  labelColumn: chart.labelColumn, valueColumn: chart.valueColumn,
                                  seriesName: table.columns[chart.valueColumn].name,
                                  row: layout.headerRow, column: table.columns.count + 1)
        }
    }

    /// The totals row on the last part: `SUM` over every part's rows, with the cached sum.
    private func writeTotals(_ totals: Totals, parts: [(sheet: XLSXSheet, rows: Range<Int>)], row: Int) throws {
        let target = parts[parts.count - 1].sheet
        if !totals.summedColumns.contains(0) {
            try target.write(text: totals.label, row: row, column: 0, format: workbook.format(XLSXStyle(bold: true)))
        }
        for column in totals.summedColumns {
            let format = try workbook.format(.value(table.columns[column].kind, bold: true))
            let sum = table.sum(ofColumn: column)
            let ranges = parts.filter { !$0.rows.isEmpty }.map { part -> String in
                let first = XLSXError.reference(row: layout.firstDataRow, column: column)
                let last = XLSXError.reference(row: layout.firstDataRow + part.rows.count - 1, column: column)
                return parts.count == 1 ? "\(first):\(last)" : "\(quoted(part.sheet.name))!\(first):\(last)"
            }
            if ranges.isEmpty {
                try target.write(number: sum, row: row, column: column, format: format)
            } else {
                try target.write(formula: "SUM(\(ranges.joined(separator: ",")))", cachedValue: sum,
                                 row: row, column: column, format: format)
            }
        }
    }

    /// A sheet name as a formula reference: `'By agency'` (apostrophes doubled).
    private func quoted(_ name: String) -> String {
        "'" + String(name.flatMap { $0 == "'" ? ["'", "'"] : [$0] }) + "'"
    }
}
