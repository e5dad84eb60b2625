import GMGData
import GMGTable
import GMGXLSX

/// Streams the activities onto the workbook's `Activities` sheet in input order, continuing on
/// `Activities (2)`, `Activities (3)`... when a sheet is full; each sheet starts with the header.
///
/// `year` and `estimated_cost_usd` are numbers (an empty cost stays a blank cell); every other
/// field is a string cell straight from the scanner's buffer, never a formula.
final class ActivitySheets {
    /// The sheet name; continuation sheets get ` (2)`, ` (3)`...
    static let name = "Activities"

    private let workbook: XLSXWorkbook
    private let rowsPerSheet: Int
    private var sheet: XLSXSheet?
    private var row = 0
    /// The names of the sheets written so far.
    private(set) var names: [String] = []

    /// - Parameter rowsPerSheet: rows per sheet including the header (Excel's 1,048,576 unless a
    ///   test lowers it); at least 2.
    init(workbook: XLSXWorkbook, rowsPerSheet: Int = XLSXSheet.rowLimit) {
        self.workbook = workbook
        self.rowsPerSheet = max(2, min(rowsPerSheet, XLSXSheet.rowLimit))
    }

    /// Appends one checked data row.
    func append(_ checked: InterchangeRow) throws {
        let sheet = try current()
        let record = checked.record
        for column in 0..<record.count {
            switch column {
            case InterchangeFormat.Column.year:
                try sheet.write(number: Double(checked.year), row: row, column: column)
            case InterchangeFormat.Column.cost:
                if let cost = checked.cost { try sheet.write(number: cost, row: row, column: column) }
            default:
                if !record.isEmpty(column) { try sheet.write(cString: record.cString(column), row: row, column: column) }
            }
        }
        row += 1
    }

    /// Makes sure the first sheet exists, so an input without rows still gets its header.
    func finish() throws {
        _ = try current()
    }

    /// The sheet the next row goes to, starting a new one (with the header) when full.
    private func current() throws -> XLSXSheet {
        if let sheet, row < rowsPerSheet { return sheet }
        let next = try workbook.addSheet(named: Self.name)
        for (column, title) in InterchangeFormat.header.enumerated() {
            try next.write(text: title, row: 0, column: column)
        }
        names.append(next.name)
        sheet = next
        row = 1
        return next
    }
}

extension XLSXWorkbook {
    /// Adds a sheet holding `table`: a header row of the column names, then the rows (money as
    /// unrounded numbers, text as strings), with the library's default formatting.
    func addSheet(named name: String, table: Table) throws {
        let sheet = try addSheet(named: name)
        for (column, item) in table.columns.enumerated() {
            try sheet.write(text: item.name, row: 0, column: column)
        }
        for (index, cells) in table.rows.enumerated() {
            try sheet.writeRow(cells, row: index + 1)
        }
    }
}
