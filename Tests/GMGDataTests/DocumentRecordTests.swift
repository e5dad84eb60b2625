import Foundation
import GMGData
import Testing

/// The record files: loading, diagnostics, and the counts made by hand from the documents.
@Suite struct DocumentRecordTests {
    @Test func theFixtureHasARowOfEachRecordFile() throws {
        let result = DataLoader.load(from: Fixture.small)
        #expect(result.diagnostics.errorCount == 0)
        let record = result.dataset.record
        #expect(record.expectedResults.map(\.id) == ["er-coord-r1", "er-data-r1", "er-data-r2"])
        #expect(record.resultLinks.map { $0.output ?? $0.keyOutput ?? "" } == ["o13-coord-1", "o13-data-1", "o14-data-1", "k1"])
        #expect(record.workStreamFunctions.map(\.torPurpose) == [2, nil])
        #expect(record.agencyProfiles.map(\.agency) == ["ilo", "unrc", "unrc"])
        #expect(record.chairProgrammes.map(\.chair) == ["ilo", "ilo"])
        #expect(record.recommendations.last?.parent == "rec-post-2015-1")
        #expect(record.agendaPoints.map(\.hldDeclaration) == [true, false])
        #expect(record.groupFacts.map(\.date.description) == ["2008-05", "2003-04", "2006"])
        #expect(record.membershipCounts.map(\.members) == [14, 16])
        #expect(record.planAxes.map(\.kind) == [.axis, .aim])
        #expect(record.outputPurposes.map(\.output) == ["o13-data-1"])
    }

    @Test(arguments: [
        ("expected_results.csv", "er-data-r2,data,", "er-data-r2,research,",
         "small/expected_results.csv:4:2: error: unknown work stream \"research\" (column work_stream)"),
        ("result_links.csv", "er-data-r1,,k1,", "er-data-r1,o13-data-1,k1,",
         "small/result_links.csv:5:2: error: give either an output or a key output, not both"),
        ("result_links.csv", "er-data-r1,,k1,", "er-data-r1,,k2,",
         "small/result_links.csv:5:3: error: unknown key output \"k2\"; did you mean \"k1\"? (column key_output)"),
        ("result_links.csv", "er-coord-r1,o13-coord-1,", "er-coord-r2,o13-coord-1,",
         "small/result_links.csv:2:1: error: unknown expected result \"er-coord-r2\"; did you mean \"er-coord-r1\"? (column expected_result)"),
        ("result_links.csv", "er-data-r1,o14-data-1,", "er-data-r1,o13-data-1,",
         "small/result_links.csv:4:1: error: duplicate link from o13-data-1 to er-data-r1 (column expected_result)"),
        ("work_stream_functions.csv", "research,2,", "research,3,",
         "small/work_stream_functions.csv:2:4: error: unknown Terms of Reference purpose 3 (tor_purposes.csv)"),
        ("work_stream_functions.csv", "coord,1,", "data,1,",
         "small/work_stream_functions.csv:3:2: error: duplicate position 1 of work stream data"),
        ("recommendations.csv", "rec-post-2015-1.1,post-2015,1.1,A new global partnership goal encompassing migration,rec-post-2015-1",
         "rec-post-2015-1.1,post-2015,1.1,A new global partnership goal encompassing migration,rec-post-2015-9",
         "small/recommendations.csv:4:5: error: unknown parent \"rec-post-2015-9\": a recommendation on an earlier line, itself without parent"),
        ("recommendations.csv", "rec-governance-1,governance", "rec-governance-1,strategic",
         "small/recommendations.csv:2:2: error: unknown level \"strategic\" (one of: governance, policy, operational, post-2015)"),
        ("chair_programmes.csv", "2014,ILO,objective", "2014,OIT,objective",
         "small/chair_programmes.csv:2:3: error: unknown agency \"OIT\" (column chair)"),
        ("chair_programmes.csv", "ilo,road-ahead", "ilo,outlook",
         "small/chair_programmes.csv:3:4: error: unknown kind \"outlook\" (one of: vision, objective, priority, linkage, road-ahead)"),
        ("sg_agenda.csv", "yes,no,yes,yes", "yes,✓,yes,yes",
         "small/sg_agenda.csv:3:4: error: unknown hld_declaration \"✓\" (one of: yes, no)"),
        ("agency_profiles.csv", "unrc,2,", "unrc,1,",
         "small/agency_profiles.csv:4:2: error: duplicate paragraph 1 of unrc"),
        ("agency_profiles.csv", "ilo,1,", "ILO,1,",
         "small/agency_profiles.csv:2:1: error: unknown agency id \"ILO\"; did you mean \"ilo\"?"),
        ("group_facts.csv", "history,2006,", "history,early 2006,",
         "small/group_facts.csv:4:3: error: date \"early 2006\" is not YYYY-MM-DD, YYYY-MM or YYYY"),
        ("group_facts.csv", "mission-1,mission,", "mission-1,vision,",
         "small/group_facts.csv:2:2: error: unknown topic \"vision\" (one of: mission, history, governance, work)"),
        ("membership_counts.csv", "2014-02-20,16,", "2008-05,16,",
         "small/membership_counts.csv:3:1: error: duplicate count as of 2008-05 (column as_of)"),
        ("output_purposes.csv", "o13-data-1,", "o13-data-9,",
         "small/output_purposes.csv:2:1: error: unknown output \"o13-data-9\"; did you mean \"o13-data-1\"?"),
        ("plan_axes.csv", "axis-1,mawp,axis,1,Coordination,coord,", "axis-1,mawp,axis,1,Coordination,nowhere,",
         "small/plan_axes.csv:2:6: error: unknown work stream \"nowhere\" (column work_stream)"),
        ("expected_results.csv", "\"mawp-2013-2015-draft: fixture\"\ner-data-r1", "\"mawp-2013-2015: fixture\"\ner-data-r1",
         "small/expected_results.csv:2:5: error: unknown document \"mawp-2013-2015\" in source (closest: \"mawp-2013-2015-draft\"): every document is listed in documents.csv"),
    ])
    func badRowsAreDiagnosed(file: String, find: String, replace: String, expected: String) throws {
        let directory = try Fixture.copy(editing: file) { text in
            #expect(text.contains(find), "fixture \(file) has no \(find)")
            return text.replacingOccurrences(of: find, with: replace)
        }
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = DataLoader.load(from: directory, displayName: "small")
        #expect(result.diagnostics.all.map(\.description).contains(expected), "got: \(result.diagnostics.all.map(\.description))")
    }
}
