import Foundation
import Testing

@testable import GMGPublish

/// `snapshot.json` written a record at a time: the bytes `JSONEncoder` gave, and the same
/// `CHANGES.md` comparison as whole snapshots.
@Suite(.cleanTemporaryFiles) struct SnapshotStreamTests {
    static let awkward = Snapshot(
        records: [
            "A-10": ["title": "Quotes \" and \\ and / and\ttabs\nlines\r\u{8}\u{C}\u{1}\u{1F}\u{7F}", "status": ""],
            "A-2": ["title": "Résumé – ünïcode 😀", "zeta": "z", "Alpha": "a", "_": "u"],
            "a-1": [:],
            "Z": ["status": "done"],
            "é": ["title": "accent first"],
            "A-1 ": ["title": "space"],
        ],
        figures: [
            KeyFigure(name: "activities", value: .number(6)),
            KeyFigure(name: "cost \"usd\"", value: .number(Decimal(string: "-1234.5")!)),
            KeyFigure(name: "lead", value: .text("UN/DESA\n")),
        ])

    static func encoderBytes(_ snapshot: Snapshot) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(snapshot) + Data("\n".utf8)
    }

    @Test(arguments: [awkward, Snapshot(records: [:], figures: []), Snapshot(records: ["x": [:]], figures: [])])
    func fileHasTheBytesJSONEncoderGives(snapshot: Snapshot) throws {
        let file = try temporaryDirectory().appendingPathComponent(Snapshot.fileName)
        try snapshot.write(to: file)
        let written = try Data(contentsOf: file)
        #expect(String(decoding: written, as: UTF8.self) == String(decoding: try Self.encoderBytes(snapshot), as: UTF8.self))
        #expect(try Snapshot.load(from: file) == snapshot)
    }

    @Test func streamGivesTheFileAndChangesOfWholeSnapshots() throws {
        let folder = try temporaryDirectory()
        let previousFile = folder.appendingPathComponent("previous.json")
        try ChangeSummaryTests.previous.write(to: previousFile)
        let current = ChangeSummaryTests.current
        let stream = try SnapshotStream(spoolIn: folder)
        try stream.add(id: "A-9", fields: ["title": "replaced by the later record"])
        for id in current.records.keys.sorted().reversed() { try stream.add(id: id, fields: current.records[id]!) }
        let file = folder.appendingPathComponent(Snapshot.fileName)
        let changes = try stream.finish(writing: file, figures: current.figures, previous: previousFile,
                                        fieldOrder: ChangeSummaryTests.order)
        #expect(try Data(contentsOf: file) == (try Self.encoderBytes(current)))
        #expect(changes == ChangeSummary(previous: ChangeSummaryTests.previous, current: current, fieldOrder: ChangeSummaryTests.order))
        #expect(changes.changed.map(\.record.id) == ["A-3", "A-9"] && changes.removed.map(\.id) == ["A-2"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["previous.json", Snapshot.fileName])
    }

    /// A previous snapshot that cannot be read, or whose records are out of order, counts as none.
    @Test(arguments: ["", "{\"figures\": [], \"records\": {\"b\": {}, \"a\": {}}}", "{\"records\": {}}",
                      "{\"figures\": [], \"records\": {\"a\": {\"x\": 1}}}", "{\"figures\": [], \"records\": {\"a\": {}"])
    func unreadablePreviousSnapshotMakesAFirstBuild(text: String) throws {
        let folder = try temporaryDirectory()
        let previousFile = folder.appendingPathComponent("previous.json")
        try Data(text.utf8).write(to: previousFile)
        #expect(throws: ManifestError.self) { try Snapshot.load(from: previousFile) }
        let stream = try SnapshotStream(spoolIn: folder)
        try stream.add(id: "a", fields: ["x": "1"])
        let changes = try stream.finish(writing: folder.appendingPathComponent(Snapshot.fileName), figures: [], previous: previousFile)
        #expect(changes.isFirstBuild && changes.countAfter == 1 && changes.countBefore == 0)
    }

    /// JSON the previous tool's `JSONDecoder` read: other spacing, keys in another order, escapes.
    @Test func previousSnapshotInAnyLayoutIsRead() throws {
        let file = try temporaryDirectory().appendingPathComponent(Snapshot.fileName)
        let text = #"{"records":{"a\/b":{"t":"\u00e9\ud83d\ude00\n"},"b":{}},"extra":[1,{"x":"}"}],"figures":[{"value":{"number":"2"},"name":"n"}]}"#
        try Data(text.utf8).write(to: file)
        let expected = Snapshot(records: ["a/b": ["t": "é😀\n"], "b": [:]], figures: [KeyFigure(name: "n", value: .number(2))])
        #expect(try Snapshot.load(from: file) == expected)
        #expect(try JSONDecoder().decode(Snapshot.self, from: Data(text.utf8)) == expected)
    }
}
