import GMGTable

extension GMGDatabase {
    /// Runs saved queries side by side, each like ``run(_:parameters:)``, on up to `threads`
    /// threads, each with a connection of its own on the same database (see ``SideBySide``: the
    /// threads take the queries in the order given, so give the longest first); the tables come
    /// back in that order. With more than one thread, no query sorts on a helper thread of its own
    /// (the threads take the cores).
    ///
    /// - Throws: the error of the first query, in the order given, that failed.
    public func run(_ queries: [(query: SavedQuery, parameters: [String: String])], threads: Int) throws -> [GMGTable.Table] {
        try SideBySide.run(queries.count, threads: threads) { [self] index in
            try run(queries[index].query, parameters: queries[index].parameters, sortHelper: threads == 1)
        }
    }
}
