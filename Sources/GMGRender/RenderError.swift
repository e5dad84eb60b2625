#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a text renderer (CSV, Markdown, Mermaid) refused its input or could not write.
///
/// Messages name the table, row (1-based, data rows only) and column, never the cell's value.
public enum RenderError: Error, Equatable, CustomStringConvertible {
    /// A number was NaN or infinite: no report can show it.
    case nonFiniteNumber(table: String, row: Int, column: String)
    /// A row does not have one cell per column.
    case rowWidth(table: String, row: Int, expected: Int, found: Int)
    /// A totals row names a column the table does not have.
    case totalsColumn(table: String, column: Int)
    /// The format holds a fixed number of tables per file (CSV: one).
    case tableCount(format: String, expected: Int, found: Int)
    /// A chart was given a value it cannot draw (negative pie slice, mismatched lengths...).
    case invalidChart(String)
    /// Opening, writing or closing the output file failed.
    case io(path: String, operation: String, errno: Int32)
    /// The writer was used after `close()`.
    case closed(path: String)

    public var description: String {
        switch self {
        case let .nonFiniteNumber(table, row, column):
            return "table \"\(table)\" row \(row) column \"\(column)\": number is NaN or infinite"
        case let .rowWidth(table, row, expected, found):
            return "table \"\(table)\" row \(row): \(found) cells for \(expected) columns"
        case let .totalsColumn(table, column):
            return "table \"\(table)\": totals sum column \(column), which does not exist"
        case let .tableCount(format, expected, found):
            return "\(format) holds \(expected) table(s) per file, not \(found)"
        case let .invalidChart(reason):
            return "chart: \(reason)"
        case let .io(path, operation, code):
            return "cannot \(operation) \(path): \(String(cString: strerror(code)))"
        case let .closed(path):
            return "\(path): written after close"
        }
    }
}
