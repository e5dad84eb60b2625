import CXlsxWriter

/// What people may still do on a protected sheet besides typing in unlocked cells.
public struct XLSXProtection: OptionSet, Sendable, Hashable {
    public let rawValue: Int

    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Change column widths.
    public static let formatColumns = XLSXProtection(rawValue: 1 << 0)
    /// Change row heights.
    public static let formatRows = XLSXProtection(rawValue: 1 << 1)
    /// Use the filter buttons of an autofilter.
    public static let autofilter = XLSXProtection(rawValue: 1 << 2)
    /// Sort rows.
    public static let sort = XLSXProtection(rawValue: 1 << 3)
}

extension XLSXSheet {
    /// Protects the sheet without a password: only cells whose style is unlocked
    /// (``XLSXStyle/unlocked``) can be edited, and whatever `allowing` permits. A person can lift
    /// the protection from the menu: it guards against slips, not against intent.
    public func protect(allowing allowed: XLSXProtection = []) throws {
        _ = try position(0, 0)
        var options = lxw_protection()
        options.format_columns = allowed.contains(.formatColumns) ? 1 : 0
        options.format_rows = allowed.contains(.formatRows) ? 1 : 0
        options.autofilter = allowed.contains(.autofilter) ? 1 : 0
        options.sort = allowed.contains(.sort) ? 1 : 0
        worksheet_protect(handle, nil, &options)
    }

    /// Sets the width of `column` and hides it (or shows it, `hidden: false`).
    public func setColumn(_ column: Int, width: Double, format: XLSXFormat? = nil, hidden: Bool) throws {
        let (_, c) = try position(0, column)
        var options = lxw_row_col_options(hidden: hidden ? 1 : 0, level: 0, collapsed: 0)
        try check(worksheet_set_column_opt(handle, c, c, width, format?.pointer, &options), 0, column)
    }

    /// Sets the height of `row` in points.
    public func setRow(_ row: Int, height: Double, format: XLSXFormat? = nil) throws {
        let (r, _) = try position(row, 0)
        try check(worksheet_set_row(handle, r, height, format?.pointer), row, 0)
    }

    /// Hides the sheet's tab (a hidden sheet cannot be the active one).
    public func hide() throws {
        _ = try position(0, 0)
        worksheet_hide(handle)
    }

    /// Makes this the sheet shown when the workbook opens.
    public func activate() throws {
        _ = try position(0, 0)
        worksheet_activate(handle)
    }
}
