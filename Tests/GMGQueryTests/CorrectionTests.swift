import GMGQuery
import GMGTable
import Testing

/// The judgment calls corrected in `Data/` (issue 11), checked against the documents by hand.
@Suite struct CorrectionTests {
    let data: FixtureQueries

    init() throws { data = try FixtureQueries(data: Paths.data) }

    private func rows(_ sql: String) throws -> [[Cell]] { try data.database.run(sql: sql).rows }

    @Test func the2010PlanNamesALeadForTwelveActivitiesOnly() throws {
        // Handbook (3) → UNDP, fact sheets (3) → UNDP, communication strategy (6) → UNDP and OHCHR; the other 26
        // timeline bullets and meetings name nobody: no lead, no chair by default.
        #expect(try rows("""
            SELECT count(*), count(DISTINCT l.activity) FROM activities a JOIN outputs o ON o.id = a.output
            LEFT JOIN activity_leads l ON l.activity = a.id WHERE o.plan = 'wp-2010' AND l.activity IS NULL
            """) == [[i(26), i(0)]])
        #expect(try rows("""
            SELECT l.lead_name, count(*) FROM activity_leads l JOIN activities a ON a.id = l.activity
            JOIN outputs o ON o.id = a.output WHERE o.plan = 'wp-2010' GROUP BY 1 ORDER BY 1
            """) == [[t("OHCHR"), i(6)], [t("UNDP"), i(12)]])
    }

    @Test func anInvitationToContributeIsNoLead() throws {
        let academy = "mawp-2014-decent-work-o3-a1"
        #expect(try rows("SELECT leads_text, (SELECT count(*) FROM activity_leads WHERE activity = id) FROM activities WHERE id = '\(academy)'")
            == [[t(""), i(0)]])
        let quality = try data.run("data-quality", ["year": "2014"])
        #expect(quality.rows.contains { $0.first == t("no lead named") && $0.last == t(academy) })
        let byAgency = try data.run("by-agency", ["year": "2014"])
        #expect(byAgency.rows.contains { $0.first == t("no lead named") && $0[1] == i(1) })
    }

    @Test func futureChairsAreNotTheSittingChair() throws {
        #expect(try rows("""
            SELECT lead_name, lead_kind, agency, via_chair FROM activity_leads
            WHERE activity = 'mawp-2013-coordination-o4-a1' ORDER BY position
            """) == [[t("IOM"), t("agency"), t("iom"), i(0)], [t("Future GMG chairs"), t("role"), .null, i(0)]])
    }

    @Test func deadlinesRunFromThePlanYearsStart() throws {
        #expect(try rows("""
            SELECT id, start_date, end_date, deadline FROM activities
            WHERE id IN ('mawp-2013-coordination-o7-a1', 'wp-2010-thematic-focus-o5-a3', 'wp-2010-thematic-focus-o8-a3') ORDER BY seq
            """) == [
            [t("mawp-2013-coordination-o7-a1"), t("2013-01-01"), t("2014-01-31"), i(1)],
            [t("wp-2010-thematic-focus-o5-a3"), t("2010-01-01"), t("2010-09-01"), i(1)],
            [t("wp-2010-thematic-focus-o8-a3"), t("2010-01-01"), t("2010-09-01"), i(1)],
        ])
        // "By Jan 2014" is in the second half of 2013, the IOM chairmanship's window.
        let window = try data.run("coming-up", ["from": "2013-07-01", "to": "2013-12-31"])
        #expect(window.rows.contains { $0.last == t("mawp-2013-coordination-o7-a1") })
    }

    @Test func theMeetingOf1SeptemberKeepsBothReadings() throws {
        let notes = try rows("""
            SELECT note FROM activities WHERE id IN ('wp-2010-thematic-focus-o5-a3', 'wp-2010-thematic-focus-o8-a3',
                                                      'wp-2010-meetings-o1-a4') ORDER BY seq
            """)
        #expect(notes.count == 3)
        for note in notes {
            guard case .text(let text) = note[0] else { Issue.record("no note"); continue }
            #expect(text.contains("third") && text.contains("fourth") && text.contains("Both readings are kept"))
        }
    }

    @Test func handbookFundersAndNotes() throws {
        #expect(try rows("SELECT note LIKE '%joint initiative by IOM, ILO, UNDP and UNICEF%' FROM outputs WHERE id = 'wp-2010-thematic-focus-o1'")
            == [[i(1)]])
        #expect(try rows("SELECT kind FROM funding_sources WHERE id = 'government-funders'") == [[t("donor")]])
        #expect(try rows("SELECT count(*) FROM funding_sources WHERE kind = 'trust-fund'") == [[i(1)]])
        #expect(try rows("""
            SELECT instr(membership_note, 'Admitted as a new member at the end of 2007 (''the Regional Commissions'').') > 0
            FROM agencies WHERE id = 'unrc'
            """) == [[i(1)]])
        #expect(try rows("""
            SELECT c.place FROM aliases a JOIN citations c ON c.source = a.source WHERE a.alias = 'KNOMAD funded' AND c.position = 1
            """) == [[t("2014 table, Capacity development and delivery, Output 2")]])
    }

    @Test func aStatusComesWithItsNote() throws {
        let table = try data.run("term-activities", ["term": "2013"])
        let id = try #require(table.columns.firstIndex { $0.name == "id" })
        let note = try #require(table.columns.firstIndex { $0.name == "status_note" })
        let ceb = try #require(table.rows.first { $0[id] == t("mawp-2013-coordination-o2-a1") })
        guard case .text(let text) = ceb[note] else { Issue.record("no status note"); return }
        #expect(text.contains("Recommendations and Outcomes on Migration"))
    }
}
