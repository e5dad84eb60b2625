import GMGQuery
import GMGTable
import Testing

/// A saved query runs again on the statement compiled for its first run: each run sees only its
/// own parameters and all of its rows, whatever the run before it bound or left unfinished.
@Suite struct StatementReuseTests {
    private let fixture: FixtureQueries

    init() throws {
        fixture = try FixtureQueries()
    }

    @Test func aRunWithoutAParameterDoesNotSeeThePreviousRunsValue() throws {
        let query = try SavedQuery(file: "q.sql", name: "q", text: "-- param: year integer = null  A year\nSELECT :year AS year")
        #expect(try fixture.database.run(query, parameters: ["year": "2014"]).rows == [[i(2014)]])
        #expect(try fixture.database.run(query).rows == [[.null]])
        #expect(try fixture.database.run(query, parameters: ["year": "2015"]).rows == [[i(2015)]])
    }

    @Test func aRunStoppedByItsConsumerLeavesTheNextRunWhole() throws {
        struct Stop: Error {}
        let query = try fixture.library.query(named: "activities")
        let whole = try fixture.database.run(query)
        #expect(whole.rows.count > 1)
        #expect(throws: Stop.self) {
            try fixture.database.stream(query, header: { _ in }, row: { _ in throw Stop() })
        }
        var rows: [[Cell]] = []
        try fixture.database.stream(query, header: { _ in }, row: { rows.append($0) })
        #expect(rows == whole.rows)
        #expect(try fixture.database.run(query) == whole)
    }
}
