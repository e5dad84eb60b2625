import GMGQuery
import GMGTable
import Testing

/// Sources in the database: the documents registry, each source's passages, and the way queries cite them.
@Suite struct CitationTests {
    let queries: FixtureQueries

    init() throws { queries = try FixtureQueries() }

    @Test func documentsAreATable() throws {
        let table = try queries.database.run(sql: "SELECT id, kind, date, date_text, citation FROM documents ORDER BY id")
        #expect(table.rows == [
            [t("hld-follow-up-2014-slides"), t("slides"), t("2014-02"), t("February 2014"),
             t("Initiatives to follow up the 2013 HLD (February 2014)")],
            [t("information-note-2008"), t("information-note"), t("2008-05"), t("May 2008"),
             t("Global Migration Group (May 2008)")],
            [t("mawp-2013-2015-draft"), t("work-plan"), t("2013-06-28"), t("28 June 2013"),
             t("Multi-Annual Work Plan 2013-2015 (28 June 2013)")],
            [t("return-iom-2014-02"), t("agency-return"), t("2014-02-20"), t("20 February 2014"),
             t("Progress return of IOM (20 February 2014)")],
        ])
    }

    @Test func everySourceHasItsPassages() throws {
        let counts = try queries.database.run(sql: """
            SELECT (SELECT count(*) FROM cited_sources), (SELECT count(*) FROM citations),
                   (SELECT count(*) FROM progress p JOIN cited_sources c ON c.source = p.source)
            """)
        // Four distinct source texts in the fixture ("...: fixture" of three documents and the IOM return),
        // one passage each; both progress rows find theirs.
        #expect(counts.rows == [[i(4), i(4), i(2)]])
        let byDocument = try queries.database.run(sql: """
            SELECT d.kind, count(*) FROM progress p JOIN citations c ON c.source = p.source
            JOIN documents d ON d.id = c.document GROUP BY d.kind ORDER BY d.kind
            """)
        #expect(byDocument.rows == [[t("agency-return"), i(1)], [t("slides"), i(1)]])
    }

    @Test func queriesCiteTitleDateAndPlaceNeverAFileOrAnID() throws {
        let activities = try queries.run("activities")
        let column = try #require(activities.columns.firstIndex { $0.name == "source" })
        #expect(Set(activities.rows.map { $0[column] }) == [t("Multi-Annual Work Plan 2013-2015 (28 June 2013), fixture")])
        let chairs = try queries.run("chair-terms")
        let source = try #require(chairs.columns.firstIndex { $0.name == "source" })
        #expect(chairs.rows.allSatisfy { $0[source] == t("Multi-Annual Work Plan 2013-2015 (28 June 2013), fixture") })
    }
}
