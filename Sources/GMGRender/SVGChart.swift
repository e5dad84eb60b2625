import Foundation
import GMGTable

/// The shared chart model drawn as SVG: a pie with a legend that gives each value and share,
/// horizontal bars with their labels on the left, or vertical columns, every value written on the
/// chart and the measure ("number of activities", "USD") in the title.
///
/// The picture is standalone (it declares its namespace and fonts), so it can be embedded in HTML
/// or converted to PNG; all text goes through ``ProseHTML/escape(_:)``.
public enum SVGChart {
    static let width = 640.0
    static let font = "DejaVu Sans, Liberation Sans, Arial, sans-serif"
    /// Slice and bar colours (colour-blind safe), the last for "Other".
    static let palette = ["#1f5f99", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#7a4ea3", "#999999"]

    /// The chart as an SVG document; an empty chart draws its title and "nothing to show".
    public static func render(_ chart: Chart) -> String {
        var canvas = SVGCanvas(width: width)
        canvas.text(chart.title + " (" + MermaidChart.measurePhrase(chart.measure) + ")", x: 0, y: 16, size: 13, weight: "bold")
        let values = chart.series.first?.values ?? []
        if chart.categories.isEmpty || values.allSatisfy({ $0 == 0 }) {
            canvas.text("Nothing to show.", x: 0, y: 44, size: 11)
            canvas.height = 56
            return canvas.document(title: chart.title)
        }
        switch chart.kind {
        case .pie: pie(chart, on: &canvas)
        case .bar: bars(chart, on: &canvas)
        case .column: columns(chart, on: &canvas)
        }
        return canvas.document(title: chart.title)
    }

    /// A value as the chart shows it: `12`, `USD 75,000`.
    static func valueText(_ value: Double, _ measure: ChartMeasure) -> String {
        switch measure {
        case .count: return NumberFormatting.fixed(value, decimals: 0, grouping: true)
        case .money(let currency): return currency + " " + NumberFormatting.fixed(value, decimals: 0, grouping: true)
        }
    }

    static func colour(_ index: Int, count: Int, label: String) -> String {
        label == "Other" ? palette[palette.count - 1] : palette[index % (palette.count - 1)]
    }

    private static func pie(_ chart: Chart, on canvas: inout SVGCanvas) {
        let values = chart.series[0].values
        let total = values.reduce(0, +)
        let radius = 100.0, centreX = 110.0, centreY = 140.0
        var angle = -Double.pi / 2
        for (index, value) in values.enumerated() where value > 0 {
            let fill = colour(index, count: values.count, label: chart.categories[index])
            let sweep = value / total * 2 * Double.pi
            if sweep >= 2 * Double.pi - 1e-9 {
                canvas.raw("<circle cx=\"\(centreX)\" cy=\"\(centreY)\" r=\"\(radius)\" fill=\"\(fill)\"/>")
            } else {
                let x1 = centreX + radius * cos(angle), y1 = centreY + radius * sin(angle)
                let x2 = centreX + radius * cos(angle + sweep), y2 = centreY + radius * sin(angle + sweep)
                let large = sweep > Double.pi ? 1 : 0
                canvas.raw("<path d=\"M\(SVGCanvas.number(centreX)),\(SVGCanvas.number(centreY)) L\(SVGCanvas.number(x1)),\(SVGCanvas.number(y1)) "
                           + "A\(radius),\(radius) 0 \(large) 1 \(SVGCanvas.number(x2)),\(SVGCanvas.number(y2)) Z\" fill=\"\(fill)\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>")
            }
            angle += sweep
        }
        var y = 50.0
        for (index, label) in chart.categories.enumerated() {
            let value = values[index]
            canvas.raw("<rect x=\"240\" y=\"\(SVGCanvas.number(y - 10))\" width=\"12\" height=\"12\" fill=\"\(colour(index, count: values.count, label: label))\"/>")
            let share = total > 0 ? NumberFormatting.percent(value / total, decimals: 0) : ""
            let lines = SVGCanvas.wrap(label, width: 250, size: 11, maxLines: 2)
            for (offset, line) in lines.enumerated() {
                canvas.text(line, x: 258, y: y + Double(offset) * 13, size: 11)
            }
            canvas.text(valueText(value, chart.measure) + " · " + share, x: width, y: y, size: 11, anchor: "end")
            y += Double(lines.count) * 13 + 8
        }
        canvas.height = max(250, y)
    }

    private static func bars(_ chart: Chart, on canvas: inout SVGCanvas) {
        let labelWidth = 230.0, valueWidth = 90.0
        let maximum = chart.series.flatMap(\.values).max() ?? 0
        let barHeight = chart.series.count == 1 ? 16.0 : 11.0
        var y = 34.0
        legend(chart, at: &y, on: &canvas)
        for (index, label) in chart.categories.enumerated() {
            let lines = SVGCanvas.wrap(label, width: labelWidth - 8, size: 10.5, maxLines: 2)
            let groupHeight = max(Double(lines.count) * 12.5, Double(chart.series.count) * (barHeight + 2)) + 8
            for (offset, line) in lines.enumerated() {
                canvas.text(line, x: labelWidth - 8, y: y + 11 + Double(offset) * 12.5, size: 10.5, anchor: "end")
            }
            for (number, series) in chart.series.enumerated() {
                let value = series.values[index]
                let length = maximum > 0 ? (width - labelWidth - valueWidth) * value / maximum : 0
                let top = y + Double(number) * (barHeight + 2)
                let fill = chart.series.count == 1 ? palette[0] : colour(number, count: chart.series.count, label: series.name)
                canvas.raw("<rect x=\"\(labelWidth)\" y=\"\(SVGCanvas.number(top))\" width=\"\(SVGCanvas.number(max(length, 0.5)))\" height=\"\(barHeight)\" fill=\"\(fill)\"/>")
                canvas.text(valueText(value, chart.measure), x: labelWidth + length + 4, y: top + barHeight - 3, size: 10)
            }
            y += groupHeight
        }
        canvas.raw("<line x1=\"\(labelWidth)\" y1=\"30\" x2=\"\(labelWidth)\" y2=\"\(SVGCanvas.number(y))\" stroke=\"#444444\"/>")
        canvas.height = y + 6
    }

    private static func columns(_ chart: Chart, on canvas: inout SVGCanvas) {
        var top = 34.0
        legend(chart, at: &top, on: &canvas)
        let plotHeight = 180.0, baseline = top + 16 + plotHeight
        let slot = width / Double(chart.categories.count)
        let maximum = chart.series.flatMap(\.values).max() ?? 0
        let barWidth = min(40, slot * 0.7 / Double(chart.series.count))
        var bottom = baseline
        for (index, label) in chart.categories.enumerated() {
            let left = Double(index) * slot + (slot - barWidth * Double(chart.series.count)) / 2
            for (number, series) in chart.series.enumerated() {
                let value = series.values[index]
                let height = maximum > 0 ? plotHeight * value / maximum : 0
                let x = left + Double(number) * barWidth
                let fill = chart.series.count == 1 ? palette[0] : colour(number, count: chart.series.count, label: series.name)
                canvas.raw("<rect x=\"\(SVGCanvas.number(x))\" y=\"\(SVGCanvas.number(baseline - height))\" width=\"\(SVGCanvas.number(barWidth - 1))\" height=\"\(SVGCanvas.number(max(height, 0.5)))\" fill=\"\(fill)\"/>")
                canvas.text(valueText(value, chart.measure), x: x + barWidth / 2, y: baseline - height - 3, size: 9, anchor: "middle")
            }
            let lines = SVGCanvas.wrap(label, width: slot - 4, size: 10, maxLines: 3)
            for (offset, line) in lines.enumerated() {
                canvas.text(line, x: Double(index) * slot + slot / 2, y: baseline + 14 + Double(offset) * 12, size: 10, anchor: "middle")
            }
            bottom = max(bottom, baseline + 14 + Double(lines.count) * 12)
        }
        canvas.raw("<line x1=\"0\" y1=\"\(SVGCanvas.number(baseline))\" x2=\"\(width)\" y2=\"\(SVGCanvas.number(baseline))\" stroke=\"#444444\"/>")
        canvas.height = bottom + 4
    }

    /// A legend of the series, when there are several.
    private static func legend(_ chart: Chart, at y: inout Double, on canvas: inout SVGCanvas) {
        guard chart.series.count > 1 else { return }
        var x = 0.0
        for (number, series) in chart.series.enumerated() {
            canvas.raw("<rect x=\"\(SVGCanvas.number(x))\" y=\"\(SVGCanvas.number(y))\" width=\"10\" height=\"10\" fill=\"\(colour(number, count: chart.series.count, label: series.name))\"/>")
            canvas.text(series.name, x: x + 14, y: y + 9, size: 10)
            x += 24 + SVGCanvas.textWidth(series.name, size: 10)
        }
        y += 20
    }
}
