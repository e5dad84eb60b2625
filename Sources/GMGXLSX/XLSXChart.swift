import CXlsxWriter
import GMGTable

/// A ``Chart`` as a native Excel chart over a block of cells that holds exactly what it plots.
///
/// The block (a heading, a header row naming the series, one row per category) is what the chart's
/// ranges point at, so a reader can audit every slice or bar, including the summed "Other". Count
/// charts say what they count on the value axis (`Activities`), money charts their currency (`USD`);
/// bar and column charts label every category on the category axis, pies in a legend; every value
/// is shown as a data label.
struct XLSXChartBlock {
    let chart: Chart

    /// The title as drawn: the chart's, then what it measures (`... (number of activities)`).
    var titleWithMeasure: String { "\(chart.title) (\(chart.measure.phrase))" }

    /// Rows the block takes: a heading, the header and one row per category.
    var dataRows: Int { 2 + chart.categories.count }

    /// The drawn chart's size in pixels, for a table `tableWidth` pixels wide.
    func size(tableWidth: Int) -> (width: Int, height: Int) {
        let width = min(720, max(480, tableWidth))
        switch chart.kind {
        case .pie: return (width, 320)
        case .column: return (width, 340)
        case .bar:
            let bars = chart.categories.count * max(1, chart.series.count)
            return (width, max(300, 90 + bars * 26 + (chart.series.count > 1 ? 30 : 0)))
        }
    }

    /// Writes the data block with its heading at `row`, from column `column`.
    func writeData(on sheet: XLSXSheet, row: Int, column: Int, workbook: XLSXWorkbook) throws {
        let value = try workbook.format(chart.measure.isMoney ? .value(.money) : XLSXStyle())
        try sheet.write(text: "Chart data: \(titleWithMeasure)", row: row, column: column, format: workbook.format(.note))
        let header = try workbook.format(.header)
        try sheet.writeBlank(row: row + 1, column: column, format: header)
        for (offset, series) in chart.series.enumerated() {
            try sheet.write(text: series.name, row: row + 1, column: column + 1 + offset, format: header)
        }
        for (index, category) in chart.categories.enumerated() {
            try sheet.write(text: category, row: row + 2 + index, column: column)
            for (offset, series) in chart.series.enumerated() {
                try sheet.write(number: series.values[index], row: row + 2 + index, column: column + 1 + offset, format: value)
            }
        }
    }

    /// Draws the chart from the block written at `dataRow`, `dataColumn`, with its top-left
    /// corner at `row`, `column`.
    func insert(on sheet: XLSXSheet, dataRow: Int, dataColumn: Int, row: Int, column: Int, size: (width: Int, height: Int)) throws {
        guard !chart.categories.isEmpty, !chart.series.isEmpty else { return }
        let workbook = sheet.workbook
        let book = try workbook.openHandle()
        guard let handle = workbook_add_chart(book, UInt8(type.rawValue)) else {
            throw sheet.fail(.nullPointer(function: "workbook_add_chart"), row, column)
        }
        let sheetName = workbook.retain(sheet.name)
        let first = lxw_row_t(dataRow + 2), last = lxw_row_t(dataRow + 1 + chart.categories.count)
        let labels = lxw_col_t(dataColumn)
        let numberFormat = workbook.retain(chart.measure.isMoney ? XLSXStyle.moneyFormat : "#,##0")
        for offset in chart.series.indices {
            guard let series = chart_add_series(handle, nil, nil) else {
                throw sheet.fail(.nullPointer(function: "chart_add_series"), row, column)
            }
            let values = lxw_col_t(dataColumn + 1 + offset)
            chart_series_set_categories(series, sheetName, first, labels, last, labels)
            chart_series_set_values(series, sheetName, first, values, last, values)
            chart_series_set_name_range(series, sheetName, lxw_row_t(dataRow + 1), values)
            chart_series_set_labels(series)
            chart_series_set_labels_num_format(series, numberFormat)
            if chart.kind == .pie { chart_series_set_labels_percentage(series) }
        }
        chart_title_set_name(handle, workbook.retain(titleWithMeasure))
        if chart.kind == .pie {
            chart_legend_set_position(handle, UInt8(LXW_CHART_LEGEND_RIGHT.rawValue))
        } else {
            configureAxes(handle, numberFormat: numberFormat, workbook: workbook)
            // One series named after the measure needs no legend; a year or several series do.
            let named = chart.series.count > 1 || chart.series.first?.name != chart.measure.axisTitle
            let legend = named ? LXW_CHART_LEGEND_BOTTOM : LXW_CHART_LEGEND_NONE
            chart_legend_set_position(handle, UInt8(legend.rawValue))
        }
        var options = lxw_chart_options()
        options.x_scale = Double(size.width) / 480
        options.y_scale = Double(size.height) / 288
        options.object_position = UInt8(LXW_OBJECT_MOVE_DONT_SIZE.rawValue)
        options.description = workbook.retain(chart.title)
        let (r, c) = try sheet.position(row, column)
        try sheet.check(worksheet_insert_chart_opt(sheet.handle, r, c, handle, &options), row, column)
    }

    /// The value axis says what is measured and starts at zero; a bar chart lists its categories
    /// top-down in the block's order.
    private func configureAxes(_ handle: UnsafeMutablePointer<lxw_chart>, numberFormat: UnsafeMutablePointer<CChar>,
                               workbook: XLSXWorkbook) {
        // libxlsxwriter's x axis is the horizontal one: the value axis of a bar chart.
        let horizontal = chart.kind == .bar
        let categoryAxis = horizontal ? handle.pointee.y_axis : handle.pointee.x_axis
        let valueAxis = horizontal ? handle.pointee.x_axis : handle.pointee.y_axis
        chart_axis_set_name(valueAxis, workbook.retain(chart.measure.axisTitle))
        chart_axis_set_num_format(valueAxis, numberFormat)
        chart_axis_set_min(valueAxis, 0)
        if chart.kind == .bar {
            chart_axis_set_reverse(categoryAxis)
            chart_axis_set_crossing_max(categoryAxis)
        }
    }

    private var type: lxw_chart_type {
        switch chart.kind {
        case .pie: return LXW_CHART_PIE
        case .bar: return LXW_CHART_BAR
        case .column: return LXW_CHART_COLUMN
        }
    }
}

extension ChartMeasure {
    /// True for money, whose values are written with the money format.
    var isMoney: Bool {
        if case .money = self { return true }
        return false
    }
}
