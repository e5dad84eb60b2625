import CXlsxWriter

/// How a sheet prints: orientation, paper, scaling, print area, repeated header rows, page breaks,
/// margins, header and footer. The one page setup of the package: forms set their own, report
/// sheets get theirs from ``XLSXRenderer`` (orientation, scale and breaks planned from the content).
public struct XLSXPageSetup: Sendable, Hashable {
    /// Paper sizes Excel numbers.
    public enum Paper: UInt8, Sendable, Hashable {
        case letter = 1
        case a4 = 9
    }

    /// Page margins in inches.
    public struct Margins: Sendable, Hashable {
        public var left, right, top, bottom: Double

        /// Creates margins.
        public init(left: Double, right: Double, top: Double, bottom: Double) {
            self.left = left
            self.right = right
            self.top = top
            self.bottom = bottom
        }

        /// Narrow margins (0.4 inch at the sides, 0.6 at the top and bottom, room for a header and footer).
        public static let narrow = Margins(left: 0.4, right: 0.4, top: 0.6, bottom: 0.6)
        /// The margins of report sheets: half an inch at the sides, three quarters at the top and bottom.
        public static let report = Margins(left: 0.5, right: 0.5, top: 0.75, bottom: 0.75)
    }

    /// Three parts of a running header or footer, each plain text, turned into Excel's codes by
    /// ``code`` (`&` escaped, so text from data never becomes a code).
    public struct Running: Sendable, Hashable {
        public var left: String
        public var center: String
        public var right: String

        /// Creates a header or footer.
        public init(left: String = "", center: String = "", right: String = "") {
            self.left = left
            self.center = center
            self.right = right
        }

        /// Excel's code for the three parts, each cut short enough to stay within 255 characters.
        public var code: String {
            var code = ""
            if !left.isEmpty { code += "&L" + XLSXPageSetup.literal(String(left.prefix(80))) }
            if !center.isEmpty { code += "&C" + XLSXPageSetup.literal(String(center.prefix(40))) }
            if !right.isEmpty { code += "&R" + XLSXPageSetup.literal(String(right.prefix(40))) }
            return code
        }
    }

    /// Landscape rather than portrait.
    public var landscape: Bool
    /// The paper; nil leaves the printer's default.
    public var paper: Paper?
    /// Scale so that every column fits on one page width (pages run down as needed). Excel ignores
    /// manual page breaks when fitting, so a sheet with ``rowBreaks`` takes a ``scale`` instead.
    public var fitToWidth: Bool
    /// Rows (zero-based, inclusive) printed at the top of every page, such as the header row.
    public var repeatRows: ClosedRange<Int>?
    /// The page header in Excel's codes (`&L` left, `&C` centre, `&R` right, `&P` page, `&N` pages).
    public var header: String?
    /// The page footer, in the same codes.
    public var footer: String?
    /// The margins; nil keeps Excel's (0.7 inch at the sides).
    public var margins: Margins?
    /// A fixed print scale in percent, when not fitting to the width.
    public var scale: Int?
    /// Fit the print area on one page, wide and tall (overrides `fitToWidth` and `scale`).
    public var onePage: Bool
    /// The last row and column printed (from A1); nil prints what the sheet holds.
    public var lastRow: Int?
    public var lastColumn: Int?
    /// Rows (zero-based) that start a new page.
    public var rowBreaks: [Int]

    /// Creates a page setup.
    public init(landscape: Bool = false, paper: Paper? = nil, fitToWidth: Bool = false, repeatRows: ClosedRange<Int>? = nil,
                header: String? = nil, footer: String? = nil, margins: Margins? = nil, scale: Int? = nil,
                onePage: Bool = false, lastRow: Int? = nil, lastColumn: Int? = nil, rowBreaks: [Int] = []) {
        self.landscape = landscape
        self.paper = paper
        self.fitToWidth = fitToWidth
        self.repeatRows = repeatRows
        self.header = header
        self.footer = footer
        self.margins = margins
        self.scale = scale
        self.onePage = onePage
        self.lastRow = lastRow
        self.lastColumn = lastColumn
        self.rowBreaks = rowBreaks
    }

    /// Escapes text for a header or footer: `&` is a code there, so it is doubled.
    public static func literal(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&&")
    }

    /// A footer naming the sheet at the left and saying "Page X of Y" at the right.
    public static let sheetAndPageFooter = "&L&A&RPage &P of &N"
}

extension XLSXSheet {
    /// Applies a page setup.
    /// - Throws: ``XLSXError`` when a header or footer is longer than Excel's 255 characters, or a
    ///   row or column is outside the sheet.
    public func setPageSetup(_ setup: XLSXPageSetup) throws {
        _ = try position(setup.lastRow ?? 0, setup.lastColumn ?? 0)
        if setup.landscape { worksheet_set_landscape(handle) }
        if let paper = setup.paper { worksheet_set_paper(handle, paper.rawValue) }
        if setup.onePage {
            worksheet_fit_to_pages(handle, 1, 1)
        } else if setup.fitToWidth {
            worksheet_fit_to_pages(handle, 1, 0)
        } else if let scale = setup.scale {
            worksheet_set_print_scale(handle, UInt16(min(400, max(10, scale))))
        }
        if let rows = setup.repeatRows {
            let (first, _) = try position(rows.lowerBound, 0)
            let (last, _) = try position(rows.upperBound, 0)
            try check(worksheet_repeat_rows(handle, first, last), rows.lowerBound, 0)
        }
        if let lastRow = setup.lastRow, let lastColumn = setup.lastColumn {
            try check(worksheet_print_area(handle, 0, 0, lxw_row_t(lastRow), lxw_col_t(lastColumn)), 0, 0)
        }
        let breaks = setup.rowBreaks.filter { $0 > 0 && $0 < XLSXSheet.rowLimit }.sorted().prefix(1_000)
        if !breaks.isEmpty {
            var list = breaks.map { lxw_row_t($0) } + [0]
            try check(worksheet_set_h_pagebreaks(handle, &list), breaks.first!, 0)
        }
        if let margins = setup.margins {
            worksheet_set_margins(handle, margins.left, margins.right, margins.top, margins.bottom)
        }
        if let header = setup.header { try check(header.withCString { worksheet_set_header(handle, $0) }, 0, 0) }
        if let footer = setup.footer { try check(footer.withCString { worksheet_set_footer(handle, $0) }, 0, 0) }
    }
}
