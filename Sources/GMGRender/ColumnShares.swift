/// Relative column widths of a document table, in percent of the table's width, from the text the
/// columns hold and the page the table is printed on, so that no word breaks inside, a long text
/// column gets the room and short codes, numbers and dates stay on one line. The HTML page states
/// them as `<col>` widths: WeasyPrint lays the PDF out with them, and pandoc carries them into the
/// Word table's grid.
enum ColumnShares {
    /// Where a table is printed: its width and each cell's padding, in ems of the table's text.
    struct Geometry: Sendable, Equatable {
        /// The table's width.
        var width: Double
        /// Padding left and right of one cell, together.
        var padding: Double

        /// The PDF (WeasyPrint): A4 less 18 mm margins (493 pt), table text 0.85 × 9 pt, cell padding 0.4 em each side.
        static let pdf = Geometry(width: 493.2 / 7.65, padding: 0.8 + 0.2)
        /// Word (pandoc with Reports/reference.docx): A4 less 18 mm margins (493 pt), table text
        /// 8 pt, cell margins 57 twips (2.85 pt) each side.
        static let word = Geometry(width: 493.2 / 8, padding: 5.7 / 8 + 0.2)
    }

    /// A cell no wider than this (in ems) is kept on one line when it can be.
    static let shortText = 8.0
    /// Room left beside a column's longest word (rounding, kerning, a renderer's own measure).
    static let wordSlack = 0.4

    /// The share of each column, in whole percent adding up to 100 (none when there are no columns).
    ///
    /// No column is narrower than its longest unbreakable piece of text (header in bold included),
    /// as far as the table's width allows. Each column asks for the geometric mean of its cells'
    /// mean and longest widths (one long cell widens a column a little, not as much as its
    /// length; a reference half its length), and short values for their whole width; the width left beyond the columns held at
    /// their longest word is shared in proportion to those requests.
    static func percentages(header: [String], rows: [[String]], geometry: Geometry = .pdf) -> [Int] {
        guard !header.isEmpty else { return [] }
        let columns = header.indices
        let floors = columns.map { column in
            let body = rows.compactMap { TextWidth.widestPiece($0[column]) }.max()
            let head = TextWidth.widestPiece(header[column], bold: true)
            return [body, head].compactMap { $0 }.max().map { $0 + wordSlack } ?? 1
        }
        let requests = columns.map { column -> Double in
            let widths = rows.map { requestedWidth($0[column]) }.filter { $0 > 0 }
            let mean = widths.isEmpty ? 0 : widths.reduce(0, +) / Double(widths.count)
            let longest = widths.max() ?? 0
            return max(floors[column], longest <= shortText ? longest + wordSlack : 0, (mean * longest).squareRoot())
        }
        let room = geometry.width - Double(header.count) * geometry.padding
        var text = floors
        if floors.reduce(0, +) < room {
            // Columns whose proportional share is below their longest word are held at it, in turn;
            // the others share what is left.
            var held = Set<Int>()
            for _ in columns {
                let free = columns.filter { !held.contains($0) }
                let left = room - held.reduce(0) { $0 + floors[$1] }
                let asked = free.reduce(0) { $0 + requests[$1] }
                for column in free { text[column] = left * requests[column] / asked }
                guard let narrow = free.first(where: { text[$0] < floors[$0] }) else { break }
                held.insert(narrow)
                text[narrow] = floors[narrow]
            }
        }
        return wholePercent(columns.map { text[$0] + geometry.padding }, floors: floors.map { $0 + geometry.padding })
    }

    /// The width a cell asks for: its whole text, except that a reference without spaces (such as
    /// "mawp-2014-decent-work-o2-a1") asks for half, wrapping at its hyphens on two lines or three.
    private static func requestedWidth(_ text: String) -> Double {
        let whole = TextWidth.ems(Substring(text))
        guard !text.contains(where: \.isWhitespace) else { return whole }
        return max(whole / 2, TextWidth.widestPiece(text) ?? 0)
    }

    /// Whole percent adding up to 100: a column that needs its width for its longest word is
    /// rounded up, the others down; a missing percent goes to the column with the most room beyond
    /// its longest word, and a percent too many comes from it, so no column drops below that word
    /// while another has room to give.
    static func wholePercent(_ widths: [Double], floors: [Double]) -> [Int] {
        let total = widths.reduce(0, +)
        let exact = widths.map { $0 * 100 / total }
        let needed = floors.map { $0 * 100 / total }
        var percent = exact.indices.map { Int(exact[$0] - needed[$0] < 1 ? exact[$0].rounded(.up) : exact[$0].rounded(.down)) }
        while percent.reduce(0, +) != 100 {
            let roomiest = percent.indices.max { Double(percent[$0]) - needed[$0] < Double(percent[$1]) - needed[$1] } ?? 0
            percent[roomiest] += percent.reduce(0, +) < 100 ? 1 : -1
        }
        return percent
    }
}
