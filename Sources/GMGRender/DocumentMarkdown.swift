import Foundation
import GMGTable

/// Writes a ``Document`` as GitHub-flavoured Markdown: charts and timelines as Mermaid blocks,
/// tables as pipe tables, notes as block quotes.
public struct DocumentMarkdown: Sendable {
    /// How tables spell numbers.
    public var table: MarkdownTable

    /// Creates a writer; money is shown in whole units, percentages without decimals.
    public init(table: MarkdownTable = MarkdownTable(options: .init(moneyDecimals: 0, percentDecimals: 0))) {
        self.table = table
    }

    /// The whole document, ending with a newline.
    /// - Throws: ``RenderError`` for a table or chart that cannot be written.
    public func render(_ document: Document) throws -> String {
        var parts = [MarkdownText.heading(document.title, level: 1)]
        if !document.subtitle.isEmpty {
            parts.append("*" + document.subtitle.map(MarkdownText.inline).joined(separator: " · ") + "*")
        }
        for block in document.blocks {
            let text = try render(block)
            if !text.isEmpty { parts.append(text) }
        }
        return parts.joined(separator: "\n\n") + "\n"
    }

    private func render(_ block: Document.Block) throws -> String {
        switch block {
        case .heading(let text, let level, _):
            return MarkdownText.heading(text, level: level)
        case .prose(let text):
            return text.trimmingScalars(in: .whitespacesAndNewlines)
        case .keyFigures(let figures):
            return figures.map { "- **\(MarkdownText.inline($0.label))**: \(MarkdownText.inline($0.value))" }
                .joined(separator: "\n")
        case .table(let item):
            return try table.render(item).trimmingScalars(in: .newlines)
        case .chart(let chart):
            return try MermaidChart.render(chart).trimmingScalars(in: .newlines)
        case .timeline(let timeline):
            return try MermaidChart.render(timeline).trimmingScalars(in: .newlines)
        case .notes(let notes):
            return notes.map(MarkdownText.blockQuote).joined(separator: "\n>\n")
        }
    }
}

/// The Mermaid form of the shared chart model and of timelines, made to read well where GitHub
/// draws it: titles that say what is measured, horizontal bars for long labels, labels cut to a
/// readable length, one chart per series (Mermaid's bar charts have no legend).
public enum MermaidChart {
    /// The longest category label drawn; the full text is in the table beside the chart.
    static let labelLength = 40

    /// A pie or bar chart; an empty chart gives an empty string.
    public static func render(_ chart: Chart) throws -> String {
        guard !chart.categories.isEmpty, !chart.series.isEmpty else { return "" }
        let title = "\(chart.title) (\(measurePhrase(chart.measure)))"
        switch chart.kind {
        case .pie:
            let slices = zip(chart.categories, chart.series[0].values).map { Mermaid.Slice(label: short($0.0), value: $0.1) }
            return try Mermaid.pie(title: title, slices: slices)
        case .bar, .column:
            var blocks: [String] = []
            for series in chart.series {
                let seriesTitle = chart.series.count == 1 ? title : "\(title), \(series.name)"
                blocks.append(try Mermaid.bar(title: seriesTitle, categories: chart.categories.map(short), values: series.values,
                                              valueAxis: chart.measure.axisTitle, horizontal: chart.kind == .bar))
            }
            return blocks.joined(separator: "\n")
        }
    }

    /// A gantt chart of the timeline (untitled: the section's heading names it): tentative items
    /// tagged `active` (drawn in another colour) and marked "(tentative)", labels cut to a readable length.
    public static func render(_ timeline: Timeline) throws -> String {
        let sections = timeline.sections.map { section in
            Timeline.Section(name: short(section.name), items: section.items.map { item in
                Timeline.Item(label: short(item.label) + (item.tentative ? " (tentative)" : ""),
                              start: item.start, end: item.end, tentative: item.tentative)
            })
        }
        return try Mermaid.gantt(title: nil, sections: sections)
    }

    /// "number of activities" or "USD".
    static func measurePhrase(_ measure: ChartMeasure) -> String {
        measure.phrase
    }

    /// A chart label of at most ``labelLength`` characters, cut between words where a word boundary
    /// lies in its second half ("Circulate handbook text end of February…", not "...Februa…").
    static func short(_ text: String) -> String {
        guard text.count > labelLength else { return text }
        var kept = text.prefix(labelLength - 1)
        let next = text[kept.endIndex]
        if !next.isWhitespace, let space = kept.lastIndex(of: " "), kept.distance(from: kept.startIndex, to: space) >= labelLength / 2 {
            kept = kept[..<space]
        }
        return kept.trimmingScalars(in: CharacterSet(charactersIn: " ,;:–-.")) + "…"
    }
}
