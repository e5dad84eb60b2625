import Foundation
import GMGData
import GMGQuery
import GMGTable
import TestSupport
import Testing

/// Both inputs (`Data/` and the interchange CSV) go through one schema and one loader: the same
/// records give the same aggregates, with the same edge rules (an activity with no lead is under
/// "no lead named", one with no funding source under "(not stated)", nothing is dropped, and a
/// lead or source listed twice counts once).
@Suite struct SameRecordsTests {
    private static let header = "activity_id,plan,year,work_stream,output_code,output_title,activity_code,activity,timeframe,"
        + "lead_agencies,funding_sources,estimated_cost_usd,status\n"

    /// The small fixture's activities written as an interchange CSV (leads as the database names
    /// them, funding sources by name, USD costs); every list of two or more names repeats its first.
    /// - Parameter order: the SQL order of the rows (`a` is the activity).
    static func interchange(of database: GMGDatabase, order: String = "a.seq") throws -> String {
        let rows = try database.run(sql: """
            SELECT a.id, o.plan, o.year, o.work_stream, o.id, o.title, a.printed_number, a.description, a.timeframe_text,
                   coalesce((SELECT group_concat(lead_name, ';') FROM (SELECT lead_name FROM activity_leads
                             WHERE activity = a.id ORDER BY position)), ''),
                   coalesce((SELECT group_concat(name, ';') FROM (SELECT s.name FROM activity_funding f
                             JOIN funding_sources s ON s.id = f.funding_source WHERE f.activity = a.id ORDER BY f.position)), ''),
                   CASE WHEN a.cost_usd IS NULL THEN '' ELSE printf('%.3f', a.cost_usd) END, a.status
            FROM activities a JOIN outputs o ON o.id = a.output ORDER BY \(order)
            """).rows
        var text = header
        for row in rows {
            var fields = row.map { cell -> String in
                switch cell {
                case .text(let value): value
                case .integer(let value): String(value)
                default: ""
                }
            }
            for list in [9, 10] where fields[list].contains(";") {
                fields[list] += "; " + fields[list].split(separator: ";")[0]
            }
            text += fields.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",") + "\n"
        }
        return text
    }

    static func load(interchange text: String) throws -> GMGDatabase {
        let url = Scratch.root.appendingPathComponent("gmg-same-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try GMGDatabase(interchange: url)
    }

    @Test func bothInputsGiveTheSameAggregatesWithTheSameEdgeRules() throws {
        let fixture = try FixtureQueries()
        let text = try Self.interchange(of: fixture.database)
        #expect(text.components(separatedBy: "; ").count > 2, "some lists repeat a name")
        let other = try Self.load(interchange: text)
        let run = { (database: GMGDatabase, name: String) in try database.run(fixture.library.query(named: name), parameters: [:]).rows }
        for name in ["totals", "by-agency", "by-year"] {
            #expect(try run(other, name) == run(fixture.database, name), "\(name)")
        }
        let bySource = { (database: GMGDatabase) in try run(database, "by-funding-source").map { [$0[0], $0[2], $0[3], $0[4]] } }
        #expect(try bySource(other) == bySource(fixture.database))
        #expect(try run(other, "by-agency").contains { $0.first == t("no lead named") && $0[1] == i(1) })
        #expect(try bySource(other).contains { $0.first == t("(not stated)") && $0[1] == i(1) })
        let count = "SELECT count(*) FROM activities"
        #expect(try other.run(sql: count).rows == fixture.database.run(sql: count).rows)
    }
}
