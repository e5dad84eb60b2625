import GMGTable
import GRDB

extension GMGDatabase {
    /// Runs a saved query with `name=value` parameters and returns its result as a table.
    ///
    /// The run is read-only. Columns take the kinds the header declares; undeclared ones become
    /// integer, text or money from their values. A `pivot:` header turns the result into a cross
    /// table with totals.
    ///
    /// - Throws: ``QueryError`` naming the query file for parameter and SQL errors.
    public func run(_ query: SavedQuery, parameters: [String: String] = [:]) throws -> GMGTable.Table {
        let arguments = try ParameterBinder.arguments(for: query, values: parameters)
        var table = try fetchTable(sql: query.sql, arguments: arguments, source: query.file, kinds: query.columnKinds)
        table.title = query.title
        table.notes = query.notes
        if let pivot = query.pivot { table = try PivotBuilder(pivot: pivot, file: query.file).apply(to: table) }
        let totalColumns = query.totals.compactMap { name in table.columns.firstIndex { $0.name == name } }
        if !query.totals.isEmpty {
            guard totalColumns.count == query.totals.count else {
                throw QueryError(query.file, "totals: a named column is not in the result (\(query.totals.joined(separator: ", ")))")
            }
            table.totals = Totals(summedColumns: totalColumns)
        }
        return table
    }

    /// Runs one ad-hoc SQL statement on a read-only connection.
    ///
    /// - Throws: ``QueryError`` for SQL errors, including attempts to write.
    public func run(sql: String) throws -> GMGTable.Table {
        var table = try fetchTable(sql: sql, arguments: StatementArguments(), source: "--sql", kinds: [:])
        table.title = "Query"
        return table
    }

    /// Compiles a saved query without running it, so that a broken query fails before any report
    /// is built, whether a report uses it or not.
    ///
    /// - Throws: ``QueryError`` naming the query file for SQL that does not compile or would write.
    public func compile(_ query: SavedQuery) throws {
        do {
            try queue.read { db in
                let statement = try db.makeStatement(sql: query.sql)
                guard statement.isReadonly else { throw QueryError(query.file, "only queries that read are allowed") }
            }
        } catch let error as DatabaseError {
            throw QueryError(query.file, "SQL error: \(error.message ?? "\(error.resultCode)")")
        }
    }

    /// Runs SQL read-only and converts the rows to cells of the declared or inferred kinds.
    func fetchTable(sql: String, arguments: StatementArguments, source: String, kinds: [String: ColumnKind]) throws -> GMGTable.Table {
        do {
            return try queue.read { db in
                let statement = try db.makeStatement(sql: sql)
                guard statement.isReadonly else { throw QueryError(source, "only queries that read are allowed") }
                let names = statement.columnNames
                var rows: [[Cell]] = []
                let cursor = try Row.fetchCursor(statement, arguments: arguments)
                while let row = try cursor.next() {
                    rows.append((0..<names.count).map { Self.cell(row[$0] as DatabaseValue, kind: kinds[names[$0]]) })
                }
                let columns = names.enumerated().map { index, name in
                    Column(name, kinds[name] ?? Self.inferredKind(rows.lazy.map { $0[index] }))
                }
                return GMGTable.Table(title: "", columns: columns, rows: rows)
            }
        } catch let error as DatabaseError {
            throw QueryError(source, "SQL error: \(error.message ?? "\(error.resultCode)")")
        }
    }

    private static func cell(_ value: DatabaseValue, kind: ColumnKind?) -> Cell {
        switch value.storage {
        case .null, .blob: return .null
        case .int64(let number): return kind == .text ? .text(String(number)) : .integer(number)
        case .double(let number): return kind == .text ? .text(String(number)) : .number(number)
        case .string(let text):
            if kind == .date, let date = CalendarDate(iso: text) { return .date(date) }
            return .text(text)
        }
    }

    private static func inferredKind(_ cells: some Sequence<Cell>) -> ColumnKind {
        for cell in cells {
            switch cell {
            case .integer: return .integer
            case .number: return .money
            case .date: return .date
            case .text: return .text
            case .null: continue
            }
        }
        return .text
    }
}
