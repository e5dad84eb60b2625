import Foundation
import GMGTable

/// Writes tables as a workbook, one sheet per table (more when a table passes Excel's row limit),
/// and text sheets (``XLSXTextSheet``) among them.
///
/// Every table sheet has the same layout, whatever its size:
/// - the table's title in bold in A1 and a blank row (when ``Options/titles`` is on and the title
///   is not empty), then the sheet's introduction paragraphs, then a bold header row on a fill,
///   frozen so it stays in view;
/// - the rows, typed by column kind (money `#,##0`, percentages `0.0%`, dates `yyyy-mm-dd`,
///   integers and years General, text always as strings, never formulas); an empty money cell is
///   "not stated" and a note says so;
/// - an Excel table over the header and the rows, named after the sheet, or in `constant_memory`
///   mode (which refuses tables) an autofilter and a defined name of the same range;
/// - the totals row, if any: the label in bold, then `SUM` formulas written with their cached
///   values, so Excel users can audit them and readers that do not recalculate still see the
///   numbers. It sits below the table, so filtering never hides it (a table without rows gets
///   plain zeros; a money column with nothing stated gets no total);
/// - after a blank row, the notes in italics, wrapped across the printed width (when
///   ``Options/notes`` is on);
/// - column widths fitted to the content and narrowed to print, long text wrapped;
/// - the chart of ``Sheet/chart``, if any, below the notes, and under it the block of cells it
///   plots (see ``Chart``: at most the categories it keeps, "Other" summed), so it can be audited;
/// - the print setup of ``XLSXPageSetup``: A4, orientation by width, one page wide, the header row
///   on every page, ``Options/runningHeader`` and a footer with the sheet's name and page number,
///   the print area (``Sheet/printedColumns``, the notes and the chart, not the chart's data).
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
        /// A chart drawn below the table (and the notes), over a block of its data written under it.
        public var chart: Chart?
        /// Paragraphs written under the title, before the table.
        public var introduction: [String]
        /// How many columns, from the first, are printed (nil: all). The others stay on the sheet
        /// for filtering and pivots but out of the print area.
        public var printedColumns: Int?

        /// Creates a sheet description.
        public init(_ table: Table, name: String? = nil, chart: Chart? = nil, introduction: [String] = [],
                    printedColumns: Int? = nil) {
            self.table = table
            self.name = name
            self.chart = chart
            self.introduction = introduction
            self.printedColumns = printedColumns
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
        /// The header printed on every page (default: the document title at the left).
        public var runningHeader: XLSXPageSetup.Running

        /// Creates options.
        public init(properties: XLSXWorkbook.Properties, constantMemory: Bool? = nil,
                    constantMemoryThreshold: Int = 50_000, tmpdir: String? = nil, titles: Bool = true,
                    notes: Bool = true, rowsPerSheet: Int = XLSXSheet.rowLimit, runningHeader: XLSXPageSetup.Running? = nil) {
            self.properties = properties
            self.constantMemory = constantMemory
            self.constantMemoryThreshold = constantMemoryThreshold
            self.tmpdir = tmpdir
            self.titles = titles
            self.notes = notes
            self.rowsPerSheet = min(XLSXSheet.rowLimit, rowsPerSheet)
            self.runningHeader = runningHeader ?? XLSXPageSetup.Running(left: properties.title)
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
        try render(contents: sheets.map { .table($0) }, to: url)
    }

    /// What a sheet holds: a table (with its chart), or running text.
    public enum Content: Sendable, Hashable {
        case table(Sheet)
        case text(XLSXTextSheet)
    }

    /// Writes `contents` in order to the workbook at `url`; a text sheet's links point at the
    /// contents by position. Every table is checked before anything is written.
    /// - Throws: ``XLSXError`` naming the sheet and cell of the first failure; nothing is written then.
    public func render(contents: [Content], to url: URL) throws {
        let tables = contents.compactMap { content -> Sheet? in
            if case .table(let sheet) = content { return sheet }
            return nil
        }
        let largest = tables.map(\.table.rowCount).max() ?? 0
        let constantMemory = options.constantMemory ?? (largest > options.constantMemoryThreshold)
        let layouts = try contents.map { content -> TableLayout? in
            guard case .table(let sheet) = content else { return nil }
            return try TableLayout(sheet: sheet, options: options)
        }
        // The names the sheets will get (the workbook makes them unique in the same order), for links.
        var sheetNames = XLSXSheetNames()
        let firstNames = zip(contents, layouts).map { content, layout -> String in
            switch content {
            case .text(let sheet): return sheetNames.unique(sheet.name)
            case .table(let sheet):
                let names = (0..<(layout?.parts ?? 1)).map { _ in sheetNames.unique(sheet.name ?? sheet.table.title) }
                return names[0]
            }
        }
        let workbook = try XLSXWorkbook(
            url: url,
            options: XLSXWorkbook.Options(constantMemory: constantMemory, tmpdir: options.tmpdir),
            properties: options.properties)
        var names = XLSXTableNames()
        for (content, layout) in zip(contents, layouts) {
            switch content {
            case .text(let sheet):
                try TextSheetWriter(workbook: workbook, sheet: sheet, options: options, sheetNames: firstNames).write()
            case .table(let sheet):
                guard let layout else { continue }
                names = try TableSheetWriter(workbook: workbook, sheet: sheet, layout: layout, options: options,
                                             tableNames: names).write()
            }
        }
        try workbook.close()
    }
}
