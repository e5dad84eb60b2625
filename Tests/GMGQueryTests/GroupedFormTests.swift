import Foundation
import GMGData
import GMGQuery
import GMGTable
import TestSupport
import Testing

/// `activity_groups`, summed by the loader while it inserts the activities, holds exactly what
/// grouping the activities in SQL gives, on both inputs; and the aggregate saved queries that read
/// it answer as the same questions asked of every activity.
@Suite struct GroupedFormTests {
    /// The groups as SQLite computes them from the activities themselves: the oracle.
    private static let groupsFromActivities = """
        SELECT o.seq, a.lead_list, a.funding_list, count(*), count(a.cost_milli), sum(a.cost_milli)
        FROM activities a JOIN outputs o ON o.id = a.output GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        """
    private static let storedGroups = """
        SELECT output_seq, lead_list, funding_list, activities, costed_activities, cost_milli
        FROM activity_groups ORDER BY 1, 2, 3
        """
    /// The sums per output year, work stream and funding list as SQLite computes them from the activities.
    private static let streamGroupsFromActivities = """
        SELECT o.year, o.work_stream, a.funding_list, count(*), count(a.cost_milli), sum(a.cost_milli)
        FROM activities a JOIN outputs o ON o.id = a.output GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        """
    private static let storedStreamGroups = """
        SELECT year, work_stream, funding_list, activities, costed_activities, cost_milli
        FROM stream_groups ORDER BY 1, 2, 3
        """
    /// The sums per output year, work stream, lead (none: NULL) and funding list, from the activities.
    private static let leadGroupsFromActivities = """
        SELECT o.year, o.work_stream, l.lead_name, a.funding_list, count(*), count(a.cost_milli), sum(a.cost_milli)
        FROM activities a JOIN outputs o ON o.id = a.output LEFT JOIN activity_leads l ON l.activity = a.id
        GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
        """
    private static let storedLeadGroups = """
        SELECT year, work_stream, lead_name, funding_list, activities, costed_activities, cost_milli
        FROM lead_groups ORDER BY 1, 2, 3, 4
        """
    /// The outputs and sums per output year, work stream and lead (none: NULL), from the activities.
    private static let leadStreamsFromActivities = """
        SELECT o.year, o.work_stream, l.lead_name, count(DISTINCT a.output), count(*), count(a.cost_milli), sum(a.cost_milli)
        FROM activities a JOIN outputs o ON o.id = a.output LEFT JOIN activity_leads l ON l.activity = a.id
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        """
    private static let storedLeadStreams = """
        SELECT year, work_stream, lead_name, outputs, activities, costed_activities, cost_milli
        FROM lead_streams ORDER BY 1, 2, 3
        """

    /// Aggregates asked of every activity (the saved queries' questions before the grouped form),
    /// with the saved query each must agree with and the parameters to run both with.
    private static let perActivity: [(query: String, parameters: [String: String], sql: String)] = [
        ("totals", [:], """
            SELECT count(*), count(DISTINCT output), count(cost_milli), sum(cost_milli) / 1000.0 FROM activities
            """),
        ("totals", ["year": "2014"], """
            SELECT count(*), count(DISTINCT a.output), count(a.cost_milli), sum(a.cost_milli) / 1000.0
            FROM activities a JOIN outputs o ON o.id = a.output WHERE o.year = 2014
            """),
        ("by-agency", [:], """
            SELECT coalesce(l.lead_name, 'no lead named'), count(*), count(DISTINCT a.output), count(a.cost_milli),
                   sum(a.cost_milli) / 1000.0
            FROM activities a LEFT JOIN activity_leads l ON l.activity = a.id GROUP BY 1 ORDER BY 1
            """),
        ("by-year", [:], """
            SELECT o.year, count(*), count(DISTINCT a.output), count(a.cost_milli), sum(a.cost_milli) / 1000.0
            FROM activities a JOIN outputs o ON o.id = a.output GROUP BY 1 ORDER BY 1
            """),
        ("by-work-stream", ["year": "2014"], """
            SELECT w.name, count(*), count(DISTINCT a.output), count(a.cost_milli), sum(a.cost_milli) / 1000.0
            FROM activities a JOIN outputs o ON o.id = a.output JOIN work_streams w ON w.id = o.work_stream
            WHERE o.year = 2014 GROUP BY 1 ORDER BY 1
            """),
        ("by-funding-source", [:], """
            SELECT coalesce(s.name, '(not stated)'), coalesce(replace(s.kind, '-', ' '), 'not stated'), count(*),
                   count(a.cost_milli), sum(a.cost_usd * coalesce(f.share, 1.0))
            FROM activities a LEFT JOIN activity_funding f ON f.activity = a.id
            LEFT JOIN funding_sources s ON s.id = f.funding_source GROUP BY 1, 2 ORDER BY 1
            """),
        ("cube", [:], """
            SELECT coalesce(l.lead_name, 'no lead named'), o.year, w.name, coalesce(s.name, '(not stated)'), count(*),
                   sum(a.cost_usd * coalesce(f.share, 1.0))
            FROM activities a JOIN outputs o ON o.id = a.output JOIN work_streams w ON w.id = o.work_stream
            LEFT JOIN activity_leads l ON l.activity = a.id LEFT JOIN activity_funding f ON f.activity = a.id
            LEFT JOIN funding_sources s ON s.id = f.funding_source GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
            """),
        ("by-agency", ["year": "2014"], """
            SELECT coalesce(l.lead_name, 'no lead named'), count(*), count(DISTINCT a.output), count(a.cost_milli),
                   sum(a.cost_milli) / 1000.0
            FROM activities a JOIN outputs o ON o.id = a.output LEFT JOIN activity_leads l ON l.activity = a.id
            WHERE o.year = 2014 GROUP BY 1 ORDER BY 1
            """),
        ("funding-by-agency", [:], """
            SELECT coalesce(s.name, '(not stated)'), coalesce(l.lead_name, 'no lead named'), count(*),
                   sum(a.cost_usd * coalesce(f.share, 1.0))
            FROM activities a LEFT JOIN activity_leads l ON l.activity = a.id LEFT JOIN activity_funding f ON f.activity = a.id
            LEFT JOIN funding_sources s ON s.id = f.funding_source GROUP BY 1, 2 ORDER BY 1, 2
            """),
        ("agency-funding", ["agency": "IOM"], """
            SELECT coalesce(s.name, '(not stated)'), coalesce(replace(s.kind, '-', ' '), 'not stated'), count(*),
                   sum(a.cost_usd * coalesce(f.share, 1.0))
            FROM activities a JOIN activity_leads l ON l.activity = a.id AND l.lead_name = 'IOM'
            LEFT JOIN activity_funding f ON f.activity = a.id LEFT JOIN funding_sources s ON s.id = f.funding_source
            GROUP BY 1, 2 ORDER BY 3 DESC, 1
            """),
    ]

