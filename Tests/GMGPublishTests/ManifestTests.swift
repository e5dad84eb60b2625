import Foundation
import Testing

@testable import GMGPublish

@Suite(.cleanTemporaryFiles) struct ManifestTests {
    let recorder = LogRecorder()

    @Test func hashesMatchSha256sumIncludingFilesLargerThanOneChunk() throws {
        let folder = try temporaryDirectory()
        let big = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try Data(big).write(to: folder.appendingPathComponent("big.bin"))
        try Data("abc".utf8).write(to: folder.appendingPathComponent("abc.csv"))
        let digests = try FileDigest.hash(["big.bin", "abc.csv"], in: folder)
        let expected = try run("/usr/bin/sha256sum", [folder.path + "/abc.csv", folder.path + "/big.bin"]).stdout
            .split(separator: "\n").map { String($0.prefix(64)) }
        #expect(digests.map(\.path) == ["abc.csv", "big.bin"])
        #expect(digests.map(\.sha256) == expected)
        #expect(digests[0].sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(digests.map(\.bytes) == [3, 200_000])
    }

    @Test func missingInputIsNamed() throws {
        let folder = try temporaryDirectory()
        let missing = ManifestError.unreadable(path: folder.path + "/gone.csv", reason: "No such file or directory")
        #expect(throws: missing) {
            try FileDigest.hash(["gone.csv"], in: folder)
        }
    }

    @Test func treeHashCoversNestedFilesButNotTheManifest() throws {
        let folder = try temporaryDirectory()
        try write(["b/z.md": "z", "a.csv": "a", Manifest.fileName: "{}"], into: folder)
        #expect(try FileDigest.hashTree(folder).map(\.path) == ["a.csv", "b/z.md"])
    }

    @Test func encodesAsPrettySortedJSON() throws {
        let manifest = Manifest(
            toolVersion: "1.2.0",
            inputs: [
                FileDigest(path: "Data/b.csv", sha256: "bb", bytes: 2),
                FileDigest(path: "Data/a.csv", sha256: "aa", bytes: 1),
            ],
            reports: ["summary", "funding"],
            outputs: [FileDigest(path: "summary.md", sha256: "cc", bytes: 3)],
            timings: ["render": 0.5, "load": 0.25])
        let expected = """
            {
              "inputs" : [
                {
                  "bytes" : 1,
                  "path" : "Data/a.csv",
                  "sha256" : "aa"
                },
                {
                  "bytes" : 2,
                  "path" : "Data/b.csv",
                  "sha256" : "bb"
                }
              ],
              "outputs" : [
                {
                  "bytes" : 3,
                  "path" : "summary.md",
                  "sha256" : "cc"
                }
              ],
              "reports" : [
                "summary",
                "funding"
              ],
              "timings" : {
                "load" : 0.25,
                "render" : 0.5
              },
              "toolVersion" : "1.2.0"
            }

            """
        #expect(String(decoding: try manifest.encoded(), as: UTF8.self) == expected)
        let file = try temporaryDirectory().appendingPathComponent(Manifest.fileName)
        try manifest.write(to: file)
        #expect(try Manifest.load(from: file) == manifest)
    }

    @Test func nonFiniteTimingCannotBeEncoded() {
        let manifest = Manifest(toolVersion: "1", inputs: [], reports: [], outputs: [], timings: ["x": .nan])
        #expect(throws: ManifestError.self) { try manifest.encoded() }
    }

    @Test func invalidManifestIsNamedWithTheMissingKey() throws {
        let file = try temporaryDirectory().appendingPathComponent(Manifest.fileName)
        try Data(#"{"toolVersion": "1", "inputs": []}"#.utf8).write(to: file)
        let error = #expect(throws: ManifestError.self) { try Manifest.load(from: file) }
        #expect("\(error!)" == "\(file.path) is not valid: missing key \"reports\".")
    }

    @Test func skipDecisionComparesToolVersionAndEveryInput() {
        let a = FileDigest(path: "a.csv", sha256: "aa", bytes: 1)
        let b = FileDigest(path: "b.csv", sha256: "bb", bytes: 1)
        let previous = Manifest(toolVersion: "1.0", inputs: [a, b], reports: ["r"], outputs: [])
        #expect(Manifest.inputsUnchanged(previous: previous, current: [b, a], toolVersion: "1.0"))
        #expect(!Manifest.inputsUnchanged(previous: nil, current: [a, b], toolVersion: "1.0"))
        #expect(!Manifest.inputsUnchanged(previous: previous, current: [a, b], toolVersion: "1.1"))
        #expect(!Manifest.inputsUnchanged(previous: previous, current: [a], toolVersion: "1.0"))
        let changed = FileDigest(path: "b.csv", sha256: "b2", bytes: 1)
        #expect(!Manifest.inputsUnchanged(previous: previous, current: [a, changed], toolVersion: "1.0"))
    }

    @Test func skippingAnUnchangedInputTakesMilliseconds() throws {
        let project = try temporaryDirectory()
        let row = "GMG-0001,Resettlement support,ongoing,2023-01/2025-12,UNHCR,125000.00\n"
        let paths = (1...10).map { "Data/table\($0).csv" }
        let table = String(repeating: row, count: 140)
        try write(Dictionary(uniqueKeysWithValues: paths.map { ($0, table) }), into: project)
        let out = project.appendingPathComponent("out")
        try publish(out, stamp: "s1", files: [:])
        let inputs = try FileDigest.hash(paths, in: project)
        let manifest = Manifest(toolVersion: "1", inputs: inputs, reports: [], outputs: [])
        try manifest.write(to: out.appendingPathComponent("latest/\(Manifest.fileName)"))

        let clock = ContinuousClock()
        var unchanged = false
        let elapsed = try clock.measure {
            let latest = try #require(AtomicPublisher(root: out, logger: recorder.logger).latestBuild)
            let previous = try Manifest.load(from: latest.appendingPathComponent(Manifest.fileName))
            let current = try FileDigest.hash(paths, in: project)
            unchanged = Manifest.inputsUnchanged(previous: previous, current: current, toolVersion: "1")
        }
        #expect(unchanged)
        #expect(manifest.inputs.reduce(0) { $0 + $1.bytes } > 95_000)
        #expect(elapsed < .milliseconds(200), "the skip decision took \(elapsed)")
    }
}
