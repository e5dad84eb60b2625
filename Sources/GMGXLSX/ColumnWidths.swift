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

    /// The width of every column of `table`, from its header, rows and totals.
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
        case .text, .integer:
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
