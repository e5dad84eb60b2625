import GMGTable

/// Turns a long result (row key, column key, value) into a cross table with a `Total` column and
/// a totals row. Column keys sort numerically when they are numbers, else by code point. A pair
/// with no rows is 0 in a count (integer) pivot and empty otherwise; a pair whose rows all have an
/// empty value stays empty (nothing stated is not zero), and so does a row's total when none of its
/// cells states a value.
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
        // nil: rows were there but none stated a value (an empty cell, not zero).
        var sums: [String: [Cell: Double?]] = [:]
        for row in table.rows {
            let rowKey = Self.text(row[rowIndex])
            if sums[rowKey] == nil { rowKeys.append(rowKey) }
            if !columnKeys.contains(row[columnIndex]) { columnKeys.append(row[columnIndex]) }
            let known = sums[rowKey]?[row[columnIndex]] ?? nil
            let value = row[valueIndex].numericValue
            sums[rowKey, default: [:]][row[columnIndex]] = value.map { (known ?? 0) + $0 } ?? known
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
        func cell(_ value: Double?) -> Cell {
            guard let value else { return .null }
            if kind == .integer, let whole = Int64(exactly: value) { return .integer(whole) }
            return .number(value)
        }
        let rows: [[Cell]] = rowKeys.map { key in
            // A pair without rows counts 0 (an amount there is not stated: empty); a pair whose
            // rows state nothing stays empty.
            let values: [Double?] = columnKeys.map { column in
                guard let entry = sums[key]?[column] else { return kind == .integer ? 0 : nil }
                return entry
            }
            let stated = values.compactMap { $0 }
            let total: Double? = values.contains { $0 != nil } ? stated.reduce(0, +) : nil
            return [.text(key)] + (values + [total]).map(cell)
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
