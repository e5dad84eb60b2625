import CXlsxWriter

/// How a sheet prints: orientation, paper, scaling, repeated header rows, header and footer.
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
    }

    /// Landscape rather than portrait.
    public var landscape: Bool
    /// The paper; nil leaves the printer's default.
    public var paper: Paper?
    /// Scale so that every column fits on one page width (pages run down as needed).
    public var fitToWidth: Bool
    /// Rows (zero-based, inclusive) printed at the top of every page, such as the header row.
    public var repeatRows: ClosedRange<Int>?
    /// The page header in Excel's codes (`&L` left, `&C` centre, `&R` right, `&P` page, `&N` pages).
    public var header: String?
    /// The page footer, in the same codes.
    public var footer: String?
    /// The margins; nil keeps Excel's (0.7 inch at the sides).
    public var margins: Margins?

    /// Creates a page setup.
    public init(landscape: Bool = false, paper: Paper? = nil, fitToWidth: Bool = false, repeatRows: ClosedRange<Int>? = nil,
                header: String? = nil, footer: String? = nil, margins: Margins? = nil) {
        self.landscape = landscape
        self.paper = paper
        self.fitToWidth = fitToWidth
        self.repeatRows = repeatRows
        self.header = header
        self.footer = footer
        self.margins = margins
    }

    /// Escapes text for a header or footer: `&` is a code there, so it is doubled.
    public static func literal(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&&")
    }
}

extension XLSXSheet {
    /// Applies a page setup.
    /// - Throws: ``XLSXError`` when a header or footer is longer than Excel's 255 characters.
    public func setPageSetup(_ setup: XLSXPageSetup) throws {
        _ = try position(0, 0)
        if setup.landscape { worksheet_set_landscape(handle) }
        if let paper = setup.paper { worksheet_set_paper(handle, paper.rawValue) }
        if setup.fitToWidth { worksheet_fit_to_pages(handle, 1, 0) }
        if let rows = setup.repeatRows {
            let (first, _) = try position(rows.lowerBound, 0)
            let (last, _) = try position(rows.upperBound, 0)
            try check(worksheet_repeat_rows(handle, first, last), rows.lowerBound, 0)
        }
        if let header = setup.header { try check(header.withCString { worksheet_set_header(handle, $0) }, 0, 0) }
        if let footer = setup.footer { try check(footer.withCString { worksheet_set_footer(handle, $0) }, 0, 0) }
        if let margins = setup.margins {
            worksheet_set_margins(handle, margins.left, margins.right, margins.top, margins.bottom)
        }
    }
}
