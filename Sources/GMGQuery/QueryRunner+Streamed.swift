import GMGTable

extension GMGDatabase {
    /// Runs a saved query like ``run(_:parameters:)`` but holds at most `held` rows as Swift values:
    /// past that, the table keeps its first `held` rows and gets ``GMGTable/Table/streamed`` rows that
    /// run the query again, row by row, for the renderers that write every row (workbook, CSV).
    /// Nothing accumulates past `held` rows, so the limit on a result's values does not apply (the
    /// time limit holds for every run). A query with a `pivot:` header is always held whole (a
    /// pivot needs every row).
    ///
    /// Column kinds not declared in the header are taken from the held rows.
    ///
    /// - Throws: ``QueryError`` naming the query file for parameter and SQL errors.
    public func run(_ query: SavedQuery, parameters: [String: String] = [:], holdingAtMost held: Int) throws -> GMGTable.Table {
        guard query.pivot == nil else { return try run(query, parameters: parameters) }
        let arguments = try ParameterBinder.arguments(for: query, values: parameters)
        let (sql, source, kinds) = (query.sql, query.file, query.columnKinds)
        var names: [String] = []
        var rows: [[Cell]] = []
        var tally = RowTally(columns: 0)
        try connections.withConnection { connection in
            try connection.stream(sql: sql, arguments: arguments, source: source, kinds: kinds, limits: limits) { header in
                names = header
                tally = RowTally(columns: header.count)
            } row: { cells in
                tally.add(cells)
                if rows.count < held { rows.append(cells) }
            }
        }
        var table = GMGTable.Table(title: query.title, columns: Self.columns(names, kinds: kinds, rows: rows), rows: rows,
                                   notes: query.notes)
        if tally.count > rows.count {
            let connections = self.connections, limits = self.limits
            table.streamed = tally.rows { body in
                try connections.withConnection { connection in
                    try connection.stream(sql: sql, arguments: arguments, source: source, kinds: kinds, limits: limits,
                                          header: { _ in }, row: body)
                }
            }
        }
        return try withTotals(table, of: query)
    }

    /// Runs a saved query without holding its result: `header` gets the column names, then `row`
    /// each row as SQLite produces it (cells of the declared kinds, else as SQLite types them).
    /// The time limit holds; the limit on a result's values does not, since nothing accumulates.
    ///
    /// - Throws: ``QueryError`` naming the query file for parameter and SQL errors; what `header` or `row` throws.
    public func stream(_ query: SavedQuery, parameters: [String: String] = [:], header: ([String]) throws -> Void,
                       row: ([Cell]) throws -> Void) throws {
        let arguments = try ParameterBinder.arguments(for: query, values: parameters)
        try connections.withConnection { connection in
            try connection.stream(sql: query.sql, arguments: arguments, source: query.file, kinds: query.columnKinds,
                                  limits: limits, header: header, row: row)
        }
    }
}
