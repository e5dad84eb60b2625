import GMGTable

/// Column widths fitted to content, since libxlsxwriter 1.1.4 has no autofit.
///
/// A width is the widest cell of the column as Excel would show it with the column's format, in
/// characters of the default font, plus padding; the header counts with room for its filter
/// button. Text counts its longest line, one unit per character and two for East Asian (3- and
/// 4-byte UTF-8) characters. Widths stay between ``minimum`` and ``maximum``.
enum ColumnWidths {
    static let minimum = 6.0
    static let maximum = 60.0
    private static let cap = Int(maximum)

    /// The width of every column of `table`, from its header, rows and totals (of a table with
    /// streamed rows, the rows it holds: the first ones).
    static func fitted(_ table: Table) -> [Double] {
        var widest = table.columns.map { text($0.name) + 3 }
        for row in table.rows {
            for index in row.indices where widest[index] < cap {
                widest[index] = max(widest[index], cell(row[index], kind: table.columns[index].kind))
            }
        }
        if let totals = table.totals {
            for column in totals.summedColumns {
                let sum = Cell.number(table.sum(ofColumn: column))
                widest[column] = max(widest[column], cell(sum, kind: table.columns[column].kind) + 1)
            }
            if !widest.isEmpty { widest[0] = max(widest[0], text(totals.label)) }
        }
        return widest.map { min(maximum, max(minimum, Double($0) + 2)) }
    }

    /// The printed width of the first `printedColumns` columns at most, in points at 100 %: wider
    /// tables have text columns narrowed (to no less than ``narrowest`` characters) and wrapped.
    static let printBudget = 1_100.0
    static let narrowest = 16.0
    /// Rows looked at when choosing which columns to narrow.
    static let sampleRows = 500

    /// Widths fitted to the content and narrowed to print, and the printed text columns whose
    /// text no longer fits on one line and must wrap.
    ///
    /// A table that fits portrait A4 at a readable scale with its text columns at 30 characters at
    /// most is narrowed to that, else to ``printBudget``. Each step narrows, by two characters, the
    /// text column where that adds the fewest lines to the rows' heights (a row is as tall as its
    /// tallest cell), so a column of short names gives way before a column of long descriptions.
    static func printable(_ table: Table, printedColumns: Int) -> (widths: [Double], wrapped: [Int]) {
        var widths = fitted(table)
        let printed = min(printedColumns, widths.count)
        let texts = (0..<printed).filter { table.columns[$0].kind == .text }
        let sample = Array(table.rows.prefix(sampleRows))
        func total(_ widths: [Double]) -> Double { widths.prefix(printed).reduce(0) { $0 + PagePlan.points(columnWidth: $1) } }
        // By position in `texts`: each sample row's text, measured once, and its lines at the current width.
        let measured = texts.map { column in
            sample.map { row -> XLSXTextFit.MeasuredText? in
                if case .text(let text) = row[column] { return XLSXTextFit.MeasuredText(text) }
                return nil
            }
        }
        func lines(_ text: Int, _ width: Double) -> [Int] {
            measured[text].map { $0?.lines(width: width) ?? 1 }
        }
        var portraitWidths = widths
        for column in texts { portraitWidths[column] = min(widths[column], 30) }
        let portrait = PagePlan.printableWidth(.portrait) / PagePlan.portraitMinimumScale
        let budget = total(portraitWidths) <= portrait ? portrait : printBudget
        var current = texts.indices.map { lines($0, widths[texts[$0]]) }
        /// The sum of the rows' heights in lines when the text column at `text` has the line counts `counts`.
        func height(with text: Int, _ counts: [Int]) -> Int {
            var sum = 0
            for row in sample.indices {
                var tallest = counts[row]
                for other in texts.indices where other != text { tallest = max(tallest, current[other][row]) }
                sum += tallest
            }
            return sum
        }
        while total(widths) > budget {
            let options = texts.indices.filter { widths[texts[$0]] - 2 >= narrowest }.map { text -> (text: Int, counts: [Int], height: Int) in
                let counts = lines(text, widths[texts[text]] - 2)
                return (text, counts, height(with: text, counts))
            }
            guard let best = options.min(by: { $0.height < $1.height }) else { break }
            widths[texts[best.text]] -= 2
            current[best.text] = best.counts
        }
        let wrapped = texts.filter { index in
            table.rows.contains { row in Double(cell(row[index], kind: .text) + 2) > widths[index] }
        }
        return (widths, wrapped)
    }

    /// The characters `cell` takes in a column of `kind`.
    static func cell(_ cell: Cell, kind: ColumnKind) -> Int {
        switch cell {
        case .null: return 0
        case .text(let value): return text(value)
        case .date: return 10
        case .integer(let value): return number(Double(value), kind: kind)
        case .number(let value): return value.isFinite ? number(value, kind: kind) : 0
        }
    }

    /// The display width of the longest line of `value`, stopping once past the cap.
    static func text(_ value: String) -> Int {
        var longest = 0
        var line = 0
        for byte in value.utf8 {
            if byte == 0x0A {
                longest = max(longest, line)
                line = 0
            } else if byte & 0xC0 != 0x80 {
                line += byte >= 0xE0 ? 2 : 1
                if line > cap { return line }
            }
        }
        return max(longest, line)
    }

    /// The characters of a number shown with the format of `kind`.
    static func number(_ value: Double, kind: ColumnKind) -> Int {
        let sign = value < 0 ? 1 : 0
        switch kind {
        case .money:
            let digits = integerDigits(value.magnitude.rounded())
            return digits + (digits - 1) / 3 + sign
        case .percentage:
            return integerDigits((value.magnitude * 100).rounded(.down)) + 3 + sign
        case .date:
            return 10
        case .text, .integer, .year:
            // General shows at most 11 characters before switching to scientific notation.
            let digits = integerDigits(value.magnitude)
            let fraction = value == value.rounded() ? 0 : 4
            return min(11, digits + fraction + sign)
        }
    }

    private static func integerDigits(_ magnitude: Double) -> Int {
        var digits = 1
        var rest = magnitude
        while rest >= 10 && digits < cap {
            rest /= 10
            digits += 1
        }
        return digits
    }
}
