import GMGTable

/// A ``Timeline`` drawn as an SVG gantt chart (its title is the document's heading, not drawn):
/// one row per item with its label on the left, month ticks over the period, section names as row headers, tentative items hatched and listed in a
/// legend.
public enum SVGTimeline {
    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The timeline as an SVG document.
    public static func render(_ timeline: Timeline) -> String {
        var canvas = SVGCanvas(width: SVGChart.width)
        let labelWidth = 270.0, left = labelWidth + 6, right = SVGChart.width - 4
        let first = timeline.from.dayNumber, last = timeline.to.dayNumber + 1
        func x(_ date: CalendarDate, end: Bool = false) -> Double {
            let day = Double(date.dayNumber + (end ? 1 : 0) - first)
            return left + (right - left) * day / Double(max(1, last - first))
        }
        canvas.raw("<defs><pattern id=\"tentative\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
                   + "<rect width=\"6\" height=\"6\" fill=\"#cfe0f1\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#1f5f99\" stroke-width=\"2\"/></pattern></defs>")
        var y = 20.0
        var ticks: [(Double, String)] = []
        var month = CalendarDate(year: timeline.from.year, month: timeline.from.month, day: 1)
        let monthsInRange = (timeline.to.year - timeline.from.year) * 12 + timeline.to.month - timeline.from.month + 1
        while month <= timeline.to {
            let label = monthsInRange > 24 ? (month.month == 1 ? String(month.year) : "")
                : (month.month == 1 && monthsInRange > 12 ? "\(monthNames[0]) \(month.year)" : monthNames[month.month - 1])
            ticks.append((x(max(month, timeline.from)), label))
            month = month.month == 12 ? CalendarDate(year: month.year + 1, month: 1, day: 1)
                : CalendarDate(year: month.year, month: month.month + 1, day: 1)
        }
        for (position, label) in ticks where !label.isEmpty {
            canvas.text(label, x: position + 2, y: y - 4, size: 9, fill: "#555555")
        }
        let gridTop = y - 14
        var headers: [(y: Double, name: String)] = []
        for section in timeline.sections {
            headers.append((y, section.name))
            y += 18
            for item in section.items {
                let label = SVGCanvas.wrap(item.label, width: labelWidth - 4, size: 9.5, maxLines: 1)[0]
                canvas.text(label, x: labelWidth, y: y + 10, size: 9.5, anchor: "end")
                let start = x(item.start), end = max(x(item.end, end: true), start + 2)
                let fill = item.tentative ? "url(#tentative)" : "#1f5f99"
                canvas.raw("<rect x=\"\(SVGCanvas.number(start))\" y=\"\(SVGCanvas.number(y + 2))\" width=\"\(SVGCanvas.number(end - start))\" height=\"10\" fill=\"\(fill)\" stroke=\"#1f5f99\" stroke-width=\"0.8\"/>")
                y += 14
            }
            y += 4
        }
        for (position, _) in ticks {
            canvas.raw("<line x1=\"\(SVGCanvas.number(position))\" y1=\"\(SVGCanvas.number(gridTop))\" x2=\"\(SVGCanvas.number(position))\" y2=\"\(SVGCanvas.number(y))\" stroke=\"#bbbbbb\" stroke-width=\"0.5\"/>")
        }
        for header in headers {
            canvas.raw("<rect x=\"0\" y=\"\(SVGCanvas.number(header.y))\" width=\"\(SVGChart.width)\" height=\"16\" fill=\"#eef2f6\"/>")
            canvas.text(SVGCanvas.wrap(header.name, width: SVGChart.width - 8, size: 10.5, maxLines: 1)[0], x: 4, y: header.y + 12,
                        size: 10.5, weight: "bold")
        }
        if timeline.sections.contains(where: { $0.items.contains(where: \.tentative) }) {
            canvas.raw("<rect x=\"0\" y=\"\(SVGCanvas.number(y + 4))\" width=\"24\" height=\"10\" fill=\"url(#tentative)\" stroke=\"#1f5f99\" stroke-width=\"0.8\"/>")
            canvas.text("tentative date (to be confirmed)", x: 30, y: y + 13, size: 9.5)
            y += 18
        }
        canvas.height = y + 4
        return canvas.document(title: timeline.title)
    }
}

extension CalendarDate {
    /// Days since 0000-03-01 (a proleptic Gregorian day count): differences are numbers of days.
    public var dayNumber: Int {
        let shifted = month <= 2 ? year - 1 : year
        let era = shifted / 400
        let yearOfEra = shifted - era * 400
        let monthIndex = (month + 9) % 12
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra
    }
}