    private static func databases() throws -> [(name: String, database: GMGDatabase, library: QueryLibrary)] {
        let bundled = try FixtureQueries(data: Paths.data)
        let small = try FixtureQueries()
        let interchange = try SameRecordsTests.load(interchange: SameRecordsTests.interchange(of: small.database))
        // Every other row first: the activities of an output no longer follow each other, so the
        // groups of an output met again are added to the rows already written.
        let interleaved = try SameRecordsTests.load(interchange: SameRecordsTests.interchange(of: small.database,
                                                                                               order: "a.seq % 2, a.seq"))
        return [("Data/", bundled.database, bundled.library), ("small fixture", small.database, small.library),
                ("interchange", interchange, small.library), ("interchange, rows interleaved", interleaved, small.library)]
    }

    @Test func theGroupsAreTheActivitiesGroupedOnBothInputs() throws {
        for (name, database, _) in try Self.databases() {
            let stored = try database.run(sql: Self.storedGroups).rows
            #expect(!stored.isEmpty, "\(name)")
            #expect(stored == (try database.run(sql: Self.groupsFromActivities).rows), "\(name)")
            let notStated = try database.run(sql: "SELECT count(*) FROM activity_groups WHERE cost_milli IS NULL").rows
            #expect(notStated == [[i(Int64(stored.filter { $0[4] == i(0) }.count))]], "\(name): no stated cost is NULL, never 0")
        }
    }

    @Test func theSumsPerYearWorkStreamAndLeadAreTheActivitiesGroupedOnBothInputs() throws {
        let tables = [("stream_groups", Self.storedStreamGroups, Self.streamGroupsFromActivities),
                      ("lead_groups", Self.storedLeadGroups, Self.leadGroupsFromActivities),
                      ("lead_streams", Self.storedLeadStreams, Self.leadStreamsFromActivities)]
        for (name, database, _) in try Self.databases() {
            for (table, stored, oracle) in tables {
                let rows = try database.run(sql: stored).rows
                #expect(!rows.isEmpty, "\(name) \(table)")
                #expect(rows == (try database.run(sql: oracle).rows), "\(name) \(table)")
            }
        }
    }

    @Test func theSavedQueriesAnswerAsTheActivitiesDo() throws {
        for (name, database, library) in try Self.databases() {
            for (query, parameters, sql) in Self.perActivity {
                let saved = try database.run(library.query(named: query), parameters: parameters).rows
                let expected = try database.run(sql: sql).rows
                #expect(saved.count == expected.count, "\(name) \(query)")
                for (row, want) in zip(saved, expected) {
                    #expect(row.count == want.count, "\(name) \(query)")
                    for (cell, wanted) in zip(row, want) {
                        #expect(Self.same(cell, wanted), "\(name) \(query): \(row) against \(want)")
                    }
                }
            }
        }
    }

    /// Equal cells; money (split shares summed in another order) within a thousandth of a cent.
    private static func same(_ cell: Cell, _ wanted: Cell) -> Bool {
        if case .number(let left) = cell, case .number(let right) = wanted { return abs(left - right) < 1e-5 }
        return cell == wanted
    }
}
