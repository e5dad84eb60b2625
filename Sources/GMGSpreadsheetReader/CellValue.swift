/// What a cell holds, as the file stores it.
public enum CellValue: Sendable, Hashable {
    /// Text: a shared or inline string (rich text runs joined), or a formula's text result.
    case text(String)
    /// A number not formatted as a date (a number typed as text stays ``text(_:)``).
    case number(Double)
    /// A number formatted as a date or time, converted with the workbook's date system, or an
    /// ISO 8601 date cell.
    case date(SpreadsheetDate)
    /// TRUE or FALSE.
    case boolean(Bool)
    /// An error value such as `#N/A`.
    case error(String)
}

/// A cell with a value (cells without one are not listed).
public struct SheetCell: Sendable, Hashable {
    /// Where the cell is.
    public var reference: CellReference
    /// Its value.
    public var value: CellValue
    /// The number format code of its style, when it has one other than General.
    public var numberFormat: String?
}

/// A row that has at least one cell with a value.
public struct SheetRow: Sendable, Hashable {
    /// The row number, from 1.
    public var number: Int
    /// Its cells with values, by column.
    public var cells: [SheetCell]

    /// The cell in `column` (1-based), if it has a value.
    public subscript(column: Int) -> SheetCell? { cells.first { $0.reference.column == column } }
}

/// The cells of one sheet; empty rows (trailing or not) are left out.
public struct Worksheet: Sendable, Hashable {
    /// The sheet's name as the workbook lists it.
    public var name: String
    /// The rows with values, in order.
    public var rows: [SheetRow]

    /// The cell at `reference`, if it has a value.
    public subscript(reference: CellReference) -> SheetCell? {
        rows.first { $0.number == reference.row }?[reference.column]
    }
}
