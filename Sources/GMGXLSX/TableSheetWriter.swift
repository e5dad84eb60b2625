import GMGTable

/// Writes one table onto its sheet(s) in row order, so it works in `constant_memory` mode, and sets
/// up each sheet to print (see ``XLSXRenderer`` for the layout).
struct TableSheetWriter {
    let workbook: XLSXWorkbook
    let sheet: XLSXRenderer.Sheet
    let layout: TableLayout
    let options: XLSXRenderer.Options
    /// Names already given to tables and defined names in this workbook.
    let tableNames: XLSXTableNames

    private var table: Table { sheet.table }

    /// One sheet of the table: where it is, which rows of the table it holds, how tall its rows are.
    private struct Part {
        let sheet: XLSXSheet
        let rows: Range<Int>
        var blocks: [PagePlan.Block] = []
        /// The chart's width in pixels, when the part has the chart.
        var chartWidth: Int?
    }

    /// Writes the sheets; returns the table names taken, for the next sheet's writer.
    func write() throws -> XLSXTableNames {
        var names = tableNames
        let widths = ColumnWidths.printable(table, printedColumns: layout.printedColumns)
        let wrapped = Set(widths.wrapped)
        let formats = try table.columns.indices.map { column -> XLSXFormat? in
            var style = XLSXStyle.value(table.columns[column].kind)
            style.wrap = wrapped.contains(column)
            style.alignTop = !wrapped.isEmpty
            return style == XLSXStyle() ? nil : try workbook.format(style)
        }
        let paragraphs = ParagraphWriter(workbook: workbook, widths: Array(widths.widths.prefix(layout.printedColumns)))
        var parts: [Part] = []
        for index in 0..<layout.parts {
            let target = try workbook.addSheet(named: sheet.name ?? table.title)
            let start = index * layout.rowsPerPart
            var part = Part(sheet: target, rows: start..<min(table.rowCount, start + layout.rowsPerPart))
            for (column, width) in widths.widths.enumerated() { try target.setColumn(column, width: width) }
            var heading: [Double] = []
            if let title = layout.title {
                try target.write(text: title, row: 0, column: 0, format: workbook.format(.title))
                heading += [19, 15]
            }
            for (offset, text) in sheet.introduction.enumerated() {
                heading.append(try paragraphs.write(text, on: target, row: layout.introductionRow + offset, style: .paragraph))
            }
            if !sheet.introduction.isEmpty { heading.append(15) }
            if !heading.isEmpty { part.blocks.append(.init(firstRow: 0, heights: heading)) }
            part.blocks.append(.init(firstRow: layout.headerRow, heights: try writeRows(of: part, formats: formats, widths: widths.widths,
                                                                                     wrapped: widths.wrapped)))
            try finishTable(part, names: &names, headerFormats: table.columns.map { try workbook.format(.header(for: $0.kind)) })
            parts.append(part)
        }
        let ranges = parts.map { ($0.sheet, $0.rows) }
        try writeTrailer(&parts[parts.count - 1], all: ranges, widths: widths.widths, paragraphs: paragraphs)
        for part in parts { try setUpPrinting(part, widths: widths.widths) }
        return names
    }

    /// The header and the rows of `part`; returns their estimated heights in points.
    private func writeRows(of part: Part, formats: [XLSXFormat?], widths: [Double], wrapped: [Int]) throws -> [Double] {
        var heights = [try fitRow(layout.headerRow, of: part, to: table.columns.map { .text($0.name) }, widths: widths,
                                  wrapped: Array(0..<layout.printedColumns))]
        for (column, item) in table.columns.enumerated() {
            try part.sheet.write(text: item.name, row: layout.headerRow, column: column, format: workbook.format(.header(for: item.kind)))
        }
        var row = layout.firstDataRow
        try forEachRow(of: part) { cells in
            heights.append(try fitRow(row, of: part, to: cells, widths: widths, wrapped: wrapped))
            // An empty cell is left unwritten: the values' formats have no fill or border, so a
            // formatted blank would look the same and only add to the file (an eighth of a large sheet).
            for column in cells.indices where cells[column] != .null {
                try part.sheet.write(cells[column], row: row, column: column, format: formats[column])
            }
            row += 1
        }
        if table.totals != nil, part.rows.upperBound == table.rowCount { heights.append(15) }
        return heights
    }

    /// Calls `body` with the rows of `part`, in order: held rows by index; streamed rows replayed
    /// from their source, skipping those of other parts (a table takes more than one sheet only
    /// past Excel's 1,048,576 rows).
    private func forEachRow(of part: Part, _ body: ([Cell]) throws -> Void) throws {
        guard let streamed = table.streamed else {
            for index in part.rows { try body(table.rows[index]) }
            return
        }
        var index = 0
        try streamed.forEach { cells in
            defer { index += 1 }
            if part.rows.contains(index) { try body(cells) }
        }
    }

