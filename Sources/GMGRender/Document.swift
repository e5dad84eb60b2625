import GMGTable

/// A report as a sequence of blocks: the one section model the Markdown and HTML writers (and,
/// through HTML, PDF and Word) render, so every format says the same thing.
///
/// Text from data stays text in every format: table cells, labels and key figures are escaped by
/// each writer; ``Block/prose(_:)`` is a Markdown fragment whose data parts were escaped when the
/// template was filled (see ``ProseHTML``).
public struct Document: Sendable, Hashable {
    /// One part of a document, in reading order.
    public enum Block: Sendable, Hashable {
        /// A heading: level 2 for a section, 3 and 4 below it. `anchor` is the HTML id.
        case heading(String, level: Int, anchor: String)
        /// A Markdown fragment (paragraphs, `-` lists, `**bold**`, `*italic*`, `###` headings).
        case prose(String)
        /// Label and value pairs shown as a short list.
        case keyFigures([KeyFigure])
        /// A table, its columns already labelled for readers.
        case table(Table)
        /// A chart of the shared chart model.
        case chart(Chart)
        /// A timeline (gantt) of dated items.
        case timeline(Timeline)
        /// Notes shown after a table (source, counting rule).
        case notes([String])
    }

    /// The title (`#` heading, HTML title, title page).
    public var title: String
    /// Lines under the title: audience, "data as of", "built".
    public var subtitle: [String]
    /// The content.
    public var blocks: [Block]

    /// Creates a document.
    public init(title: String, subtitle: [String] = [], blocks: [Block] = []) {
        self.title = title
        self.subtitle = subtitle
        self.blocks = blocks
    }

    /// The level-2 headings with their anchors: the table of contents.
    public var contents: [(title: String, anchor: String)] {
        blocks.compactMap { block in
            if case .heading(let text, 2, let anchor) = block { return (text, anchor) }
            return nil
        }
    }
}

/// One key figure: `Activities: 42`.
public struct KeyFigure: Sendable, Hashable {
    /// The label, e.g. "Activities".
    public var label: String
    /// The value as shown, e.g. "42" or "USD 75,000" or "not stated".
    public var value: String

    /// Creates a key figure.
    public init(label: String, value: String) {
        self.label = label
        self.value = value
    }
}

/// Dated items grouped in sections, drawn as a gantt chart (Mermaid in Markdown, SVG elsewhere).
public struct Timeline: Sendable, Hashable {
    /// One bar.
    public struct Item: Sendable, Hashable {
        /// The text shown beside the bar.
        public var label: String
        /// The first day.
        public var start: CalendarDate
        /// The last day (inclusive).
        public var end: CalendarDate
        /// The date is not settled (e.g. "July 2014 (precise date TBC)"): drawn differently.
        public var tentative: Bool

        /// Creates an item.
        public init(label: String, start: CalendarDate, end: CalendarDate, tentative: Bool = false) {
            self.label = label
            self.start = start
            self.end = end
            self.tentative = tentative
        }
    }

    /// A titled group of items.
    public struct Section: Sendable, Hashable {
        /// The section's name.
        public var name: String
        /// Its items, in order.
        public var items: [Item]

        /// Creates a section.
        public init(name: String, items: [Item]) {
            self.name = name
            self.items = items
        }
    }

    /// The chart's title.
    public var title: String
    /// The first day shown; earlier starts are cut here.
    public var from: CalendarDate
    /// The last day shown; later ends are cut here.
    public var to: CalendarDate
    /// The sections, in order.
    public var sections: [Section]

    /// Creates a timeline; items are cut to `from`...`to` and items wholly outside are left out.
    public init(title: String, from: CalendarDate, to: CalendarDate, sections: [Section]) {
        self.title = title
        self.from = from
        self.to = to
        self.sections = sections.compactMap { section in
            let items = section.items.compactMap { item -> Item? in
                guard item.end >= from, item.start <= to, item.start <= item.end else { return nil }
                var cut = item
                cut.start = max(item.start, from)
                cut.end = min(item.end, to)
                return cut
            }
            return items.isEmpty ? nil : Section(name: section.name, items: items)
        }
    }

    /// The number of items drawn.
    public var itemCount: Int { sections.reduce(0) { $0 + $1.items.count } }
}
