import CXlsxWriter

/// A native Excel chart of one value column against one label column of a sheet.
///
/// ```swift
/// XLSXChart(.pie, labelColumn: 0, valueColumn: 3, title: "Funding by source")
/// ```
public struct XLSXChart: Sendable, Hashable {
    /// The chart types a breakdown is drawn with.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Slices of a whole (shares of funding).
        case pie
        /// Horizontal bars (long labels read well).
        case bar
        /// Vertical columns.
        case column
    }

    /// The chart type.
    public var kind: Kind
    /// The zero-based table column whose cells name the slices or bars.
    public var labelColumn: Int
    /// The zero-based table column whose numbers size them.
    public var valueColumn: Int
    /// The chart's title; nil uses the value column's name.
    public var title: String?

    /// Creates a chart description.
    public init(_ kind: Kind, labelColumn: Int, valueColumn: Int, title: String? = nil) {
        self.kind = kind
        self.labelColumn = labelColumn
        self.valueColumn = valueColumn
        self.title = title
    }
}

extension XLSXSheet {
    /// Draws `chart` over the zero-based sheet rows `rows`, with its top-left corner at `row`,
    /// `column`. Labels and values are read from this sheet's columns `labelColumn` and
    /// `valueColumn` (sheet columns, not table columns).
    /// - Parameter seriesName: the legend name of the values.
    /// - Throws: ``XLSXError`` when libxlsxwriter cannot add or insert the chart.
    public func insert(_ chart: XLSXChart, rows: ClosedRange<Int>, labelColumn: Int, valueColumn: Int,
                       seriesName: String, row: Int, column: Int) throws {
        _ = try position(rows.lowerBound, labelColumn)
        _ = try position(rows.upperBound, valueColumn)
        let book = try workbook.openHandle()
        let type: lxw_chart_type
        switch chart.kind {
        case .pie: type = LXW_CHART_PIE
        case .bar: type = LXW_CHART_BAR
        case .column: type = LXW_CHART_COLUMN
        }
        guard let handle = workbook_add_chart(book, UInt8(type.rawValue)) else {
            throw fail(.nullPointer(function: "workbook_add_chart"), row, column)
        }
        guard let series = chart_add_series(handle, nil, nil) else {
            throw fail(.nullPointer(function: "chart_add_series"), row, column)
        }
        let sheetName = workbook.retain(name)
        let first = lxw_row_t(rows.lowerBound), last = lxw_row_t(rows.upperBound)
        chart_series_set_categories(series, sheetName, first, lxw_col_t(labelColumn), last, lxw_col_t(labelColumn))
        chart_series_set_values(series, sheetName, first, lxw_col_t(valueColumn), last, lxw_col_t(valueColumn))
        chart_series_set_name(series, workbook.retain(seriesName))
        chart_title_set_name(handle, workbook.retain(chart.title ?? seriesName))
        if chart.kind == .pie {
            chart_series_set_labels_percentage(series)
        } else {
            chart_legend_set_position(handle, UInt8(LXW_CHART_LEGEND_NONE.rawValue))
        }
        let (r, c) = try position(row, column)
        try check(worksheet_insert_chart(self.handle, r, c, handle), row, column)
    }
}
