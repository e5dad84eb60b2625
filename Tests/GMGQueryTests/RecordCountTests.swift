import GMGQuery
import GMGTable
import Testing

/// The record of `Data/` against counts made by hand from the documents (the MAWP overview, the 2008
/// information note, the 2014 and 2015 slides, the 2010 plan).
@Suite struct RecordCountTests {
    let data: FixtureQueries

    init() throws { data = try FixtureQueries(data: Paths.data) }

    private func rows(_ sql: String) throws -> [[Cell]] { try data.database.run(sql: sql).rows }

    @Test func expectedResultsPerWorkStream() throws {
        // MAWP overview, the numbered "Expected results" lists: 1 + 3 + 3 + 2 + 3 + 2 + 3 = 17.
        #expect(try rows("""
            SELECT work_stream, count(*) FROM expected_results GROUP BY work_stream ORDER BY min(seq)
            """) == [
            [t("coordination"), i(1)], [t("post-2015"), i(3)], [t("data-research"), i(3)], [t("mainstreaming"), i(2)],
            [t("human-rights-gender"), i(3)], [t("decent-work"), i(2)], [t("capacity-development"), i(3)],
        ])
    }

    @Test func functionsAsFramedInTheTermsOfReference() throws {
        // "Function(s) as framed in the GMG TOR": 2 + 3 + 1 + 2 + 1 + 2 + 1 = 12; the 2008 note lists 12 purposes,
        // of which the functions restate 11 (all but 3, "Contributing to greater consistency ...").
        #expect(try rows("""
            SELECT work_stream, count(*) FROM work_stream_functions GROUP BY work_stream ORDER BY min(rowid)
            """) == [
            [t("coordination"), i(2)], [t("post-2015"), i(3)], [t("data-research"), i(1)], [t("mainstreaming"), i(2)],
            [t("human-rights-gender"), i(1)], [t("decent-work"), i(2)], [t("capacity-development"), i(1)],
        ])
        #expect(try rows("SELECT count(*) FROM tor_purposes") == [[i(12)]])
        #expect(try rows("""
            SELECT number FROM tor_purposes WHERE number NOT IN (SELECT tor_purpose FROM work_stream_functions
                                                                 WHERE tor_purpose IS NOT NULL)
            """) == [[i(3)]])
    }

    @Test func membersProfilesAndCounts() throws {
        // 14 members in May 2008, each with a profile paragraph (the Regional Commissions with two).
        #expect(try rows("SELECT count(DISTINCT agency), count(*) FROM agency_profiles") == [[i(14), i(15)]])
        #expect(try rows("""
            SELECT count(*) FROM agencies WHERE gmg_member = 'yes' AND part_of IS NULL
              AND id NOT IN (SELECT agency FROM agency_profiles)
            """) == [[i(0)]])
        #expect(try rows("SELECT as_of, members FROM membership_counts ORDER BY as_of") == [
            [t("2008-05"), i(14)], [t("2014-02-20"), i(16)], [t("2015-02-12"), i(18)],
        ])
        #expect(try rows("SELECT topic, count(*) FROM group_facts GROUP BY topic ORDER BY min(seq)") == [
            [t("mission"), i(4)], [t("history"), i(5)], [t("governance"), i(3)], [t("work"), i(3)],
        ])
    }

    @Test func theSlidesOf2014And2015() throws {
        // Eight points, each ticked in all four columns of the convergence table.
        #expect(try rows("""
            SELECT count(*), sum(gmg_position_paper + hld_declaration + civil_society_plan + srsg) FROM sg_agenda
            """) == [[i(8), i(32)]])
        // Key recommendations: 3 governance, 4 policy, 3 operational, 1 post-2015 with 3 sub-points.
        #expect(try rows("""
            SELECT level, count(*) FILTER (WHERE parent IS NULL), count(*) FILTER (WHERE parent IS NOT NULL)
            FROM recommendations GROUP BY level ORDER BY min(seq)
            """) == [
            [t("governance"), i(3), i(0)], [t("policy"), i(4), i(0)], [t("operational"), i(3), i(0)], [t("post-2015"), i(1), i(3)],
        ])
        #expect(try rows("SELECT year, chair, kind, count(*) FROM chair_programmes GROUP BY year, kind ORDER BY year, min(rowid)") == [
            [i(2014), t("ilo"), t("vision"), i(1)], [i(2014), t("ilo"), t("objective"), i(5)], [i(2014), t("ilo"), t("road-ahead"), i(3)],
            [i(2015), t("worldbank"), t("objective"), i(3)], [i(2015), t("worldbank"), t("priority"), i(4)],
            [i(2015), t("worldbank"), t("linkage"), i(6)],
        ])
    }

    @Test func the2010Plan() throws {
        // Two main axes (sections 1 and 2), both designed for two aims a) and b); a purpose for each of the
        // ten outputs a-h, fact sheets and communication strategy (not for the constructed meetings output).
        #expect(try rows("SELECT kind, count(*) FROM plan_axes GROUP BY kind ORDER BY kind") == [[t("aim"), i(2)], [t("axis"), i(2)]])
        #expect(try rows("""
            SELECT count(*), count(p.output) FROM outputs o LEFT JOIN output_purposes p ON p.output = o.id WHERE o.plan = 'wp-2010'
            """) == [[i(11), i(10)]])
    }

    @Test func resultLinks() throws {
        // 45 links (30 from outputs, 15 from key outputs); 29 of the 40 MAWP outputs and 15 of the 21 key
        // outputs serve a stated result; 4 of the 17 results are served by none.
        #expect(try rows("SELECT count(output), count(key_output) FROM result_links") == [[i(30), i(15)]])
        #expect(try rows("""
            SELECT count(*), count(DISTINCT l.output) FROM outputs o LEFT JOIN result_links l ON l.output = o.id
            WHERE o.plan = 'mawp-2013-2015' AND l.output IS NULL
            """) == [[i(11), i(0)]])
        #expect(try rows("""
            SELECT count(DISTINCT key_output), (SELECT count(*) FROM planned_deliverables WHERE list = 'key-output')
            FROM result_links
            """) == [[i(15), i(21)]])
        #expect(try rows("""
            SELECT id FROM expected_results WHERE id NOT IN (SELECT expected_result FROM result_links) ORDER BY seq
            """) == [[t("er-data-research-r1")], [t("er-mainstreaming-r2")], [t("er-human-rights-gender-r1")], [t("er-decent-work-r1")]])
    }

    @Test func savedQueriesOnTheRecord() throws {
        // Per expected result, from the links worked out by hand: key outputs, outputs, their activities, delivered.
        let results = try data.run("expected-results")
        #expect(results.rows.map { [$0[1], $0[3], $0[4], $0[5], $0[6]] } == [
            [t("1"), i(2), i(8), i(24), i(1)],
            [t("1"), i(1), i(2), i(2), i(1)], [t("2"), i(1), i(1), i(2), i(0)], [t("3"), i(1), i(3), i(7), i(0)],
            [t("1"), i(0), i(0), i(0), i(0)], [t("2"), i(0), i(1), i(1), i(0)], [t("3"), i(1), i(1), i(1), i(0)],
            [t("1"), i(3), i(3), i(3), i(0)], [t("2"), i(0), i(0), i(0), i(0)],
            [t("1"), i(0), i(0), i(0), i(0)], [t("2"), i(1), i(1), i(4), i(0)], [t("3"), i(1), i(2), i(4), i(0)],
            [t("1"), i(0), i(0), i(0), i(0)], [t("2"), i(1), i(2), i(4), i(0)],
            [t("1"), i(1), i(2), i(2), i(0)], [t("2"), i(1), i(2), i(2), i(0)], [t("3"), i(1), i(2), i(2), i(0)],
        ])
        #expect(results.sum(ofColumn: 5) == 58)
        let none = try data.run("outputs-serving-no-result")
        #expect(none.rows.count(where: { $0[0] == t("output") }) == 11)
        #expect(none.rows.count(where: { $0[0] == t("key output") }) == 6)
        #expect(try data.run("expected-result-activities").rows.count == 58 + 4)
        #expect(try data.run("convergence").rows.count == 8)
        #expect(try data.run("recommendations").rows.count == 14)
        #expect(try data.run("gmg-profile", ["topic": "history"]).rows.map { $0[1] }
            == [t("April 2003"), t("2006"), t("2006"), t("July 2007"), t("2007")])
        #expect(try data.run("membership-counts").rows.map { $0[1] } == [i(14), i(16), i(18)])
        #expect(try data.run("chair-programme", ["term": "2014"]).rows.count == 9)
        #expect(try data.run("chair-programme", ["term": "2015"]).rows.count == 13)
        #expect(try data.run("work-stream-functions").rows.count == 12)
        let ilo = try data.run("agency-profile", ["agency": "ILO"])
        #expect(ilo.rows.map { $0[0] } == [t("What it does on migration"), t("GMG membership"), t("GMG chair"), t("GMG chair"),
                                           t("Working group or task force")])
    }
}
