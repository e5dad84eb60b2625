import Foundation
import GMGQuery
import GMGTable
import Testing

/// An activity's leads and funding sources are shown in the order its plan prints them (the order
/// of its list's members), whichever index SQLite picks for a join: the saved queries show the
/// lists' stored names, and these tests rebuild them from the members, ordered by position.
@Suite struct ListOrderTests {
    @Test(arguments: [Paths.data, Paths.smallFixture])
    func activitiesShowTheirListsInPrintedOrder(_ data: URL) throws {
        let fixture = try FixtureQueries(data: data)
        let shown = try fixture.run("activities")
        let column = { (name: String) in shown.columns.firstIndex { $0.name == name }! }
        let (id, leads, sources, kinds) = (column("id"), column("leads"), column("funding_sources"), column("funding_kinds"))
        let members = try fixture.database.run(sql: """
            SELECT a.id,
                   coalesce((SELECT group_concat(lead_name, '; ') FROM (SELECT lead_name FROM lead_list_members
                             WHERE list = a.lead_list ORDER BY position)), 'no lead named'),
                   coalesce((SELECT group_concat(name, '; ') FROM (SELECT s.name FROM funding_list_members m
                             JOIN funding_sources s ON s.id = m.funding_source WHERE m.list = a.funding_list ORDER BY m.position)), ''),
                   coalesce((SELECT group_concat(kind, ',') FROM (SELECT s.kind FROM funding_list_members m
                             JOIN funding_sources s ON s.id = m.funding_source WHERE m.list = a.funding_list ORDER BY m.position)), '')
            FROM activities a ORDER BY a.seq
            """).rows
        #expect(shown.rows.count == members.count)
        var unsorted = 0
        for (row, expected) in zip(shown.rows, members) {
            #expect(row[id] == expected[0])
            #expect(row[leads] == expected[1], "leads of \(row[id])")
            #expect(row[sources] == expected[2], "funding sources of \(row[id])")
            #expect(row[kinds] == .text(Self.firstOfEach(expected[3])), "funding kinds of \(row[id])")
            if case .text(let names) = expected[1], names.components(separatedBy: "; ") != names.components(separatedBy: "; ").sorted() {
                unsorted += 1
            }
        }
        if data == Paths.data { #expect(unsorted > 0, "the bundled plans list some leads out of alphabetical order") }
    }

    /// The distinct values of a `,`-separated list, each where it first appears.
    private static func firstOfEach(_ list: Cell) -> String {
        guard case .text(let text) = list, !text.isEmpty else { return "" }
        var seen: [String] = []
        for kind in text.components(separatedBy: ",") where !seen.contains(kind) { seen.append(kind) }
        return seen.joined(separator: ",")
    }
}
