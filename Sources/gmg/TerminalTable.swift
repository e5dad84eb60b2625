import GMGRender
import GMGTable

/// A plain-text table for the terminal: aligned columns, numbers right-aligned with separators.
enum TerminalTable {
    static func text(_ table: Table) -> String {
        let header = table.columns.map(\.name)
        var rows = table.rows.map { row in zip(row, table.columns).map { cell($0, kind: $1.kind) } }
        if let totals = table.totals {
            var line = Array(repeating: "", count: table.columns.count)
            line[0] = totals.label
            for index in totals.summedColumns {
                line[index] = cell(.number(table.sum(ofColumn: index)), kind: table.columns[index].kind)
            }
            rows.append(line)
        }
        let widths = header.indices.map { index in
            ([header[index]] + rows.map { $0[index] }).map(\.count).max() ?? 0
        }
        func line(_ values: [String]) -> String {
            values.enumerated().map { index, value in
                let padding = String(repeating: " ", count: widths[index] - value.count)
                return isNumeric(table.columns[index].kind) ? padding + value : value + padding
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces) + "\n"
        }
        var text = table.title.isEmpty ? "" : table.title + "\n\n"
        text += line(header) + line(widths.map { String(repeating: "-", count: $0) })
        for row in rows { text += line(row) }
        text += "(\(table.rows.count) row\(table.rows.count == 1 ? "" : "s"))\n"
        for note in table.notes { text += "Note: \(note)\n" }
        return text
    }

    private static func isNumeric(_ kind: ColumnKind) -> Bool {
        kind == .integer || kind == .money || kind == .percentage
    }

    private static func cell(_ cell: Cell, kind: ColumnKind) -> String {
        switch cell {
        case .null: return ""
        case .text(let text): return text.replacingOccurrences(of: "\n", with: " ")
        case .date(let date): return date.description
        case .integer(let value): return NumberFormatting.integer(value, grouping: kind != .year)
        case .number(let value):
            switch kind {
            case .money: return NumberFormatting.fixed(value, decimals: 2, grouping: true)
            case .percentage: return NumberFormatting.percent(value, decimals: 1)
            case .integer: return NumberFormatting.fixed(value, decimals: 0, grouping: true)
            default: return NumberFormatting.plain(value)
            }
        }
    }
}
