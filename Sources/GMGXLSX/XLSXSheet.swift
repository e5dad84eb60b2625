import CXlsxWriter
import GMGTable

/// One worksheet of an ``XLSXWorkbook``, with typed writes that throw on the first failure.
///
/// Rows and columns are zero-based. Every write checks libxlsxwriter's result; a failure throws an
/// ``XLSXError`` naming this sheet and the cell, and poisons the workbook so it is never written.
/// Text is always written as a string cell, never as a formula, whatever it starts with.
///
/// The write functions are the fast path for large sheets: they allocate nothing (text goes to C
/// through `withCString`, which borrows a native string's bytes) and format nothing.
public struct XLSXSheet {
    /// The name the sheet got (valid and unique; maybe not the one asked for).
    public let name: String
    let workbook: XLSXWorkbook
    let handle: UnsafeMutablePointer<lxw_worksheet>

    init(workbook: XLSXWorkbook, handle: UnsafeMutablePointer<lxw_worksheet>, name: String) {
        self.workbook = workbook
        self.handle = handle
        self.name = name
    }

    /// Excel's last row index plus one: 1,048,576 rows.
    public static let rowLimit = 1_048_576
    /// Excel's last column index plus one: 16,384 columns.
    public static let columnLimit = 16_384

    /// Writes a cell: `.text` as a string (empty text writes nothing), `.integer` and `.number` as
    /// numbers, `.date` as a date serial number (give it a date format), `.null` as a blank cell
    /// when a format is given and nothing otherwise.
    ///
    /// Integers beyond ±2^53 lose precision: Excel stores every number as a `Double`.
    /// - Throws: ``XLSXError`` naming this sheet and the cell.
    public func write(_ cell: Cell, row: Int, column: Int, format: XLSXFormat? = nil) throws {
        switch cell {
        case .null: try writeBlank(row: row, column: column, format: format)
        case .text(let text): try write(text: text, row: row, column: column, format: format)
        case .integer(let value): try write(number: Double(value), row: row, column: column, format: format)
        case .number(let value): try write(number: value, row: row, column: column, format: format)
        case .date(let date): try write(date: date, row: row, column: column, format: format)
        }
    }

    /// Writes `cells` across one row from `column`, the i-th with `formats[i]` when there is one.
    public func writeRow(_ cells: [Cell], row: Int, column: Int = 0, formats: [XLSXFormat?] = []) throws {
        for (offset, cell) in cells.enumerated() {
            try write(cell, row: row, column: column + offset, format: offset < formats.count ? formats[offset] : nil)
        }
    }

    /// Writes `text` as a string cell (never a formula, even when it starts with `=`).
    public func write(text: String, row: Int, column: Int, format: XLSXFormat? = nil) throws {
        let (r, c) = try position(row, column)
        let result = text.withCString { worksheet_write_string(handle, r, c, $0, format?.pointer) }
        try check(result, row, column)
    }

    /// Writes a number; NaN and infinities throw (Excel cannot store them).
    public func write(number: Double, row: Int, column: Int, format: XLSXFormat? = nil) throws {
        guard number.isFinite else { throw fail(.nonFiniteNumber, row, column) }
        let (r, c) = try position(row, column)
        try check(worksheet_write_number(handle, r, c, number, format?.pointer), row, column)
    }

    /// Writes a date as Excel's serial number; years must be 1900 to 9999.
    public func write(date: CalendarDate, row: Int, column: Int, format: XLSXFormat? = nil) throws {
        guard (1900...9999).contains(date.year) else { throw fail(.dateOutOfRange, row, column) }
        let (r, c) = try position(row, column)
        var value = lxw_datetime(year: Int32(date.year), month: Int32(date.month), day: Int32(date.day),
                                 hour: 0, min: 0, sec: 0)
        try check(worksheet_write_datetime(handle, r, c, &value, format?.pointer), row, column)
    }

    /// Writes a blank cell with `format` (without a format there is nothing to write).
    public func writeBlank(row: Int, column: Int, format: XLSXFormat? = nil) throws {
        let (r, c) = try position(row, column)
        try check(worksheet_write_blank(handle, r, c, format?.pointer), row, column)
    }

    /// Writes a formula with its cached result, which readers that do not recalculate show.
    /// - Parameter formula: Excel syntax without the leading `=` being required (`SUM(B3:B9)`).
    public func write(formula: String, cachedValue: Double, row: Int, column: Int,
                      format: XLSXFormat? = nil) throws {
        guard cachedValue.isFinite else { throw fail(.nonFiniteNumber, row, column) }
        let (r, c) = try position(row, column)
        let result = formula.withCString { worksheet_write_formula_num(handle, r, c, $0, format?.pointer, cachedValue) }
        try check(result, row, column)
    }

    /// Sets the width of `column` in characters of the default font.
    public func setColumn(_ column: Int, width: Double, format: XLSXFormat? = nil) throws {
        let (_, c) = try position(0, column)
        try check(worksheet_set_column(handle, c, c, width, format?.pointer), 0, column)
    }

    /// Keeps the rows above `row` and the columns left of `column` in view while scrolling.
    public func freezePanes(row: Int, column: Int = 0) throws {
        let (r, c) = try position(row, column)
        worksheet_freeze_panes(handle, r, c)
    }

    /// Puts filter buttons on `firstRow` over the columns, filtering rows down to `lastRow`.
    public func autofilter(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) throws {
        let (r1, c1) = try position(firstRow, firstColumn)
        let (r2, c2) = try position(lastRow, lastColumn)
        try check(worksheet_autofilter(handle, r1, c1, r2, c2), firstRow, firstColumn)
    }

    /// Checks the workbook is writable and the position is in Excel's grid.
    func position(_ row: Int, _ column: Int) throws -> (lxw_row_t, lxw_col_t) {
        if !workbook.isWritable { _ = try workbook.openHandle() }
        guard row >= 0, row < XLSXSheet.rowLimit, column >= 0, column < XLSXSheet.columnLimit else {
            let code = Int32(bitPattern: LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE.rawValue)
            throw fail(.library(code: code), max(row, 0), max(column, 0))
        }
        return (lxw_row_t(row), lxw_col_t(column))
    }

    /// Throws the library's error, if any, for the cell.
    func check(_ result: lxw_error, _ row: Int, _ column: Int) throws {
        guard result != LXW_NO_ERROR else { return }
        throw fail(.library(code: Int32(bitPattern: result.rawValue)), row, column)
    }

    /// Records and returns an error at the cell.
    func fail(_ reason: XLSXError.Reason, _ row: Int, _ column: Int) -> XLSXError {
        workbook.record(XLSXError(sheet: name, row: row, column: column, reason: reason))
    }
}
