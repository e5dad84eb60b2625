import Foundation
import GMGData
import GMGQuery
import TestSupport
import Testing

/// An interchange file's activity rows are stored only when a statement of the run reads
/// `activities` (directly or through a view); the rows are read and checked all the same, and the
/// aggregate saved queries, which read the groups, answer alike either way.
@Suite struct ActivityRowsTests {
    /// The saved queries of the workload, which read only the groups.
    private static let aggregates = ["totals", "by-agency", "by-year", "by-work-stream", "by-funding-source", "funding-by-year",
                                     "cube"]

    private static func write(_ text: String) throws -> URL {
        let url = Scratch.root.appendingPathComponent("gmg-rows-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: url)
        return url
    }

    private static func fixture() throws -> (text: String, library: QueryLibrary) {
        let fixture = try FixtureQueries()
        return (try SameRecordsTests.interchange(of: fixture.database), fixture.library)
    }

    @Test func theStatementsThatReadActivitiesAreTold() throws {
        let library = try QueryLibrary(directory: Paths.queries)
        let saved = try Self.aggregates.map { try library.query(named: $0).sql }
        #expect(try !GMGDatabase.readsActivities(saved))
        #expect(try !GMGDatabase.readsActivities([library.query(named: "data-date").sql]))
        #expect(try GMGDatabase.readsActivities([library.query(named: "activities").sql]))
        for sql in ["SELECT count(*) FROM activities", "SELECT lead_name FROM activity_leads",
                    "SELECT label FROM timeline_items", "SELECT * FROM outputs WHERE id IN (SELECT output FROM activities)",
                    "SELEC nonsense", "SELECT 1; SELECT 2"] {
            #expect(try GMGDatabase.readsActivities(saved + [sql]), "\(sql)")
        }
        #expect(try !GMGDatabase.readsActivities(["SELECT count(*) FROM activity_groups"]))
    }

    @Test func theAggregatesAreTheSameWithoutTheActivityRows() throws {
        let (text, library) = try Self.fixture()
        let url = try Self.write(text)
        defer { try? FileManager.default.removeItem(at: url) }
        let statements = try Self.aggregates.map { try library.query(named: $0).sql }
        let full = try GMGDatabase(interchange: url)
        let lean = try GMGDatabase(interchange: url, answering: statements)
        let count = "SELECT count(*) FROM activities"
        #expect(try full.run(sql: count).rows != [[i(0)]])
        #expect(try lean.run(sql: count).rows == [[i(0)]], "no query of the run reads the rows: none is stored")
        for name in Self.aggregates {
            let query = try library.query(named: name)
            let runs: [[String: String]] = query.parameters.contains { $0.name == "year" } ? [[:], ["year": "2014"]] : [[:]]
            for parameters in runs {
                #expect(try lean.run(query, parameters: parameters) == full.run(query, parameters: parameters), "\(name) \(parameters)")
            }
        }
        let groups = "SELECT * FROM activity_groups ORDER BY 1, 2, 3"
        #expect(try lean.run(sql: groups).rows == full.run(sql: groups).rows)
    }

    @Test func aQueryReadingActivitiesThroughAViewSeesEveryRow() throws {
        let (text, _) = try Self.fixture()
        let url = try Self.write(text)
        defer { try? FileManager.default.removeItem(at: url) }
        let full = try GMGDatabase(interchange: url)
        for sql in ["SELECT count(*) FROM activity_leads", "SELECT count(*) FROM activities"] {
            let database = try GMGDatabase(interchange: url, answering: [sql])
            #expect(try database.run(sql: sql).rows == full.run(sql: sql).rows, "\(sql)")
            #expect(try database.run(sql: sql).rows != [[i(0)]], "\(sql)")
        }
    }

    @Test func aBadRowIsReportedWithItsLineEitherWay() throws {
        let (text, library) = try Self.fixture()
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count > 6)
        lines[5] = lines[5].replacingOccurrences(of: ",\"2014\",", with: ",\"20x4\",")
        lines[5] = lines[5].replacingOccurrences(of: ",\"2015\",", with: ",\"20x5\",")
        let url = try Self.write(lines.joined(separator: "\n"))
        defer { try? FileManager.default.removeItem(at: url) }
        let statements = try Self.aggregates.map { try library.query(named: $0).sql }
        for answering in [nil, statements] {
            do {
                _ = try GMGDatabase(interchange: url, answering: answering)
                Issue.record("the bad year on line 6 was not reported (\(answering == nil ? "full" : "lean"))")
            } catch let error as InterchangeError {
                #expect(error.line == 6)
                #expect(error.message.contains("year"))
            }
        }
    }
}
