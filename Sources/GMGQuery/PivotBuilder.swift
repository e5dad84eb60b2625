import GMGTable

/// Turns a long result (row key, column key, value) into a cross table with a `Total` column and
/// a totals row. Column keys sort numerically when they are numbers, else by code point.
struct PivotBuilder {
    let pivot: Pivot
    let file: String

    func apply(to table: GMGTable.Table) throws -> GMGTable.Table {
        func index(_ name: String) throws -> Int {
            guard let found = table.columns.firstIndex(where: { $0.name == name }) else {
                throw QueryError(file, "pivot: no column \"\(name)\" in the result")
            }
            return found
        }
        let rowIndex = try index(pivot.rows), columnIndex = try index(pivot.columns), valueIndex = try index(pivot.value)
        var rowKeys: [String] = []
        var columnKeys: [Cell] = []
        var sums: [String: [Cell: Double]] = [:]
        for row in table.rows {
            let rowKey = Self.text(row[rowIndex])
            if sums[rowKey] == nil { rowKeys.append(rowKey) }
            if !columnKeys.contains(row[columnIndex]) { columnKeys.append(row[columnIndex]) }
            sums[rowKey, default: [:]][row[columnIndex], default: 0] += row[valueIndex].numericValue ?? 0
        }
        columnKeys.sort { left, right in
            switch (left.numericValue, right.numericValue) {
            case let (l?, r?): return l < r
            default: return Array(Self.text(left).unicodeScalars.map(\.value)).lexicographicallyPrecedes(
                Self.text(right).unicodeScalars.map(\.value))
            }
        }
        let kind = table.columns[valueIndex].kind
        var columns = [Column(pivot.rows, .text)] + columnKeys.map { Column(Self.text($0), kind) }
        columns.append(Column("Total", kind))
        let rows: [[Cell]] = rowKeys.map { key in
            let values = columnKeys.map { sums[key]?[$0] ?? 0 }
            return [.text(key)] + (values + [values.reduce(0, +)]).map { sum in
                if kind == .integer, let whole = Int64(exactly: sum) { return .integer(whole) }
                return .number(sum)
            }
        }
        return GMGTable.Table(title: table.title, columns: columns, rows: rows, notes: table.notes,
                     totals: Totals(summedColumns: Array(1..<columns.count)))
    }

    private static func text(_ cell: Cell) -> String {
        switch cell {
        case .null: return ""
        case .text(let text): return text
        case .integer(let number): return String(number)
        case .number(let number): return String(number)
        case .date(let date): return date.description
        }
    }
}
