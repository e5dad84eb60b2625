import Foundation
import GMGData
import GMGQuery
import GMGTable
import Testing

/// A saved query's result held in part and streamed for the rest gives the same rows, totals and
/// tallies as the result held whole, and holds no more than asked.
@Suite struct StreamedResultTests {
    private let fixture: FixtureQueries
    private let query: SavedQuery

    init() throws {
        fixture = try FixtureQueries(data: Paths.data)
        query = try fixture.library.query(named: "activities")
    }

    @Test func aResultPastTheHeldRowsKeepsItsFirstRowsAndReplaysEveryRow() throws {
        let whole = try fixture.database.run(query)
        #expect(whole.rows.count > 100)
        let part = try fixture.database.run(query, holdingAtMost: 10)
        #expect(part.rows == Array(whole.rows.prefix(10)))
        #expect(part.rowCount == whole.rows.count)
        #expect(part.columns == whole.columns)
        #expect(part.totals == whole.totals)
        var replayed: [[Cell]] = []
        try part.forEachRow { replayed.append($0) }
        #expect(replayed == whole.rows)
        for column in whole.columns.indices {
            #expect(part.sum(ofColumn: column) == whole.sum(ofColumn: column))
            #expect(part.hasNumber(inColumn: column) == whole.hasNumber(inColumn: column))
            #expect(part.hasEmpty(inColumn: column) == whole.hasEmpty(inColumn: column))
        }
        // Some activities state no cost: the tally saw the empty cells past the held rows too.
        let cost = try #require(whole.columns.firstIndex { $0.name == "cost_usd" })
        #expect(part.hasEmpty(inColumn: cost) && part.hasNumber(inColumn: cost))
    }

    @Test func aResultWithinTheHeldRowsIsHeldWhole() throws {
        let whole = try fixture.database.run(query)
        let held = try fixture.database.run(query, holdingAtMost: whole.rows.count)
        #expect(held.streamed == nil)
        #expect(held == whole)
    }

    @Test func streamedRowsReorderedAndMappedFollowTheirColumns() throws {
        let whole = try fixture.database.run(query)
        let part = try fixture.database.run(query, holdingAtMost: 1)
        let order = Array(whole.columns.indices.reversed())
        let reordered = try #require(part.streamed?.reordered(order))
        var first: [Cell]?
        try reordered.forEach { if first == nil { first = $0 } }
        #expect(first == order.map { whole.rows[0][$0] })
        #expect(reordered.sums == order.map { whole.sum(ofColumn: $0) })
        let blanked = try #require(part.streamed?.mapCells { if case .text = $0 { .text("x") } else { $0 } })
        var texts = Set<String>()
        try blanked.forEach { row in for case .text(let text) in row { texts.insert(text) } }
        #expect(texts == ["x"])
    }

    @Test func aStreamedResultIsNotHeldToTheLimitOnValues() throws {
        let database = try GMGDatabase(dataset: DataLoader.load(from: Paths.data).dataset, limits: QueryLimits(values: 500))
        #expect(throws: QueryError.self) { try database.run(query) }
        let part = try database.run(query, holdingAtMost: 10)
        var count = 0
        try part.forEachRow { _ in count += 1 }
        #expect(count == part.rowCount && count > 100)
        var streamed = 0
        try database.stream(query) { names in #expect(names.first == "id") } row: { _ in streamed += 1 }
        #expect(streamed == count)
    }

    @Test func theTimeLimitCountsTheQueryNotWhatTheRowsAreWrittenInto() throws {
        let database = try GMGDatabase(dataset: DataLoader.load(from: Paths.data).dataset, limits: QueryLimits(seconds: 0.3))
        let part = try database.run(query, holdingAtMost: 1)
        var count = 0
        // A slow consumer (5 ms a row: more than the limit in all) does not stop a query that itself takes milliseconds.
        try part.forEachRow { _ in
            count += 1
            usleep(5_000)
        }
        #expect(count == part.rowCount && count > 100)
    }
}
