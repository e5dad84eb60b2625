import GMGTable

/// How the text renderers (CSV, Markdown) spell numbers of each column kind.
struct NumberStyle: Sendable {
    /// Thousands separators in integer parts.
    var grouping: Bool
    /// Places for money, rounded half-up.
    var moneyDecimals: Int
    /// Places of a percentage shown as `12.5%`; nil writes the plain fraction (`0.125`).
    var percentDecimals: Int?

    /// The value of `cell` in a column of `kind`, unescaped; nil when it is a NaN or an infinity.
    ///
    /// Text and dates are the same in every kind of column; numbers follow the column: money to
    /// `moneyDecimals` places, percentages as a percentage or plain fraction, anything else exact.
    func text(of cell: Cell, kind: ColumnKind) -> String? {
        switch cell {
        case .null:
            return ""
        case .text(let text):
            return text
        case .date(let date):
            return date.description
        case .integer(let value):
            let decimal = DecimalText(value)
            return numberText(decimal, kind: kind)
        case .number(let value):
            guard let decimal = DecimalText(value) else { return nil }
            return numberText(decimal, kind: kind)
        }
    }

    private func numberText(_ decimal: DecimalText, kind: ColumnKind) -> String {
        switch kind {
        case .money:
            let places = max(0, moneyDecimals)
            return decimal.rounded(toDecimals: places).text(decimals: places, grouping: grouping)
        case .percentage:
            if let places = percentDecimals.map({ max(0, $0) }) {
                return decimal.shifted(by: 2).rounded(toDecimals: places).text(decimals: places, grouping: grouping) + "%"
            }
            return decimal.text(decimals: decimal.fractionLength, grouping: grouping)
        case .year:
            return decimal.text(decimals: decimal.fractionLength, grouping: false)
        case .text, .integer, .date:
            return decimal.text(decimals: decimal.fractionLength, grouping: grouping)
        }
    }
}

/// Checks the shape of a table before a renderer writes any of it.
func validateShape(of table: Table) throws {
    for (index, row) in table.rows.enumerated() where row.count != table.columns.count {
        throw RenderError.rowWidth(table: table.title, row: index + 1, expected: table.columns.count, found: row.count)
    }
    if let totals = table.totals {
        for column in totals.summedColumns where !table.columns.indices.contains(column) {
            throw RenderError.totalsColumn(table: table.title, column: column)
        }
    }
}
