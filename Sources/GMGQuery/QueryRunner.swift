import GMGTable

extension GMGDatabase {
    /// Runs a saved query with `name=value` parameters and returns its result as a table.
    ///
    /// The run is read-only. Columns take the kinds the header declares; undeclared ones become
    /// integer, text or money from their values. A `pivot:` header turns the result into a cross
    /// table with totals.
    ///
    /// - Throws: ``QueryError`` naming the query file for parameter and SQL errors.
    public func run(_ query: SavedQuery, parameters: [String: String] = [:]) throws -> GMGTable.Table {
        try run(query, parameters: parameters, sortHelper: true)
    }

    /// ``run(_:parameters:)``, with a sort helper thread only if `sortHelper` (see ``ConnectionPool``).
    func run(_ query: SavedQuery, parameters: [String: String], sortHelper: Bool) throws -> GMGTable.Table {
        let arguments = try ParameterBinder.arguments(for: query, values: parameters)
        var table = try fetchTable(sql: query.sql, arguments: arguments, source: query.file, kinds: query.columnKinds,
                                   sortHelper: sortHelper)
        table.title = query.title
        table.notes = query.notes
        if let pivot = query.pivot { table = try PivotBuilder(pivot: pivot, file: query.file).apply(to: table) }
        return try withTotals(table, of: query)
    }

    /// `table` with the totals row the query's `totals:` header asks for.
    func withTotals(_ table: GMGTable.Table, of query: SavedQuery) throws -> GMGTable.Table {
        var table = table
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
    /// - Throws: ``QueryError`` for SQL errors and for anything but reading (see ``GMGDatabase``).
    public func run(sql: String) throws -> GMGTable.Table {
        var table = try fetchTable(sql: sql, arguments: [:], source: "--sql", kinds: [:])
        table.title = "Query"
        return table
    }

    /// Runs one ad-hoc SQL statement on a read-only connection without holding its result:
    /// `header` gets the column names, then `row` each row as SQLite produces it (cells as
    /// SQLite types them: integer, number, text or null). The time limit holds; the limit on the
    /// number of values does not, since nothing accumulates.
    ///
    /// - Throws: ``QueryError`` for SQL errors and for anything but reading; what `header` or `row` throws.
    public func stream(sql: String, header: ([String]) throws -> Void, row: ([Cell]) throws -> Void) throws {
        try connections.withConnection { connection in
            try connection.stream(sql: sql, arguments: [:], source: "--sql", kinds: [:], limits: limits, header: header, row: row)
        }
    }

    /// Compiles a saved query without running it, so that a broken query fails before any report
    /// is built, whether a report uses it or not.
    ///
    /// - Throws: ``QueryError`` naming the query file for SQL that does not compile or is not allowed.
    public func compile(_ query: SavedQuery) throws {
        try connections.withConnection { try $0.compile(sql: query.sql, source: query.file) }
    }

    /// Runs SQL on a read-only connection and converts the rows to cells of the declared or inferred kinds.
    func fetchTable(sql: String, arguments: [String: ReadOnlyConnection.Argument], source: String,
                    kinds: [String: ColumnKind], sortHelper: Bool = true) throws -> GMGTable.Table {
        let (names, rows) = try connections.withConnection(sortHelper: sortHelper) { connection in
            try connection.fetch(sql: sql, arguments: arguments, source: source, kinds: kinds, limits: limits)
        }
        return GMGTable.Table(title: "", columns: Self.columns(names, kinds: kinds, rows: rows), rows: rows)
    }

    /// Columns of the declared kinds, else of the kinds their values in `rows` have.
    static func columns(_ names: [String], kinds: [String: ColumnKind], rows: [[Cell]]) -> [Column] {
        names.enumerated().map { index, name in
            Column(name, kinds[name] ?? inferredKind(rows.lazy.map { $0[index] }))
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
