import GMGTable

/// Where a table's parts go on its sheets (see ``XLSXRenderer`` for the layout).
struct TableLayout {
    /// The row of the column headers.
    let headerRow: Int
    /// The first row of the introduction paragraphs (under the title).
    let introductionRow: Int
    /// Data rows per sheet.
    let rowsPerPart: Int
    /// How many sheets the table takes.
    let parts: Int
    /// Notes written at the end (empty when notes are off).
    let notes: [String]
    let title: String?
    /// How many columns, from the first, are printed.
    let printedColumns: Int

    var firstDataRow: Int { headerRow + 1 }

    /// The note every sheet with an empty money cell carries.
    static let emptyMoneyNote = "An empty cell in a money column means that no amount is stated: it is not zero."

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
            guard chart.series.allSatisfy({ $0.values.count == chart.categories.count && $0.values.allSatisfy(\.isFinite) })
            else { throw invalid("chart \"\(chart.title)\" needs one finite value per category in every series") }
        }
        title = options.titles && !table.title.isEmpty ? table.title : nil
        var notes = options.notes ? table.notes : []
        let moneyColumns = table.columns.indices.filter { table.columns[$0].kind == .money }
        if options.notes, moneyColumns.contains(where: { table.hasEmpty(inColumn: $0) }) {
            notes.append(TableLayout.emptyMoneyNote)
        }
        self.notes = notes
        printedColumns = min(table.columns.count, max(1, sheet.printedColumns ?? table.columns.count))
        introductionRow = title == nil ? 0 : 2
        headerRow = introductionRow + (sheet.introduction.isEmpty ? 0 : sheet.introduction.count + 1)
        let trailer = (table.totals == nil ? 0 : 1) + (notes.isEmpty ? 0 : notes.count + 1)
        rowsPerPart = options.rowsPerSheet - (headerRow + 1) - trailer
        guard rowsPerPart > 0 else { throw invalid("title, header, totals and notes leave no room for rows") }
        parts = max(1, (table.rowCount + rowsPerPart - 1) / rowsPerPart)
        if parts > 1 && sheet.chart != nil {
            throw invalid("a chart needs all rows on one sheet, and \(table.rowCount) rows need \(parts) sheets")
        }
    }
}
