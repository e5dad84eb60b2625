import CXlsxWriter
import GMGTable

/// How a cell looks: the description of a format, turned into one by ``XLSXWorkbook/format(_:)``.
///
/// Styles are values; the workbook keeps one libxlsxwriter format per distinct style, so asking
/// twice for the same style costs one dictionary lookup and adds nothing to the file.
public struct XLSXStyle: Sendable, Hashable {
    /// An Excel number format such as `#,##0` or `yyyy-mm-dd`; nil is General.
    public var numberFormat: String?
    /// Bold text.
    public var bold: Bool
    /// Italic text.
    public var italic: Bool
    /// Font size in points; nil keeps the default (11).
    public var fontSize: Double?
    /// A solid background as `0xRRGGBB`; nil for none.
    public var fill: UInt32?
    /// A thin border under the cell.
    public var bottomBorder: Bool
    /// Long text wraps onto several lines within the column's width.
    public var wrap: Bool
    /// Text sits at the top of a tall cell (Excel's default is the bottom).
    public var alignTop: Bool
    /// A thin grey border all round the cell.
    public var boxed: Bool
    /// The cell stays editable when its sheet is protected (``XLSXSheet/protect(allowing:)``).
    public var unlocked: Bool
    /// A font colour as `0xRRGGBB`; nil keeps the default (black).
    public var color: UInt32?
    /// Underlined text (hyperlinks).
    public var underline: Bool
    /// Centred across the cell (years, which read badly right-aligned against text).
    public var centered: Bool
    /// Right-aligned (the header of a column of numbers, so it stands over them).
    public var rightAligned: Bool

    /// Creates a style; the defaults are Excel's (General, regular, no fill, no wrap, locked).
    public init(numberFormat: String? = nil, bold: Bool = false, italic: Bool = false, fontSize: Double? = nil,
                fill: UInt32? = nil, bottomBorder: Bool = false, wrap: Bool = false, alignTop: Bool = false,
                boxed: Bool = false, unlocked: Bool = false, color: UInt32? = nil, underline: Bool = false,
                centered: Bool = false, rightAligned: Bool = false) {
        self.numberFormat = numberFormat
        self.bold = bold
        self.italic = italic
        self.fontSize = fontSize
        self.fill = fill
        self.bottomBorder = bottomBorder
        self.wrap = wrap
        self.alignTop = alignTop
        self.boxed = boxed
        self.unlocked = unlocked
        self.color = color
        self.underline = underline
        self.centered = centered
        self.rightAligned = rightAligned
    }

    /// US dollars without cents: `#,##0`.
    public static let moneyFormat = "#,##0"
    /// Percentages with one decimal: `0.0%`.
    public static let percentageFormat = "0.0%"
    /// ISO dates: `yyyy-mm-dd`.
    public static let dateFormat = "yyyy-mm-dd"

    /// The style of values in a column of `kind`: money `#,##0`, percentages `0.0%`, dates
    /// `yyyy-mm-dd`; integers, years and text stay General (so years read `2013`, not `2,013`).
    public static func value(_ kind: ColumnKind, bold: Bool = false) -> XLSXStyle {
        switch kind {
        case .money: return XLSXStyle(numberFormat: moneyFormat, bold: bold)
        case .percentage: return XLSXStyle(numberFormat: percentageFormat, bold: bold)
        case .date: return XLSXStyle(numberFormat: dateFormat, bold: bold)
        case .year: return XLSXStyle(bold: bold, centered: true)
        case .text, .integer: return XLSXStyle(bold: bold)
        }
    }

    /// Column headers: bold on a light blue fill with a bottom border, wrapped, at the top.
    public static let header = XLSXStyle(bold: true, fill: 0xDCE6F1, bottomBorder: true, wrap: true, alignTop: true)

    /// The header of a column of `kind`: aligned like its values (numbers right, years centred).
    public static func header(for kind: ColumnKind) -> XLSXStyle {
        var style = header
        switch kind {
        case .integer, .money, .percentage: style.rightAligned = true
        case .year: style.centered = true
        case .text, .date: break
        }
        return style
    }
    /// Sheet titles: bold, 14 points.
    public static let title = XLSXStyle(bold: true, fontSize: 14)
    /// Notes under a table: italic, wrapped.
    public static let note = XLSXStyle(italic: true, wrap: true, alignTop: true)
    /// Running text (paragraphs of a text sheet or the overview): wrapped, at the top.
    public static let paragraph = XLSXStyle(wrap: true, alignTop: true)
    /// A link to a place in the workbook: blue, underlined.
    public static let link = XLSXStyle(color: 0x0563C1, underline: true)
}

/// A format that belongs to one ``XLSXWorkbook``, from ``XLSXWorkbook/format(_:)``.
///
/// Pass it to the sheet's write functions. It is valid until its workbook is closed. Two formats
/// are equal when they are the same libxlsxwriter format.
public struct XLSXFormat: Equatable {
    let pointer: UnsafeMutablePointer<lxw_format>

    /// Applies `style` to a new libxlsxwriter format.
    static func configure(_ pointer: UnsafeMutablePointer<lxw_format>, as style: XLSXStyle) {
        if let numberFormat = style.numberFormat { format_set_num_format(pointer, numberFormat) }
        if style.bold { format_set_bold(pointer) }
        if style.italic { format_set_italic(pointer) }
        if let size = style.fontSize { format_set_font_size(pointer, size) }
        if let fill = style.fill {
            format_set_pattern(pointer, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(pointer, fill)
        }
        if style.bottomBorder { format_set_bottom(pointer, UInt8(LXW_BORDER_THIN.rawValue)) }
        if style.wrap { format_set_text_wrap(pointer) }
        if style.alignTop { format_set_align(pointer, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue)) }
        if style.boxed {
            format_set_border(pointer, UInt8(LXW_BORDER_THIN.rawValue))
            format_set_border_color(pointer, 0xA6A6A6)
        }
        if style.unlocked { format_set_unlocked(pointer) }
        if let color = style.color { format_set_font_color(pointer, color) }
        if style.underline { format_set_underline(pointer, UInt8(LXW_UNDERLINE_SINGLE.rawValue)) }
        if style.centered { format_set_align(pointer, UInt8(LXW_ALIGN_CENTER.rawValue)) }
        if style.rightAligned { format_set_align(pointer, UInt8(LXW_ALIGN_RIGHT.rawValue)) }
    }
}
