import CXlsxWriter

extension XLSXSheet {
    /// Merges the cells `firstColumn...lastColumn` of `row` into one holding `text` (a string,
    /// never a formula). One column is written as a plain cell, which Excel requires.
    /// Not available in `constant_memory` mode, where it writes `text` into the first cell only.
    public func merge(text: String, row: Int, firstColumn: Int, lastColumn: Int, format: XLSXFormat? = nil) throws {
        guard lastColumn > firstColumn, !workbook.options.constantMemory else {
            return try write(text: text, row: row, column: firstColumn, format: format)
        }
        let (r, c1) = try position(row, firstColumn)
        let (_, c2) = try position(row, lastColumn)
        try check(worksheet_merge_range(handle, r, c1, r, c2, "", format?.pointer), row, firstColumn)
        try write(text: text, row: row, column: firstColumn, format: format)
    }

    /// Writes `text` as a link to cell A1 of the sheet named `sheet` in the same workbook.
    public func writeLink(toSheet sheet: String, text: String, row: Int, column: Int, format: XLSXFormat? = nil) throws {
        let (r, c) = try position(row, column)
        let target = "internal:'" + sheet.replacingOccurrences(of: "'", with: "''") + "'!A1"
        let result = worksheet_write_url_opt(handle, r, c, target, format?.pointer, text, nil)
        try check(result, row, column)
    }
}
