import Foundation
import GMGTable

/// Writes one ``Table`` as a CSV file: a header row of column names, then the rows.
///
/// The format is ``CSVWriter``'s (RFC 4180, UTF-8, LF, formula-injection guard). CSV has no place
/// for a title, notes or totals, so the renderer writes only the header and data rows: a totals
/// row would be read as data by any program loading the file.
///
/// A CSV file holds exactly one table: ``render(_:to:)`` throws
/// ``RenderError/tableCount(format:expected:found:)`` for any other number.
public struct CSVRenderer: TableRenderer {
    /// BOM, money decimals and buffer size.
    public var options: CSVWriter.Options

    /// Creates a renderer.
    public init(options: CSVWriter.Options = CSVWriter.Options()) {
        self.options = options
    }

    /// Writes the single table in `tables` to `url`.
    public func render(_ tables: [Table], to url: URL) throws {
        guard tables.count == 1, let table = tables.first else {
            throw RenderError.tableCount(format: "CSV", expected: 1, found: tables.count)
        }
        try render(table, to: url)
    }

    /// Writes `table` to `url`.
    /// - Throws: ``RenderError`` naming the table, data row and column of a NaN or infinite
    ///   number, a row of the wrong width, or an I/O failure.
    public func render(_ table: Table, to url: URL) throws {
        try validateShape(of: table)
        let writer = try CSVWriter(url: url, kinds: table.columns.map(\.kind), options: options)
        try writer.writeRow(table.columns.map(\.name))
        var index = 0
        try table.forEachRow { row in  // streamed rows are replayed from their source, never held
            index += 1
            do {
                try writer.writeRow(row)
            } catch RenderError.nonFiniteNumber(_, _, let column) {
                let name = Int(column).map { table.columns[$0 - 1].name } ?? column
                throw RenderError.nonFiniteNumber(table: table.title, row: index, column: name)
            }
        }
        try writer.close()
    }
}
