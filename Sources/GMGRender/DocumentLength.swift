import GMGTable

extension Document {
    /// About how many printed A4 pages the body fills (PDF at 9 pt; Word is close): about 450 words
    /// a page, a table row a thirtieth of a page beside its words, a chart a third of a page.
    var estimatedPages: Double {
        func count(_ text: String) -> Int { text.split(whereSeparator: \.isWhitespace).count }
        var words = 0, rows = 0, figures = 0
        for block in blocks {
            switch block {
            case .heading(let text, _, _): words += count(text) + 6
            case .prose(let text): words += count(text)
            case .keyFigures(let items): words += items.count * 4
            case .table(let table):
                rows += table.rows.count + 1
                for row in table.rows {
                    for cell in row { if case .text(let text) = cell { words += count(text) } else { words += 1 } }
                }
            case .chart, .timeline: figures += 1
            case .notes(let notes): words += notes.reduce(0) { $0 + count($1) }
            }
        }
        return Double(words) / 450 + Double(rows) / 30 + Double(figures) / 3
    }

    /// A document whose body fills about two pages or less starts its body on the title page, under
    /// the contents: a page holding only the title and a few contents lines would be near-empty.
    public var startsOnTitlePage: Bool { estimatedPages <= 2 }
}