    /// Gives `row` the height of its tallest wrapped cell (15 points a line; neither Excel nor
    /// LibreOffice grows rows by itself on opening) and returns it. Call it before writing the row.
    private func fitRow(_ row: Int, of part: Part, to cells: [Cell], widths: [Double], wrapped: [Int]) throws -> Double {
        var lines = 1
        for column in wrapped {
            if case .text(let text) = cells[column] { lines = max(lines, XLSXTextFit.lines(text, width: widths[column])) }
        }
        guard lines > 1 else { return 15 }
        let height = XLSXTextFit.rowHeight(lines: lines)
        try part.sheet.setRow(row, height: height)
        return height
    }

    /// An Excel table over the header and rows (a defined name in `constant_memory` mode, or just
    /// filter buttons without rows), and the frozen header.
    private func finishTable(_ part: Part, names: inout XLSXTableNames, headerFormats: [XLSXFormat]) throws {
        let lastRow = layout.headerRow + part.rows.count, lastColumn = table.columns.count - 1
        try part.sheet.freezePanes(row: layout.firstDataRow)
        if part.rows.isEmpty || workbook.options.constantMemory {
            try part.sheet.autofilter(firstRow: layout.headerRow, firstColumn: 0, lastRow: lastRow, lastColumn: lastColumn)
        }
        guard !part.rows.isEmpty else { return }
        let name = names.unique(part.sheet.name)
        if workbook.options.constantMemory {
            try part.sheet.defineName(name, headerRow: layout.headerRow, lastRow: lastRow, lastColumn: lastColumn)
        } else {
            try part.sheet.addTable(named: name, headers: TableHeaders.unique(table.columns.map(\.name)),
                                    headerRow: layout.headerRow, lastRow: lastRow, headerFormats: headerFormats)
        }
    }

    /// Totals, notes and the chart, on the last part.
    private func writeTrailer(_ last: inout Part, all parts: [(sheet: XLSXSheet, rows: Range<Int>)], widths: [Double],
                              paragraphs: ParagraphWriter) throws {
        var row = layout.firstDataRow + last.rows.count
        if let totals = table.totals {
            try TotalsWriter(workbook: workbook, table: table, firstDataRow: layout.firstDataRow)
                .write(totals, on: last.sheet, parts: parts, row: row)
            row += 1
        }
        if !layout.notes.isEmpty {
            var heights: [Double] = [15]
            for (offset, note) in layout.notes.enumerated() {
                heights.append(try paragraphs.write(note, on: last.sheet, row: row + 1 + offset, style: .note))
            }
            last.blocks.append(.init(firstRow: row, heights: heights))
            row += 1 + layout.notes.count
        }
        guard let chart = sheet.chart, !chart.categories.isEmpty, !chart.series.isEmpty else { return }
        let block = XLSXChartBlock(chart: chart)
        let size = block.size(tableWidth: widths.prefix(layout.printedColumns).reduce(0) { $0 + Int($1 * 7 + 5) })
        let chartRows = (size.height + 19) / 20
        let chartRow = row + 1
        try block.writeData(on: last.sheet, row: chartRow + chartRows + 1, column: 0, workbook: workbook)
        try block.insert(on: last.sheet, dataRow: chartRow + chartRows + 1, dataColumn: 0, row: chartRow, column: 0, size: size)
        last.blocks.append(.init(firstRow: row, heights: Array(repeating: 15, count: chartRows + 1)))
        last.chartWidth = size.width
    }

    /// Print area, orientation, scale, repeated header, breaks, running header and footer.
    private func setUpPrinting(_ part: Part, widths: [Double]) throws {
        var lastColumn = layout.printedColumns - 1
        if let chartWidth = part.chartWidth {
            var covered = 0
            var column = 0
            while true {
                covered += Int((column < widths.count ? widths[column] : 8.43) * 7 + 5)
                if covered >= chartWidth { break }
                column += 1
            }
            lastColumn = max(lastColumn, column)
        }
        let printedWidths = (0...lastColumn).map { $0 < widths.count ? widths[$0] : 8.43 }
        let plan = PagePlan(widths: printedWidths, blocks: part.blocks, repeated: part.blocks.first { $0.firstRow == layout.headerRow }?.heights.first ?? 15)
        let lastRow = part.blocks.last.map { $0.firstRow + $0.heights.count - 1 } ?? layout.headerRow
        let setup = plan.setup(lastRow: lastRow, lastColumn: lastColumn, repeatRow: layout.headerRow, header: options.runningHeader)
        try part.sheet.setPageSetup(setup)
    }
}
