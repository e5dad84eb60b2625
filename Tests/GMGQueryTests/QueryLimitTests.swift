import Foundation
import GMGData
import GMGQuery
import GMGTable
import Testing

/// Queries are bounded in time and size, whatever they ask.
@Suite struct QueryLimitTests {
    private func database(_ limits: QueryLimits) throws -> GMGDatabase {
        try GMGDatabase(dataset: DataLoader.load(from: Paths.smallFixture).dataset, limits: limits)
    }

    private func message(_ body: () throws -> Void) -> String {
        do {
            try body()
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test func aRecursiveQueryThatNeverEndsStopsAtTheTimeLimit() throws {
        let database = try database(QueryLimits(seconds: 0.5))
        let clock = ContinuousClock()
        let start = clock.now
        #expect(message { _ = try database.run(sql: "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c") }
                == "--sql: stopped after 0.5 seconds, the time limit for a query; narrow the query")
        #expect(clock.now - start < .seconds(10))
        // The connection is usable again afterwards.
        #expect(try database.run(sql: "SELECT count(*) AS n FROM activities").rows == [[i(7)]])
    }

    @Test func aResultTooLargeStopsAtTheValueLimit() throws {
        let database = try database(QueryLimits(values: 1_000))
        #expect(message { _ = try database.run(sql: "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x, x FROM c") }
                == "--sql: the result has more than 1000 values (the limit); narrow the query")
        #expect(try database.run(sql: "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 500) SELECT x, x FROM c").rows.count == 500)
    }

    @Test func aHugeValueIsRefused() throws {
        let database = try database(.standard)
        #expect(message { _ = try database.run(sql: "SELECT zeroblob(20000000)") } == "--sql: SQL error: string or blob too big")
        #expect(message { _ = try database.run(sql: "SELECT hex(zeroblob(6000000))") } == "--sql: SQL error: string or blob too big")
    }

    @Test func aPivotOfHugeIntegersDoesNotTrap() throws {
        let query = try SavedQuery(file: "pv.sql", name: "pv", text: """
            -- pivot: rows=r columns=c value=v
            SELECT 'a' AS r, 1 AS c, 9223372036854775807 AS v UNION ALL SELECT 'a', 2, 9223372036854775807
            """)
        let table = try database(.standard).run(query)
        #expect(table.rows.first?.last == .number(2 * 9_223_372_036_854_775_807.0), "the sum exceeds Int64 and stays a number")
    }
}
