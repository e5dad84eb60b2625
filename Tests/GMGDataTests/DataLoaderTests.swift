import Foundation
import GMGData
import TestSupport
import Testing

/// The small fixture under Tests/Fixtures/small, and copies of it with one file changed.
enum Fixture {
    static let small = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/small")

    /// A temporary copy of the small fixture where `edit` changed the text of one file.
    static func copy(editing file: String, _ edit: (String) -> String) throws -> URL {
        let directory = Scratch.root.appendingPathComponent("gmg-fixture-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: small, to: directory)
        let url = directory.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        try Data(edit(text).utf8).write(to: url)
        return directory
    }
}

@Suite struct DataLoaderTests {
    @Test func loadsTheFixtureWithOnlyTheExpectedWarning() throws {
        let result = DataLoader.load(from: Fixture.small, displayName: "small")
        #expect(result.diagnostics.errorCount == 0)
        #expect(result.diagnostics.all.map(\.description) == [
            "small/activities.csv:8:5: warning: unparseable time frame \"ongoing\" (column timeframe)",
        ])
        let dataset = result.dataset
        #expect(dataset.activities.count == 7)
        #expect(dataset.outputs.count == 4)
        #expect(dataset.chairTerms.first?.agency == "escap")
    }

    @Test func resolvesAliasesAndKeepsTheOriginalText() throws {
        let dataset = DataLoader.load(from: Fixture.small).dataset
        let a1 = try #require(dataset.activities.first { $0.id == "a1" })
        #expect(a1.leads == [.agency("iom"), .agency("undp")])
        #expect(a1.leadsText == "GMG Chair (IOM) & UNDP")
        #expect(a1.fundingSources == ["staff-chair-members"])
        let a6 = try #require(dataset.activities.first { $0.id == "a6" })
        #expect(a6.leads == [.agency("escap"), .agency("ilo")])
        #expect(a6.fundingSources == ["to-be-mobilized", "budget-undp"])
        #expect(a6.cost == Amount(value: 75_000, currency: "USD", isEstimate: false))
        let a3 = try #require(dataset.activities.first { $0.id == "a3" })
        #expect(a3.leads == [.group("wg-data")])
        #expect(a3.cost?.isEstimate == true)
        #expect(a3.timeframe?.isDeadline == true)
    }

    @Test func mergedCellsAreInheritedAndMarked() throws {
        let dataset = DataLoader.load(from: Fixture.small).dataset
        let a5 = try #require(dataset.activities.first { $0.id == "a5" })
        #expect(a5.timeframeText == "2014")
        #expect(a5.leads == [.role(.chair)])
        #expect(a5.fundingSources == ["staff-chair-members"])
        #expect(a5.inheritedFields == ["timeframe", "leads", "funding"])
    }

    @Test(arguments: [
        ("activities.csv", "GMG Chair (IOM);UNDP", "GMG Chair (IOM);UNHCR",
         "small/activities.csv:2:7: error: unknown agency \"UNHCR\": add it to agencies.csv, groups.csv or aliases.csv (column leads)"),
        ("activities.csv", "ILO;KNOMAD funded", "ILO;Trust fund X",
         "small/activities.csv:3:9: error: unknown funding source \"Trust fund X\": add it to funding_sources.csv or aliases.csv"),
        ("activities.csv", "\na2,", "\na1,",
         "small/activities.csv:3:1: error: duplicate id \"a1\" (first on line 2)"),
        ("activities.csv", ",,$S\na2", ",,\na2",
         "small/activities.csv:2:13: error: missing source: every record names its document and the section or place in it"),
        ("outputs.csv", "o13-data-1,mawp,2013,data,1,", "o13-data-1,mawp,2013,data,1,extra,",
         "small/outputs.csv:3:11: error: wrong column count: 11 fields, header has 10"),
        ("chair_terms.csv", "2014-ilo,2014,ilo,2014,1,2014,2,confirmed", "2014-ilo,2014,ilo,2014,1,2014,3,confirmed",
         "small/chair_terms.csv:4:7: error: end_semester \"3\" is not a whole number in 1...2"),
        ("progress.csv", "a3,in-progress", "a3,finished",
         "small/progress.csv:3:2: error: unknown status \"finished\" (one of: planned, in-progress, delivered, postponed, cancelled)"),
        ("activities.csv", "Launch the guide,ongoing", "Launch the guide,\"unterminated",
         "small/activities.csv:8:5: error: text after a closing quote at character 80; quote the whole field and double each quote inside it (\"\") (column timeframe)"),
    ])
    func reportsProblemsWithFileLineAndColumn(file: String, find: String, replace: String, expected: String) throws {
        let directory = try Fixture.copy(editing: file) { text in
            let source = "\"mawp-2013-2015-draft: fixture\""
            return text.replacingOccurrences(of: find.replacingOccurrences(of: "$S", with: source),
                                             with: replace.replacingOccurrences(of: "$S", with: source))
        }
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = DataLoader.load(from: directory, displayName: "small")
        #expect(result.diagnostics.all.map(\.description).contains(expected),
                "got: \(result.diagnostics.all.map(\.description))")
    }

    @Test func badUTF8IsAnErrorOnItsLine() throws {
        let directory = try Fixture.copy(editing: "agencies.csv") { $0 }
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("agencies.csv")
        var bytes = try Data(contentsOf: url)
        bytes.append(contentsOf: Array("zz,ZZ,Bad ".utf8) + [0xC3, 0x28] + Array(",other,,no,,mawp-2013-2015-draft: y\n".utf8))
        try bytes.write(to: url)
        let result = DataLoader.load(from: directory, displayName: "small")
        #expect(result.diagnostics.all.map(\.description).contains("small/agencies.csv:8:3: error: invalid UTF-8 at character 11; save the file as UTF-8 (column full_name)"))
    }

    @Test func aMissingFolderOrFileIsAnError() throws {
        let missing = DataLoader.load(from: URL(fileURLWithPath: "/nonexistent-gmg"), displayName: "nowhere")
        #expect(missing.diagnostics.all.map(\.description) == ["nowhere:1:1: error: data folder not found"])
        let directory = try Fixture.copy(editing: "plans.csv") { $0 }
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.removeItem(at: directory.appendingPathComponent("progress.csv"))
        let result = DataLoader.load(from: directory, displayName: "small")
        #expect(result.diagnostics.all.contains { $0.description.hasPrefix("small/progress.csv:1:1: error: missing file") })
    }
}

@Suite struct TimeFrameWarningTests {
    @Test func aTimeFrameEndingBeforeThePlanYearIsAWarning() throws {
        let directory = try Fixture.copy(editing: "activities.csv") { $0.replacingOccurrences(of: "Spring 2014", with: "Spring 2012") }
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = DataLoader.load(from: directory, displayName: "small")
        #expect(result.diagnostics.all.map(\.description).contains(
            "small/activities.csv:7:5: warning: time frame \"Spring 2012\" ends before the plan year 2014 (column timeframe)"))
        #expect(result.diagnostics.errorCount == 0)
    }
}
