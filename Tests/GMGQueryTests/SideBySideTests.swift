import GMGQuery
import GMGTable
import Synchronization
import Testing

/// Queries run side by side, each on a connection of its own over the same loaded database: the
/// same answers as one after the other, a query may run while another is still handing over its
/// rows, and the first failure in the order given is the one reported.
@Suite struct SideBySideTests {
    private let fixture: FixtureQueries

    init() throws {
        fixture = try FixtureQueries()
    }

    @Test func savedQueriesSideBySideAnswerAsOneAfterTheOther() throws {
        let names = ["cube", "by-agency", "funding-by-year", "by-work-stream", "by-year", "by-funding-source", "totals", "activities"]
        let queries = try names.map { (query: try fixture.library.query(named: $0), parameters: [String: String]()) }
        let alone = try queries.map { try fixture.database.run($0.query) }
        for threads in [1, 2, 3, 8] {
            #expect(try fixture.database.run(queries, threads: threads) == alone)
        }
        let byYear = try fixture.library.query(named: "by-agency")
        let years = [("2013", byYear), ("2014", byYear), ("2015", byYear)].map { (query: $0.1, parameters: ["year": $0.0]) }
        #expect(try fixture.database.run(years, threads: 3) == years.map { try fixture.database.run($0.query, parameters: $0.parameters) })
    }

    @Test func aQueryRunsWhileAnotherIsHandingOverItsRows() throws {
        let activities = try fixture.library.query(named: "activities")
        let totals = try fixture.library.query(named: "totals")
        let expected = try fixture.database.run(totals)
        var rows = 0
        var answers: [GMGTable.Table] = []
        try fixture.database.stream(activities, header: { _ in }, row: { _ in
            rows += 1
            if rows <= 3 { answers.append(try fixture.database.run(totals)) }
        })
        #expect(answers == [expected, expected, expected])
        #expect(rows == (try fixture.database.run(activities).rows.count))
    }

    @Test func theFirstFailureInTheOrderGivenIsReported() throws {
        struct Failed: Error, Equatable { let index: Int }
        for threads in [1, 2, 4] {
            #expect(throws: Failed(index: 2)) {
                _ = try SideBySide.run(10, threads: threads) { index in
                    if index == 2 || index == 3 { throw Failed(index: index) }
                    return index
                }
            }
        }
        #expect(try SideBySide.run(5, threads: 3) { $0 * $0 } == [0, 1, 4, 9, 16])
        #expect(try SideBySide.run(0, threads: 2) { $0 } == [])
    }

    @Test func noJobStartsAfterAFailure() throws {
        struct Failed: Error {}
        let started = Mutex<[Int]>([])
        #expect(throws: Failed.self) {
            _ = try SideBySide.run(100, threads: 1) { index in
                started.withLock { $0.append(index) }
                if index == 4 { throw Failed() }
            }
        }
        #expect(started.withLock { $0 } == [0, 1, 2, 3, 4])
    }
}
