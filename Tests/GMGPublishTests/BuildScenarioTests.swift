import Foundation
import Testing

@testable import GMGPublish

/// A miniature `gmg build --if-changed` over the library: one CSV of activities in, a report,
/// `snapshot.json`, `CHANGES.md` and `manifest.json` out.
struct MiniBuild {
    let project: URL
    let out: URL
    let recorder = LogRecorder()
    static let inputs = ["Data/activities.csv"]

    /// Builds unless the inputs are unchanged; returns the published build, or nil when skipped.
    func run(stamp: String, ifChanged: Bool = true) throws -> URL? {
        let lock = BuildLock(directory: out, logger: recorder.logger)
        try lock.acquire(wait: .seconds(10))
        defer { lock.release() }
        let publisher = AtomicPublisher(root: out, logger: recorder.logger)
        let inputs = try FileDigest.hash(Self.inputs, in: project)
        let latest = publisher.latestBuild
        let previous = latest.flatMap { try? Manifest.load(from: $0.appendingPathComponent(Manifest.fileName)) }
        if ifChanged, Manifest.inputsUnchanged(previous: previous, current: inputs, toolVersion: "1.0") { return nil }
        let before = latest.flatMap { try? Snapshot.load(from: $0.appendingPathComponent(Snapshot.fileName)) }
        return try publisher.publish(stamp: stamp, keep: 3, lock: lock) { folder in
            let start = Date()
            let rows = try text(project.appendingPathComponent(Self.inputs[0])).split(separator: "\n").dropFirst()
            var records: [String: [String: String]] = [:]
            for row in rows {
                let cells = row.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                records[cells[0]] = ["title": cells[1], "status": cells[2], "funding": cells[3]]
            }
            let funding = records.values.reduce(Decimal(0)) { $0 + Decimal(string: $1["funding"]!)! }
            let snapshot = Snapshot(
                records: records,
                figures: [
                    KeyFigure(name: "Activities", value: .number(Decimal(records.count))),
                    KeyFigure(name: "Total funding", value: .number(funding)),
                ])
            let report = ChangeSummary.sortedIDs(records.keys).map { "\($0): \(records[$0]!["title"]!)" }
            let summary = report.joined(separator: "\n") + "\n"
            try Data(summary.utf8).write(to: folder.appendingPathComponent("summary.md"))
            try snapshot.write(to: folder.appendingPathComponent(Snapshot.fileName))
            let changes = ChangeSummary(previous: before, current: snapshot, fieldOrder: ["title", "status"])
            let markdown = changes.markdown(labelField: "title")
            try Data(markdown.utf8).write(to: folder.appendingPathComponent(ChangeSummary.fileName))
            let manifest = Manifest(
                toolVersion: "1.0", inputs: inputs, reports: ["summary"], outputs: try FileDigest.hashTree(folder),
                timings: ["render": Date().timeIntervalSince(start), "total": Date().timeIntervalSince(start) + 1e-9])
            try manifest.write(to: folder.appendingPathComponent(Manifest.fileName))
        }
    }

    func setInput(_ rows: [String]) throws {
        try write([Self.inputs[0]: (["id,title,status,funding"] + rows).joined(separator: "\n") + "\n"], into: project)
    }
}

@Suite(.cleanTemporaryFiles) struct BuildScenarioTests {
    static let firstRows = ["A-1,Housing,planned,1000", "A-2,Schools,ongoing,2500.50", "A-10,Clinics,ongoing,0"]

    @Test func unchangedInputIsSkippedAndChangedInputWritesChanges() throws {
        let project = try temporaryDirectory()
        let build = MiniBuild(project: project, out: project.appendingPathComponent("out"))
        try build.setInput(Self.firstRows)
        let first = try #require(try build.run(stamp: "s1"))
        let firstChanges = try text(first.appendingPathComponent("CHANGES.md"))
        #expect(firstChanges.contains("First build: there is no previous build"))

        #expect(try build.run(stamp: "s2") == nil)
        #expect(names(build.out.appendingPathComponent("builds")) == ["s1"])

        try build.setInput(["A-1,Housing,ongoing,1200", "A-10,Clinics,ongoing,0", "A-11,Kitchens,planned,300"])
        let third = try #require(try build.run(stamp: "s3"))
        let expected = """
            # Changes since the previous build

            3 records before, 3 after: 1 added, 1 removed, 1 changed, 1 unchanged.

            ## Added

            - A-11 Kitchens

            ## Removed

            - A-2 Schools

            ## Changed

            | Record | Field | Before | After |
            | --- | --- | --- | --- |
            | A-1 Housing | status | planned | ongoing |
            | A-1 Housing | funding | 1000 | 1200 |

            ## Key figures

            | Figure | Before | After | Difference |
            | --- | ---: | ---: | ---: |
            | Activities | 3 | 3 | 0 |
            | Total funding | 3500.5 | 1500 | -2000.5 |

            """
        #expect(try text(third.appendingPathComponent("CHANGES.md")) == expected)
        let summary = try text(build.out.appendingPathComponent("latest/summary.md"))
        #expect(summary == "A-1: Housing\nA-10: Clinics\nA-11: Kitchens\n")
    }

    @Test func twoBuildsOfTheSameInputAreByteIdenticalApartFromTimings() throws {
        let project = try temporaryDirectory()
        let one = MiniBuild(project: project, out: project.appendingPathComponent("one"))
        let two = MiniBuild(project: project, out: project.appendingPathComponent("two"))
        try one.setInput(Self.firstRows)
        let first = try #require(try one.run(stamp: "s1"))
        let second = try #require(try two.run(stamp: "s9", ifChanged: false))

        let files = try FileDigest.hashTree(first, excluding: [])
        #expect(files.map(\.path) == ["CHANGES.md", "manifest.json", "snapshot.json", "summary.md"])
        #expect(try FileDigest.hashTree(first) == FileDigest.hashTree(second))

        var manifests = try [first, second].map {
            try Manifest.load(from: $0.appendingPathComponent(Manifest.fileName))
        }
        #expect(manifests[0].timings != manifests[1].timings)
        #expect(manifests[0].outputs == (try FileDigest.hashTree(first)))
        manifests[1].timings = manifests[0].timings
        #expect(manifests[0] == manifests[1])
        let withoutTimings = try [first, second].map { build in
            let lines = try text(build.appendingPathComponent(Manifest.fileName)).split(separator: "\n")
            let start = try #require(lines.firstIndex(of: "  \"timings\" : {"))
            let end = try #require(lines[start...].firstIndex(of: "  },"))
            return Array(lines[..<start] + lines[(end + 1)...])
        }
        #expect(withoutTimings[0] == withoutTimings[1])
    }
}
