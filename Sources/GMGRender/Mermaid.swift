import GMGTable

/// Mermaid charts as fenced ```` ```mermaid ```` blocks, which GitHub and GitLab draw in Markdown.
///
/// Every label goes through ``label(_:)`` so data cannot break the chart's syntax. Numbers are
/// written by ``NumberFormatting/plain(_:grouping:)`` (no exponent, no locale).
///
/// ```swift
/// let block = try Mermaid.pie(title: "Funding by source",
///                             slices: [.init(label: "UNDP", value: 1200), .init(label: "EU", value: 800)])
/// ```
public enum Mermaid {
    /// One slice of a ``pie(title:slices:showData:)`` chart.
    public struct Slice: Sendable, Hashable {
        /// The legend text.
        public var label: String
        /// The slice's value (zero or more).
        public var value: Double

        /// Creates a slice.
        public init(label: String, value: Double) {
            self.label = label
            self.value = value
        }
    }

    /// A `gantt` chart of a timeline's items grouped in its sections, dates as `YYYY-MM-DD`, end dates inclusive.
    /// - Throws: ``RenderError/invalidChart(_:)`` when a task ends before it starts.
    public static func gantt(title: String?, sections: [Timeline.Section]) throws -> String {
        var lines = ["gantt"]
        if let title { lines.append("    title \(label(title))") }
        lines += ["    dateFormat YYYY-MM-DD", "    axisFormat %b %Y", "    inclusiveEndDates"]
        for section in sections {
            lines.append("    section \(label(section.name))")
            for task in section.items {
                guard task.start <= task.end else {
                    throw RenderError.invalidChart("gantt task in section \"\(section.name)\" ends before it starts")
                }
                lines.append("    \(ganttLabel(task.label)) :\(task.tentative ? "active, " : "")\(task.start), \(task.end)")
            }
        }
        return fenced(lines)
    }

    /// A `pie` chart; `showData` prints each value next to its legend entry.
    /// - Throws: ``RenderError/invalidChart(_:)`` for a negative, NaN or infinite value.
    public static func pie(title: String?, slices: [Slice], showData: Bool = true) throws -> String {
        var head = "pie"
        if showData { head += " showData" }
        var lines = [head]
        if let title { lines.append("    title \(label(title))") }
        for slice in slices {
            guard slice.value.isFinite, slice.value >= 0 else {
                throw RenderError.invalidChart("pie slice \(lines.count - 1) is negative or not a number")
            }
            lines.append("    \"\(label(slice.label))\" : \(NumberFormatting.plain(slice.value))")
        }
        return fenced(lines)
    }

    /// An `xychart-beta` bar chart: one bar per category.
    /// - Parameters:
    ///   - valueAxis: the title of the value (y) axis, when set.
    ///   - horizontal: bars run left to right, category labels stacked on the left (long labels
    ///     do not overprint each other).
    /// - Throws: ``RenderError/invalidChart(_:)`` when the counts differ or a value is NaN or infinite.
    public static func bar(title: String?, categories: [String], values: [Double],
                           valueAxis: String? = nil, horizontal: Bool = false) throws -> String {
        guard categories.count == values.count else {
            throw RenderError.invalidChart("bar chart has \(categories.count) categories for \(values.count) values")
        }
        guard values.allSatisfy(\.isFinite) else { throw RenderError.invalidChart("bar value is not a number") }
        var lines = [horizontal ? "xychart-beta horizontal" : "xychart-beta"]
        if let title { lines.append("    title \"\(label(title))\"") }
        lines.append("    x-axis [" + categories.map { "\"\(label($0))\"" }.joined(separator: ", ") + "]")
        if let valueAxis { lines.append("    y-axis \"\(label(valueAxis))\"") }
        lines.append("    bar [" + values.map { NumberFormatting.plain($0) }.joined(separator: ", ") + "]")
        return fenced(lines)
    }

    /// `text` made safe for any Mermaid label, keeping it readable.
    ///
    /// Line breaks and other control characters become spaces; `"` becomes `'`; `:` becomes the
    /// look-alike `꞉` (U+A789); `<` and `>` become `‹` and `›` (no markup reaches the chart); `;` becomes `,`; `#` becomes `＃` (U+FF03); `%%` (a comment) becomes
    /// `% %`. Spaces at the ends are trimmed, and an empty label becomes `(blank)`.
    public static func label(_ text: String) -> String {
        var out = ""
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            var next = scalar
            switch scalar {
            case "\"": next = "'"
            case ":": next = "\u{A789}"
            case "<": next = "\u{2039}"
            case ">": next = "\u{203A}"
            case ";": next = ","
            case "#": next = "\u{FF03}"
            case "%" where previous == "%": out.unicodeScalars.append(" ")
            default: if scalar.value < 0x20 || scalar.value == 0x7F { next = " " }
            }
            out.unicodeScalars.append(next)
            previous = next
        }
        let trimmed = out.trimmingSpaces()
        return trimmed.isEmpty ? "(blank)" : trimmed
    }

    /// Gantt statements a task line must not start with (the grammar ignores case).
    private static let ganttKeywords: Set<String> = [
        "title", "section", "dateformat", "axisformat", "tickinterval", "excludes", "includes",
        "todaymarker", "weekday", "weekend", "inclusiveenddates", "topaxis", "click", "acctitle",
        "accdescr", "displaymode",
    ]

    /// A task label that cannot be read as a statement: a leading keyword gets a zero-width space.
    private static func ganttLabel(_ text: String) -> String {
        let safe = label(text)
        let firstWord = safe.prefix { $0 != " " }.lowercased()
        return ganttKeywords.contains(firstWord) ? "\u{200B}" + safe : safe
    }

    private static func fenced(_ lines: [String]) -> String {
        "```mermaid\n" + lines.joined(separator: "\n") + "\n```\n"
    }
}
