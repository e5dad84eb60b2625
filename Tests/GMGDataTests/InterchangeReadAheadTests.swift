import Foundation
import GMGData
import TestSupport
import Testing

/// ``InterchangeReader/readAhead``: a second thread scans and checks the file, handing rows over in
/// batches; what the caller sees (rows, their order, the first error, its message) is the same.
@Suite struct InterchangeReadAheadTests {
    private static let header = "activity_id,plan,year,work_stream,output_code,output_title,activity_code,activity,timeframe,"
        + "lead_agencies,funding_sources,estimated_cost_usd,status\n"

    /// `count` good rows; some have quoted fields with line breaks, some state no cost.
    private static func rows(_ count: Int) -> [String] {
        (1...count).map { index in
            let activity = index % 5 == 0 ? "\"Act \(index),\nsecond line\"" : "Act \(index)"
            let cost = index % 3 == 0 ? "" : "\(index).5"
            return "A\(index),MAWP,\(2000 + index % 20),Data,\(index % 7),Output,1.\(index),\(activity),2014,ILO; IOM,,\(cost),planned\n"
        }
    }

    /// What a read shows the caller: each row (line, fields, year, cost), then the error or the count.
    private func read(_ rows: [String], readAhead: Int, chunk: Int, stopAfter: Int? = nil) throws -> [String] {
        let file = Scratch.root.appendingPathComponent("gmg-ix-ahead-\(UUID().uuidString).csv")
        try Data((Self.header + rows.joined()).utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        var seen: [String] = []
        do {
            let count = try InterchangeReader(path: file.path, chunkSize: chunk, readAhead: readAhead).read { row in
                if let stopAfter, seen.count == stopAfter { throw CancellationError() }
                seen.append("\(row.record.line): \(row.record.strings) \(row.year) \(row.cost.map { "\($0)" } ?? "-")")
            }
            seen.append("rows: \(count)")
        } catch let error as InterchangeError {
            seen.append("error: \(error.line):\(error.column): \(error.message)")
        } catch is CancellationError {
            seen.append("stopped")
        }
        return seen
    }

    @Test(arguments: [(1, 7), (3, 1 << 20), (64, 5), (4096, 1 << 20)])
    func readsTheSameRowsInTheSameOrder(readAhead: Int, chunk: Int) throws {
        let rows = Self.rows(300)
        let expected = try read(rows, readAhead: 0, chunk: 1 << 20)
        #expect(expected.count == 301)
        #expect(try read(rows, readAhead: readAhead, chunk: chunk) == expected)
    }

    /// A bad row first, at the end of a batch, just after one, and last: the rows before it are
    /// taken, then the same error is thrown.
    @Test(arguments: [0, 15, 16, 17, 199])
    func reportsTheFirstBadRowAfterTheRowsBeforeIt(badIndex: Int) throws {
        var rows = Self.rows(200)
        rows[badIndex] = "B\(badIndex),MAWP,20x4,Data,1,Output,1.1,Act,2014,ILO,,,planned\n"
        if badIndex < 199 { rows[badIndex + 1] = "A1,\"stray \" quote,2014,Data,1,Output,1.1,Act,2014,ILO,,,planned\n" }
        let expected = try read(rows, readAhead: 0, chunk: 1 << 20)
        #expect(expected.last?.contains("is not a whole number from 1900 to 2100") == true)
        #expect(expected.count == badIndex + 1)
        for (readAhead, chunk) in [(16, 3), (16, 1 << 20), (1, 1 << 20)] {
            #expect(try read(rows, readAhead: readAhead, chunk: chunk) == expected)
        }
    }

    /// A CSV syntax error and a duplicate id are reported as when reading on one thread.
    @Test func reportsSyntaxErrorsAndDuplicatesAlike() throws {
        var rows = Self.rows(100)
        rows[40] = "A41,MAWP,2014,Data,1,Out\"put,1.1,Act,2014,ILO,,,planned\n"
        #expect(try read(rows, readAhead: 8, chunk: 11) == read(rows, readAhead: 0, chunk: 1 << 20))
        rows = Self.rows(100)
        rows[70] = rows[3]
        let expected = try read(rows, readAhead: 0, chunk: 1 << 20)
        #expect(expected.last?.contains("duplicate activity_id \"A4\" (first on line") == true)
        #expect(try read(rows, readAhead: 8, chunk: 11) == expected)
    }

    /// When the caller's block throws, its error is the one thrown and no row follows.
    @Test(arguments: [0, 1, 9, 250])
    func aFailingCallerStopsTheReader(stopAfter: Int) throws {
        let rows = Self.rows(300)
        let seen = try read(rows, readAhead: 8, chunk: 64, stopAfter: stopAfter)
        #expect(seen.count == stopAfter + 1)
        #expect(seen.last == "stopped")
        #expect(Array(seen.dropLast()) == Array(try read(rows, readAhead: 0, chunk: 64).prefix(stopAfter)))
    }

    /// With `numbering`, each row's plan, output, work stream and list texts are numbered by first
    /// appearance, on the reading thread or not; an output met again after another keeps its number.
    @Test(arguments: [0, 2])
    func numbersValuesByFirstAppearance(readAhead: Int) throws {
        let file = Scratch.root.appendingPathComponent("gmg-ix-numbers-\(UUID().uuidString).csv")
        try Data((Self.header + """
            A1,P1,2014,W1,1,T,1.1,D,2014,ILO,KNOMAD,,planned
            A2,P1,2014,W1,1,T,1.2,D,2014,IOM,KNOMAD,,planned
            A3,P2,2015,W1,1,T,1.1,D,2015,ILO,,,planned
            A4,P1,2014,W2,1,T,1.1,D,2014,ILO,KNOMAD,,planned
            A5,P1,2014,W1,1,T,1.3,D,2014,IOM,,,planned

            """).utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        // p plan, o output, w a new work stream, l lead list text, f funding list text; * new.
        func shown(_ numbers: InterchangeNumbers?) -> String {
            guard let n = numbers else { return "none" }
            let mark = { (new: Bool) in new ? "*" : "" }
            return "p\(n.plan)\(mark(n.newPlan)) o\(n.output)\(mark(n.newOutput))\(n.newWorkStream ? " w" : "") "
                + "l\(n.leads)\(mark(n.newLeads)) f\(n.funding)\(mark(n.newFunding))"
        }
        var numbers: [String] = []
        try InterchangeReader(path: file.path, readAhead: readAhead, numbering: true).read { numbers.append(shown($0.numbers)) }
        #expect(numbers == ["p1* o1* w l1* f1*", "p1 o1 l2* f1", "p2* o2* l1 f2*", "p1 o3* w l1 f1", "p1 o1 l2 f2"])
        var plain: [InterchangeNumbers?] = []
        try InterchangeReader(path: file.path, readAhead: readAhead).read { plain.append($0.numbers) }
        #expect(plain == Array(repeating: nil, count: 5))
    }
}
