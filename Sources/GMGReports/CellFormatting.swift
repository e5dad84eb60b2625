import GMGRender
import GMGTable

/// How report text (templates, key figures, chart labels) spells cells.
enum CellFormatting {
    static func text(_ cell: Cell, kind: ColumnKind) -> String {
        switch cell {
        case .null: return ""
        case .text(let text): return text
        case .date(let date): return date.description
        // SQLite may hand a whole-dollar amount back as an integer (a REAL with no fraction, through a sort): still money.
        case .integer(let value) where kind == .money: return "USD " + NumberFormatting.integer(value, grouping: true)
        case .integer(let value): return NumberFormatting.integer(value, grouping: kind != .year)
        case .number(let value):
            switch kind {
            case .money: return "USD " + NumberFormatting.fixed(value, decimals: 0, grouping: true)
            case .percentage: return NumberFormatting.percent(value, decimals: 0)
            case .integer: return NumberFormatting.fixed(value, decimals: 0, grouping: true)
            default: return NumberFormatting.plain(value)
            }
        }
    }
}

extension CellFormatting {
    /// The plain value of a cell, for parameters and file names (`2014`, `ILO`, `2014-06-30`).
    static func raw(_ cell: Cell) -> String {
        switch cell {
        case .null: return ""
        case .text(let text): return text
        case .date(let date): return date.description
        case .integer(let value): return String(value)
        case .number(let value): return NumberFormatting.plain(value)
        }
    }

    /// A column name as a label: `cost_usd` → `Cost (USD)`, `id` → `Ref.` (see ``Column/readableTitle(_:)``).
    static func label(_ name: String) -> String { Column.readableTitle(name) }
}
