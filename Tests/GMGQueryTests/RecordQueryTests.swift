import GMGQuery
import GMGTable
import Testing

/// The saved queries on the record, against figures worked out by hand from Tests/Fixtures/small:
/// er-coord-r1 is served by o13-coord-1 (a1 delivered, a2), er-data-r1 by o13-data-1 (a3 in progress),
/// o14-data-1 (a6, a7) and the key output k1, er-data-r2 by nothing; o14-coord-1 (a4, a5) serves no result.
@Suite struct RecordQueryTests {
    let queries: FixtureQueries

    init() throws { queries = try FixtureQueries() }

    private func column(_ table: Table, _ name: String) -> [Cell] {
        let index = table.columns.firstIndex { $0.name == name }!
        return table.rows.map { $0[index] }
    }

    @Test func expectedResultsCountWhatServesThem() throws {
        let table = try queries.run("expected-results")
        #expect(table.columns.map(\.name) == ["work_stream", "number", "expected_result", "key_outputs", "outputs", "activities",
                                              "delivered", "in_progress", "other_status", "not_reported", "id"])
        #expect(table.rows.map { Array($0[3...]) } == [
            [i(0), i(1), i(2), i(1), i(0), i(0), i(1), t("er-coord-r1")],
            [i(1), i(2), i(3), i(0), i(1), i(0), i(2), t("er-data-r1")],
            [i(0), i(0), i(0), i(0), i(0), i(0), i(0), t("er-data-r2")],
        ])
        let year2014 = try queries.run("expected-results", ["year": "2014"])
        #expect(year2014.rows.map { [$0[4], $0[5], $0[9]] } == [[i(0), i(0), i(0)], [i(1), i(2), i(2)], [i(0), i(0), i(0)]])
        let data = try queries.run("expected-results", ["work_stream": "data"])
        #expect(column(data, "id") == [t("er-data-r1"), t("er-data-r2")])
    }

    @Test func expectedResultActivitiesGiveStatusAndNote() throws {
        let table = try queries.run("expected-result-activities")
        #expect(column(table, "id") == [t("a1"), t("a2"), t("a3"), t("a6"), t("a7"), t("")])
        #expect(column(table, "status") == [t("delivered"), t("not reported"), t("in-progress"), t("not reported"),
                                            t("not reported"), t("")])
        #expect(column(table, "status_note") == [t("side event held"), t(""), t("guide drafted"), t(""), t(""), t("")])
        #expect(column(table, "output").last == t("no output serves this result"))
        let year2014 = try queries.run("expected-result-activities", ["year": "2014"])
        #expect(column(year2014, "output") == [t("no output of 2014 serves this result"), t("Practical guide published"),
                                                t("Practical guide published"), t("no output of 2014 serves this result")])
    }

    @Test func outputsServingNoResult() throws {
        let table = try queries.run("outputs-serving-no-result")
        #expect(table.rows == [[t("output"), t("2014"), t("GMG coordination and visibility"), t("1"), t("Coordinated GFMD inputs"),
                                i(2), i(0), i(2), t("o14-coord-1")]])
    }

    @Test func agencyProfileOpensAnAgencyBriefing() throws {
        let ilo = try queries.run("agency-profile", ["agency": "ILO"])
        #expect(ilo.rows == [
            [t("What it does on migration"), t("May 2008"), t("ILO has been dealing with labour migration since 1919."),
             t("Global Migration Group (May 2008), fixture")],
            [t("GMG membership"), t(""), t("Member."), t("Multi-Annual Work Plan 2013-2015 (28 June 2013), fixture")],
            [t("GMG chair"), t("2014"), t("confirmed"), t("Multi-Annual Work Plan 2013-2015 (28 June 2013), fixture")],
        ])
        // A regional commission is shown the profile of the member it belongs to; the agency's id works too.
        let escap = try queries.run("agency-profile", ["agency": "escap"])
        #expect(column(escap, "topic") == [t("What it does on migration (as one of the UN Regional Commissions)"),
                                           t("What it does on migration (as one of the UN Regional Commissions)"),
                                           t("GMG membership"), t("GMG chair")])
        #expect(column(escap, "text")[2] == t("Member through UN Regional Commissions."))
        #expect(column(escap, "period")[3] == t("first half of 2013"))
        let iom = try queries.run("agency-profile", ["agency": "iom"])
        #expect(column(iom, "topic") == [t("GMG membership"), t("GMG chair"), t("Working group or task force")])
        #expect(column(iom, "text")[2] == t("co-chair of the WG on Data and Research"))
        #expect(try queries.run("agency-profile", ["agency": "UNHCR"]).rows.isEmpty)
    }

    @Test func slidesAndTheGroupItself() throws {
        let convergence = try queries.run("convergence")
        #expect(convergence.rows.map { Array($0[0...5]) } == [
            [i(1), t("Protect the human rights of all migrants"), t("yes"), t("yes"), t("yes"), t("yes")],
            [i(2), t("Reduce the costs of labour migration"), t("yes"), t("no"), t("yes"), t("yes")],
        ])
        let recommendations = try queries.run("recommendations")
        #expect(recommendations.rows.map { [$0[0], $0[1], $0[3]] } == [
            [t("Governance level"), t("1"), t("")], [t("Post-2015 UN development agenda"), t("1"), t("")],
            [t("Post-2015 UN development agenda"), t("1.1"), t("rec-post-2015-1")],
        ])
        #expect(try queries.run("recommendations", ["level": "governance"]).rows.count == 1)
        let history = try queries.run("gmg-profile", ["topic": "history"])
        #expect(history.rows.map { [$0[1], $0[2]] } == [
            [t("April 2003"), t("The Geneva Migration Group was established in April 2003.")],
            [t("2006"), t("The GMG was established in early 2006.")],
        ])
        #expect(column(try queries.run("gmg-profile"), "topic") == [t("mission"), t("history"), t("history")])
        #expect(try queries.run("membership-counts").rows.map { [$0[0], $0[1]] }
            == [[t("May 2008"), i(14)], [t("20 February 2014"), i(16)]])
        #expect(try queries.run("chair-programme", ["term": "2014"]).rows.map { [$0[0], $0[1], $0[3]] } == [
            [t("ILO"), t("objective"), t("Promote closer coordination between the GMG and governments")],
            [t("ILO"), t("the road ahead"), t("Joint action and advocacy")],
        ])
        #expect(try queries.run("work-stream-functions").rows.map { [$0[0], $0[3]] }
            == [[t("GMG coordination and visibility"), .null], [t("Data and Research"), i(2)]])
    }
}
