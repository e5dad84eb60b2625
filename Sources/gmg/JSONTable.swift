import Foundation
import GMGTable

/// A query result as JSON: `{"title", "columns": [{"name", "kind"}], "rows": [{column: value}]}`.
enum JSONTable {
    static func text(_ table: Table) throws -> String {
        let rows: [[String: Any]] = table.rows.map { row in
            var object: [String: Any] = [:]
            for (column, cell) in zip(table.columns, row) { object[column.name] = value(cell) }
            return object
        }
        let document: [String: Any] = [
            "title": table.title,
            "columns": table.columns.map { ["name": $0.name, "kind": $0.kind.rawValue] },
            "rows": rows,
            "notes": table.notes,
        ]
        let data = try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func value(_ cell: Cell) -> Any {
        switch cell {
        case .null: return NSNull()
        case .text(let text): return text
        case .integer(let number): return number
        case .number(let number): return number.isFinite ? number : NSNull()
        case .date(let date): return date.description
        }
    }
}
