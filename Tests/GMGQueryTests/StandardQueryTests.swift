import GMGQuery
import GMGTable
import Testing

/// Every standard query on the small fixture, against figures worked out by hand from
/// Tests/Fixtures/small (7 activities, 4 outputs; costs 30,000 + 10,000 + 75,000).
@Suite struct StandardQueryTests {
    let queries: FixtureQueries

    init() throws { queries = try FixtureQueries() }

    @Test func totals() throws {
        #expect(try queries.run("totals").rows == [[i(7), i(4), i(3), m(115_000)]])
        #expect(try queries.run("totals", ["year": "2014"]).rows == [[i(4), i(2), i(1), m(75_000)]])
    }

    @Test func byAgencyCountsEveryLeadWithTheFullCost() throws {
        let table = try queries.run("by-agency")
        #expect(table.columns.map(\.name) == ["agency", "activities", "outputs", "costed_activities", "cost_usd"])
        #expect(table.rows == [
            [t("ESCAP"), i(1), i(1), i(1), m(75_000)],
            [t("ILO"), i(4), i(3), i(2), m(105_000)],
            // No activity of IOM's, UNDP's or the unnamed lead's states a cost: not stated, not 0.
            [t("IOM"), i(1), i(1), i(0), .null],
            [t("UNDP"), i(1), i(1), i(0), .null],
            [t("WG on Data and Research"), i(1), i(1), i(1), m(10_000)],
            [t("no lead named"), i(1), i(1), i(0), .null],
        ])
        #expect(table.notes.first?.contains("full cost") == true)
    }

    @Test func byYear() throws {
        let table = try queries.run("by-year")
        #expect(table.rows == [[i(2013), i(3), i(2), i(2), m(40_000)], [i(2014), i(4), i(2), i(1), m(75_000)]])
        #expect(table.totals?.summedColumns == [1, 2, 3, 4])
        #expect(table.columns.last?.kind == .money)
    }

    @Test func byWorkStream() throws {
        #expect(try queries.run("by-work-stream").rows == [
            [t("Data and Research"), i(3), i(2), i(2), m(85_000)],
            [t("GMG coordination and visibility"), i(4), i(2), i(1), m(30_000)],
        ])
    }

    @Test func byFundingSourceSplitsMoneyEqually() throws {
        let table = try queries.run("by-funding-source")
        #expect(table.rows == [
            [t("(not stated)"), t("not stated"), i(1), i(0), .null],
            [t("ILO budget"), t("agency budget"), i(1), i(1), m(15_000)],
            [t("KNOMAD"), t("trust fund"), i(2), i(2), m(25_000)],
            [t("Staff costs of the GMG chair and members"), t("staff time"), i(3), i(0), .null],
            [t("To be mobilized"), t("to be mobilized"), i(1), i(1), m(37_500)],
            [t("UNDP budget"), t("agency budget"), i(1), i(1), m(37_500)],
        ])
        #expect(table.sum(ofColumn: 4) == 115_000)
    }

    @Test func byFundingKind() throws {
        #expect(try queries.run("by-funding-kind").rows == [
            [t("agency budget"), i(2), i(2), m(52_500)],
            [t("not stated"), i(1), i(0), .null],
            [t("staff time"), i(3), i(0), .null],
            [t("to be mobilized"), i(1), i(1), m(37_500)],
            [t("trust fund"), i(2), i(2), m(25_000)],
        ])
    }

    @Test func fundingByYearIsACrossTableWithTotals() throws {
        let table = try queries.run("funding-by-year")
        #expect(table.columns.map(\.name) == ["funding_source", "2013", "2014", "Total"])
        #expect(table.rows == [
            // Nothing stated is empty, not 0: no amount is stated by the activities of a row in a year,
            // or the row has no activity that year.
            [t("(not stated)"), .null, .null, .null],
            [t("ILO budget"), m(15_000), .null, m(15_000)],
            [t("KNOMAD"), m(25_000), .null, m(25_000)],
            [t("Staff costs of the GMG chair and members"), .null, .null, .null],
            [t("To be mobilized"), .null, m(37_500), m(37_500)],
            [t("UNDP budget"), .null, m(37_500), m(37_500)],
        ])
        #expect(table.totals?.summedColumns == [1, 2, 3])
        #expect([1, 2, 3].map { table.sum(ofColumn: $0) } == [40_000, 75_000, 115_000])
    }

    @Test func cubeHasOneRowPerLeadAndFundingPair() throws {
        let staff = "Staff costs of the GMG chair and members"
        let coordination = "GMG coordination and visibility"
        #expect(try queries.run("cube").rows == [
            [t("ESCAP"), i(2014), t("Data and Research"), t("To be mobilized"), i(1), m(37_500)],
            [t("ESCAP"), i(2014), t("Data and Research"), t("UNDP budget"), i(1), m(37_500)],
            [t("ILO"), i(2013), t(coordination), t("ILO budget"), i(1), m(15_000)],
            [t("ILO"), i(2013), t(coordination), t("KNOMAD"), i(1), m(15_000)],
            [t("ILO"), i(2014), t("Data and Research"), t("To be mobilized"), i(1), m(37_500)],
            [t("ILO"), i(2014), t("Data and Research"), t("UNDP budget"), i(1), m(37_500)],
            // Staff time states no cost: not stated, not 0.
            [t("ILO"), i(2014), t(coordination), t(staff), i(2), .null],
            [t("IOM"), i(2013), t(coordination), t(staff), i(1), .null],
            [t("UNDP"), i(2013), t(coordination), t(staff), i(1), .null],
            [t("WG on Data and Research"), i(2013), t("Data and Research"), t("KNOMAD"), i(1), m(10_000)],
            // The activity with no lead and no funding source is kept, as in by-agency and by-funding-source.
            [t("no lead named"), i(2014), t("Data and Research"), t("(not stated)"), i(1), .null],
        ])
    }

    @Test func comingUpFindsOverlappingTimeFramesSoonestFirst() throws {
        let spring = try queries.run("coming-up", ["from": "2014-01-01", "to": "2014-03-31"])
        #expect(spring.rows.map { $0.last } == [t("a4"), t("a5"), t("a6")])
        #expect(spring.rows.first?.first == .date(CalendarDate(year: 2014, month: 1, day: 1)))
        let october = try queries.run("coming-up", ["from": "2013-10-15", "to": "2013-10-31"])
        #expect(october.rows.map { $0.last } == [t("a3"), t("a2"), t("a1")])
    }

    @Test func termActivitiesCarryLeadsFundingAndStatus() throws {
        let table = try queries.run("term-activities", ["term": "2013"])
        let column = { (name: String) in table.columns.firstIndex { $0.name == name }! }
        #expect(table.rows.map { $0[column("id")] } == [t("a1"), t("a2"), t("a3")])
        #expect(table.rows.map { $0[column("status")] } == [t("delivered"), t("not reported"), t("in-progress")])
        #expect(table.rows.map { $0[column("status_note")] } == [t("side event held"), t(""), t("guide drafted")])
        #expect(table.rows[0][column("leads")] == t("IOM; UNDP"))
        #expect(table.rows[1][column("funding")] == t("ILO budget; KNOMAD"))
        let outputs = try queries.run("term-outputs", ["term": "2014"])
        #expect(outputs.rows.map { $0[4] } == [i(2), i(2)])
    }

    @Test func chairRoleResolvesToTheChairOfTheTime() throws {
        let table = try queries.run("agency-activities", ["agency": "ILO", "as_of": "2014-12-31"])
        let capacity = table.columns.firstIndex { $0.name == "capacity" }!
        #expect(table.rows.map { $0[capacity] } == [t(""), t("as GMG chair"), t("as GMG chair"), t("")])
    }

    @Test func dataQualityListsMissingLeadsFundingAndTimeFrames() throws {
        let table = try queries.run("data-quality")
        #expect(table.rows.map { [$0[0], $0.last!] } == [
            [t("no lead named"), t("a7")], [t("no funding source"), t("a7")], [t("unparsed time frame"), t("a7")],
            [t("cells from a merged row"), t("a5")],
        ])
        #expect(table.rows.last?[5] == t("timeframe;leads;funding from a4"))
    }

    @Test func progressAndOutputsByYearAndWorkStream() throws {
        let progress = try queries.run("progress-summary")
        #expect(progress.rows.map { [$0[0], $0[1]] } == [[t("delivered"), i(1)], [t("in-progress"), i(1)], [t("not reported"), i(5)]])
        let outputs = try queries.run("outputs-by-year-work-stream", ["plan": "mawp"])
        #expect(outputs.rows == [
            [t("Data and Research"), i(1), i(1), i(2)],
            [t("GMG coordination and visibility"), i(1), i(1), i(2)],
        ])
    }
}
