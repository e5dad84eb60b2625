import Foundation
import GMGTable

/// Writes tables as a workbook, one sheet per table (more when a table passes Excel's row limit).
///
/// Every sheet has the same layout, whatever its size:
/// - the table's title in bold in A1 and a blank row (when ``Options/titles`` is on and the title
///   is not empty), then a bold header row on a fill, frozen so it stays in view;
/// - the rows, typed by column kind (money `#,##0`, percentages `0.0%`, dates `yyyy-mm-dd`,
///   integers General, text always as strings, never formulas);
/// - an autofilter over the header and the rows;
/// - the totals row, if any: the label in bold, then `SUM` formulas written with their cached
///   values, so Excel users can audit them and readers that do not recalculate still see the
///   numbers. It sits below the filtered range, so filtering never hides it (a table without
///   rows gets plain zeros);
/// - after a blank row, the notes in italics, one per row (when ``Options/notes`` is on);
/// - column widths fitted to the content, and the chart of ``Sheet/chart`` right of the table.
///
/// The layout uses an autofilter rather than an Excel table on every sheet, because tables are
/// refused in `constant_memory` mode: one layout means a sheet looks the same at 10 rows and at
/// 1,000,000, and the totals row stays an ordinary, auditable `SUM`.
///
/// A table with more rows than fit on a sheet **continues on further sheets** named like
/// `Activities (2)`, each with the title and header repeated; the totals (summing across all the
/// parts) and notes come at the end of the last one. A chart needs all its rows on one sheet: a
/// table that is split and has a chart is an error.
///
/// The same tables and options always give byte-identical files: the created date comes from
/// ``XLSXWorkbook/Properties/created``, and nothing else in the file depends on the clock.
public struct XLSXRenderer: TableRenderer {
    /// One sheet to write: a table, the name it wishes for, and an optional chart.
    public struct Sheet: Sendable, Hashable {
        /// The table to write.
        public var table: Table
        /// The sheet's name before it is made valid and unique; nil uses the table's title.
        public var name: String?
        /// A chart of one value column against a label column of the table.
        public var chart: XLSXChart?

        /// Creates a sheet description.
        public init(_ table: Table, name: String? = nil, chart: XLSXChart? = nil) {
            self.table = table
            self.name = name
            self.chart = chart
        }
    }

    /// Workbook-wide settings.
    public struct Options: Sendable, Hashable {
        /// Document properties, including the fixed created date.
        public var properties: XLSXWorkbook.Properties
        /// `constant_memory` on or off; nil turns it on when a table has more rows than
        /// ``constantMemoryThreshold``.
        public var constantMemory: Bool?
        /// The row count above which nil ``constantMemory`` turns on (default 50,000).
        public var constantMemoryThreshold: Int
        /// A directory for libxlsxwriter's temporary files (default: the system's).
        public var tmpdir: String?
        /// Write each table's title above it.
        public var titles: Bool
        /// Write each table's notes below it.
        public var notes: Bool
        /// The rows a sheet may hold: Excel's 1,048,576 unless lowered (tests use small values).
        public var rowsPerSheet: Int

        /// Creates options.
        public init(properties: XLSXWorkbook.Properties, constantMemory: Bool? = nil,
                    constantMemoryThreshold: Int = 50_000, tmpdir: String? = nil, titles: Bool = true,
                    notes: Bool = true, rowsPerSheet: Int = XLSXSheet.rowLimit) {
            self.properties = properties
            self.constantMemory = constantMemory
            self.constantMemoryThreshold = constantMemoryThreshold
            self.tmpdir = tmpdir
            self.titles = titles
            self.notes = notes
            self.rowsPerSheet = min(XLSXSheet.rowLimit, rowsPerSheet)
        }
    }

    /// Workbook-wide settings.
    public var options: Options

    /// Creates a renderer.
    public init(options: Options) {
        self.options = options
    }

    /// Writes one sheet per table, named after the tables' titles, without charts.
    public func render(_ tables: [Table], to url: URL) throws {
        try render(sheets: tables.map { Sheet($0) }, to: url)
    }

    /// Writes `sheets` in order to the workbook at `url`.
    /// - Throws: ``XLSXError`` naming the sheet and cell of the first failure; nothing is written then.
    public func render(sheets: [Sheet], to url: URL) throws {
        let largest = sheets.map(\.table.rows.count).max() ?? 0
        let constantMemory = options.constantMemory ?? (largest > options.constantMemoryThreshold)
        let workbook = try XLSXWorkbook(
            url: url,
            options: XLSXWorkbook.Options(constantMemory: constantMemory, tmpdir: options.tmpdir),
            properties: options.properties)
        for sheet in sheets {
            let layout = try TableLayout(sheet: sheet, options: options)
            try TableSheetWriter(workbook: workbook, sheet: sheet, layout: layout).write()
        }
        try workbook.close()
    }
}
