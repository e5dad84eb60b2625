import GMGTable

extension Document {
    /// About how many printed A4 pages the body fills (PDF at 9 pt; Word is close): about 450 words
    /// a page, a table row a thirtieth of a page beside its words, a chart a third of a page.
    var estimatedPages: Double {
        func count(_ text: String) -> Int { Self.words(in: text) }
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

    /// The words of `text`: runs of characters between white space, as splitting its characters
    /// at `isWhitespace` counts them. Counted on its scalars when each is ASCII or a plain letter,
    /// digit, punctuation mark or symbol of Latin or general punctuation (none of them joins a
    /// white space into one character), else by splitting: every page of every report is measured.
    static func words(in text: String) -> Int {
        var words = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let space: Bool
            if value < 0x80 {
                space = value == 0x20 || (0x09...0x0D).contains(value)
            } else if (value < 0x0590 || (0x2010..<0x2028).contains(value) || (0x2030..<0x205F).contains(value)
                       || (0x20A0..<0x2C00).contains(value)) && plainCategories.contains(scalar.properties.generalCategory) {
                space = false
            } else {
                return text.split(whereSeparator: \.isWhitespace).count
            }
            if !space, !inWord { words += 1 }
            inWord = !space
        }
        return words
    }

    private static let plainCategories: Set<Unicode.GeneralCategory> = [
        .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
        .decimalNumber, .letterNumber, .otherNumber,
        .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
        .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol,
    ]

    /// A document whose body fills about two pages or less starts its body on the title page, under
    /// the contents: a page holding only the title and a few contents lines would be near-empty.
    public var startsOnTitlePage: Bool { estimatedPages <= 2 }
}
