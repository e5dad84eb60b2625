import Foundation
import GMGData
import TestSupport
import Testing

@Suite struct CSVScannerTests {
    /// Every record of `bytes` as string fields with its line, and every syntax error, read
    /// `chunk` bytes at a time.
    private func scan(_ bytes: [UInt8], chunk: Int = 3) throws -> (records: [(line: Int, fields: [String])], errors: [CSVSyntaxError]) {
        let file = Scratch.root.appendingPathComponent("gmg-scan-\(UUID().uuidString).csv")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        var records: [(Int, [String])] = []
        var errors: [CSVSyntaxError] = []
        try CSVScanner(chunkSize: chunk).scan(path: file.path, onError: { errors.append($0) }) { record in
            records.append((record.line, record.strings))
        }
        return (records, errors)
    }

    private func scan(_ text: String, chunk: Int = 3) throws -> (records: [(line: Int, fields: [String])], errors: [CSVSyntaxError]) {
        try scan(Array(text.utf8), chunk: chunk)
    }

    @Test(arguments: [1, 2, 3, 7, 1 << 20])
    func readsQuotesLineBreaksAndCRLFAcrossChunks(chunk: Int) throws {
        let text = "\u{FEFF}a,b,c\r\n\"x, \"\"y\"\"\",\"two\nlines\",\r\n\nlast,,\"Genève\"\n\"\"\nend,\"q\"\r\nplain,cr\rinside,x"
        let (records, errors) = try scan(text, chunk: chunk)
        #expect(errors.isEmpty)
        #expect(records.map(\.fields) == [["a", "b", "c"], ["x, \"y\"", "two\nlines", ""], ["last", "", "Genève"], [""],
                                          ["end", "q"], ["plain", "cr\rinside", "x"]])
        #expect(records.map(\.line) == [1, 2, 5, 6, 7, 8])
    }

    @Test func givesNULTerminatedFieldsForC() throws {
        let file = Scratch.root.appendingPathComponent("gmg-scan-\(UUID().uuidString).csv")
        try Data("ab,,\"c,d\"\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        try CSVScanner().scan(path: file.path) { record in
            #expect(String(cString: record.cString(0)) == "ab")
            #expect(record.isEmpty(1))
            #expect(String(cString: record.cString(2)) == "c,d")
            #expect(record.field(2).count == 3)
        }
    }

    /// Each error names its true line, CSV column and character; the bad record is skipped and the
    /// next one is read.
    @Test(arguments: [1, 3, 1 << 20])
    func locatesEveryKindOfErrorAndReadsOn(chunk: Int) throws {
        let cases: [(bytes: [UInt8], line: Int, column: Int, character: Int, message: String)] = [
            (Array("a\n\"open\nnext".utf8), 2, 1, 1, "quote never closed"),
            (Array("a\n\"x\"y,z\nnext".utf8), 2, 1, 4, "text after a closing quote"),
            (Array("a\nok,".utf8) + [0] + Array("\nnext".utf8), 2, 2, 4, "NUL byte"),
            (Array("a\n\"two\nlines\",é".utf8) + [0xFF] + Array("\nnext".utf8), 3, 2, 9, "invalid UTF-8"),
            (Array("a,b\nsaid,He said \"hi\"\nnext".utf8), 2, 2, 14, "stray quote in an unquoted field"),
            (Array("a\n\"\"\"x\"\"\"y\nnext".utf8), 2, 1, 8, "text after a closing quote"),
        ]
        for item in cases {
            let (records, errors) = try scan(item.bytes, chunk: chunk)
            #expect(errors.map { [$0.line, $0.column, $0.character] } == [[item.line, item.column, item.character]],
                    "\(item.message): \(errors)")
            #expect(errors.first?.message == item.message)
            #expect(records.first?.fields.first == "a")
            #expect(records.count == 1 || records.last?.fields == ["next"])
        }
    }

    @Test func aForgottenClosingQuoteIsReportedWhereItOpensAndTheRestIsRead() throws {
        let text = "id,note\n1,\"fine\"\n2,\"broken\n3,\"ok, quoted\"\n4,plain\n5,\"two\nlines\"\n"
        let (records, errors) = try scan(text)
        #expect(errors.count == 1)
        #expect(errors.first?.description == """
            line 3, column 2: quote not closed on its line at character 3; the quoted field that opens here runs on \
            to line 4, where text follows its closing quote
            """)
        #expect(records.map(\.fields) == [["id", "note"], ["1", "fine"], ["3", "ok, quoted"], ["4", "plain"], ["5", "two\nlines"]])
        #expect(records.map(\.line) == [1, 2, 4, 5, 6])
    }

    @Test func aQuoteNeverClosedLosesOnlyItsOwnLine() throws {
        let (records, errors) = try scan("id,note\n2,\"broken\n3,plain\n4,plain\n")
        #expect(errors.map(\.description) == ["line 2, column 2: quote never closed at character 3; close the quoted field that opens here"])
        #expect(records.map(\.fields) == [["id", "note"], ["3", "plain"], ["4", "plain"]])
    }

    @Test func everyBrokenRecordIsReportedInFileOrder() throws {
        let text = "a,b\n1,x\"y\n2,ok\n3,\"p\"q\n4,ok\n"
        let (records, errors) = try scan(text)
        #expect(errors.map(\.line) == [2, 4])
        #expect(records.map(\.fields) == [["a", "b"], ["2", "ok"], ["4", "ok"]])
    }

    @Test func theFirstErrorStopsAScanWithoutAnErrorHandler() throws {
        let file = Scratch.root.appendingPathComponent("gmg-scan-\(UUID().uuidString).csv")
        try Data(Array("a\nb".utf8) + [0] + Array("\nc\n".utf8)).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        var lines: [Int] = []
        #expect(throws: CSVSyntaxError(line: 2, column: 1, character: 2, message: "NUL byte", hint: "a text file has none")) {
            try CSVScanner().scan(path: file.path) { lines.append($0.line) }
        }
        #expect(lines == [1])
        #expect(throws: CSVFileError(path: "/nonexistent-gmg/x.csv", operation: "open", code: ENOENT)) {
            try CSVScanner().scan(path: "/nonexistent-gmg/x.csv") { _ in }
        }
    }

    @Test func aQuotedFieldLongerThanTheRecordLimitIsReportedNotHeldInMemory() throws {
        var bytes = Array("a\n\"".utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "x"), count: CSVScanner.recordLimit + 1000)
        let (_, errors) = try scan(bytes, chunk: 1 << 20)
        #expect(errors.first.map { [$0.line, $0.column, $0.character] } == [2, 1, 1])
        #expect(errors.first?.message == "quote never closed")
    }
}
