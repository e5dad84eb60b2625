/// Relative column widths of a document table, in percent of the table's width, from the text the
/// columns hold, so that a long text column gets the room and short codes, numbers and dates stay
/// on one line. The HTML page states them as `<col>` widths: WeasyPrint lays the PDF out with
/// them, and pandoc carries them into the Word table.
enum ColumnShares {
    /// Text no longer than this many characters is kept on one line when it can be.
    static let shortText = 14
    /// About how many characters of table text fit across a table (pandoc makes Word tables about 14 cm wide).
    static let lineCharacters = 75.0

    /// The share of each column, in whole percent adding up to 100 (none when there are no columns).
    ///
    /// Each column asks for the geometric mean of its cells' mean and longest lengths (one long
    /// cell widens a column a little, not as much as its length), at least its longest word (header
    /// included: words never break) and, for short values, its longest value; the shares are those
    /// requests in proportion.
    static func percentages(header: [String], rows: [[String]]) -> [Int] {
        guard !header.isEmpty else { return [] }
        let requests = header.indices.map { column -> Double in
            let cells = rows.map { $0[column] }.filter { !$0.isEmpty }
            let lengths = cells.map(\.count)
            let longestWord = ([header[column]] + cells).map(longestWordLength).max() ?? 1
            let mean = lengths.isEmpty ? 0 : Double(lengths.reduce(0, +)) / Double(lengths.count)
            let longest = lengths.max() ?? 0
            return max(Double(longestWord), Double(min(longest, shortText)), (mean * Double(longest)).squareRoot(), 1)
        }
        // A column is never narrower than its longest word (plus the cell's padding) at the
        // documents' table size; the rest of the width goes in proportion to the requests.
        let floors = header.indices.map { column in
            Double(([header[column]] + rows.map { $0[column] }).map(longestWordLength).max() ?? 1) + 2
        }
        var fixed = Set<Int>()
        var shares = [Double](repeating: 0, count: header.count)
        for _ in header.indices {
            let free = header.indices.filter { !fixed.contains($0) }
            let room = lineCharacters - fixed.reduce(0) { $0 + floors[$1] }
            let asked = free.reduce(0) { $0 + requests[$1] }
            for column in free { shares[column] = room * requests[column] / asked }
            guard let narrow = free.first(where: { shares[$0] < floors[$0] }) else { break }
            fixed.insert(narrow)
            shares[narrow] = floors[narrow]
        }
        let total = shares.reduce(0, +)
        var percent = shares.map { Int(($0 * 100 / total).rounded(.down)) }
        // Hand the percent lost to rounding down to the widest columns.
        let order = shares.indices.sorted { shares[$0] > shares[$1] }
        for index in 0..<(100 - percent.reduce(0, +)) { percent[order[index % order.count]] += 1 }
        return percent
    }

    private static func longestWordLength(_ text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).map(\.count).max() ?? 0
    }
}
