import Foundation
import GMGData
import Testing

@Suite struct DocumentRegistryTests {
    @Test func documentsAreLoadedWithTheirKindAndPrecisionOfDate() throws {
        let dataset = DataLoader.load(from: Fixture.small).dataset
        #expect(dataset.documents.map(\.id)
            == ["mawp-2013-2015-draft", "hld-follow-up-2014-slides", "return-iom-2014-02", "information-note-2008"])
        let slides = try #require(dataset.documents.first { $0.id == "hld-follow-up-2014-slides" })
        #expect(slides.kind == .slides)
        #expect(slides.date.description == "2014-02")
        #expect(slides.citation == "Initiatives to follow up the 2013 HLD (February 2014)")
        let plan = try #require(dataset.documents.first { $0.id == "mawp-2013-2015-draft" })
        #expect(plan.citation == "Multi-Annual Work Plan 2013-2015 (28 June 2013)")
        let bundled = DataLoader.load(from: Fixture.small.appendingPathComponent("../../../Data").standardizedFileURL).dataset
        #expect(bundled.documents.map(\.citation) == [
            "Outcome of the GMG Retreat: Priorities for 2015 (12 February 2015)",
            "Initiatives by the Global Migration Group to follow up the 2013 HLD (20 February 2014)",
            "Global Migration Group – Multi-Annual Work Plan 2013-2015 (28 June 2013)",
            "GMG Work Plan 2010",
            "Global Migration Group: Acting together in a world on the move (May 2008)",
        ])
    }

    @Test func aProgressRowMayCiteANonSeedDocument() throws {
        let dataset = DataLoader.load(from: Fixture.small).dataset
        let entry = try #require(dataset.progress.first { $0.activity == "a3" })
        #expect(entry.source.citations == [Citation(document: "return-iom-2014-02", place: "sheet Progress, row 2")])
        let documents = Dictionary(uniqueKeysWithValues: dataset.documents.map { ($0.id, $0) })
        #expect(entry.source.readable(documents: documents) == "Progress return of IOM (20 February 2014), sheet Progress, row 2")
    }

    @Test func severalPassagesAreSeparatedBySemicolons() throws {
        let directory = try Fixture.copy(editing: "groups.csv") {
            $0.replacingOccurrences(of: "\"mawp-2013-2015-draft: fixture\"",
                                    with: "\"mawp-2013-2015-draft: table; 2014; hld-follow-up-2014-slides: slide 3\"")
        }
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = DataLoader.load(from: directory)
        #expect(result.diagnostics.errorCount == 0)
        #expect(result.dataset.groups.first?.source.citations == [
            Citation(document: "mawp-2013-2015-draft", place: "table; 2014"),
            Citation(document: "hld-follow-up-2014-slides", place: "slide 3"),
        ])
    }

    @Test func aReadableCitationNamesEachDocumentOnceInARow() throws {
        let dataset = DataLoader.load(from: Fixture.small).dataset
        let documents = Dictionary(uniqueKeysWithValues: dataset.documents.map { ($0.id, $0) })
        let source = SourceRef([
            Citation(document: "hld-follow-up-2014-slides", place: "slide 2"),
            Citation(document: "hld-follow-up-2014-slides", place: "slide 5"),
            Citation(document: "mawp-2013-2015-draft", place: "2014 table"),
        ])
        #expect(source.description == "hld-follow-up-2014-slides: slide 2; hld-follow-up-2014-slides: slide 5; mawp-2013-2015-draft: 2014 table")
        #expect(source.readable(documents: documents)
            == "Initiatives to follow up the 2013 HLD (February 2014), slide 2; slide 5; Multi-Annual Work Plan 2013-2015 (28 June 2013), 2014 table")
    }

    @Test(arguments: [
        ("plans.csv", "\"mawp-2013-2015-draft: fixture\"", "\"mawp-2013-2015-drat: fixture\"",
         "small/plans.csv:2:6: error: unknown document \"mawp-2013-2015-drat\" in source (closest: \"mawp-2013-2015-draft\"): every document is listed in documents.csv"),
        ("plans.csv", "\"mawp-2013-2015-draft: fixture\"", "\"002_fe238dadcb3ede67.txt: fixture\"",
         "small/plans.csv:2:6: error: source names the file \"002_fe238dadcb3ede67.txt\": cite its document id \"mawp-2013-2015-draft\" (documents.csv)"),
        ("plans.csv", "\"mawp-2013-2015-draft: fixture\"", "\"the plan, page 3\"",
         "small/plans.csv:2:6: error: malformed source \"the plan, page 3\": expected \"<document id>: <section or place>\", several separated by \"; \""),
        ("documents.csv", "Global Migration Group,2013-06-28", "Global Migration Group,28/06/2013",
         "small/documents.csv:2:5: error: date \"28/06/2013\" is not YYYY-MM-DD, YYYY-MM or YYYY"),
        ("documents.csv", "return-iom-2014-02,agency-return", "return-iom-2014-02,return",
         "small/documents.csv:4:2: error: unknown kind \"return\" (one of: work-plan, slides, information-note, agency-return, email, minutes, other)"),
        ("documents.csv", "returns/iom-2014-02.xlsx", "002_fe238dadcb3ede67.txt",
         "small/documents.csv:4:6: error: reference \"002_fe238dadcb3ede67.txt\" is also document \"mawp-2013-2015-draft\""),
    ])
    func badSourcesAndDocumentsAreDiagnosed(file: String, find: String, replace: String, expected: String) throws {
        let directory = try Fixture.copy(editing: file) { $0.replacingOccurrences(of: find, with: replace) }
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = DataLoader.load(from: directory, displayName: "small")
        #expect(result.diagnostics.all.map(\.description).contains(expected), "got: \(result.diagnostics.all.map(\.description))")
    }

    @Test func aSourceCitingAnUnregisteredDocumentMakesTheDataUnusable() throws {
        let directory = try Fixture.copy(editing: "documents.csv") { $0.replacingOccurrences(of: "return-iom-2014-02,", with: "return-iom-2014-03,") }
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = DataLoader.load(from: directory, displayName: "small")
        #expect(result.diagnostics.all.map(\.description).contains(
            "small/progress.csv:3:5: error: unknown document \"return-iom-2014-02\" in source (closest: \"return-iom-2014-03\"): every document is listed in documents.csv"))
    }
}
