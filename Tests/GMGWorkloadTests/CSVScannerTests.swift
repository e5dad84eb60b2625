import Foundation
import Testing
@testable import GMGWorkload

@Suite struct CSVScannerTests {
    /// Every record of `text` as string fields with its line, read `chunk` bytes at a time.
    private func scan(_ text: String, chunk: Int) throws -> [(line: Int, fields: [String])] {
        let folder = try TemporaryFolder()
        let file = try folder.file("in.csv", contents: Data(text.utf8))
        var records: [(Int, [String])] = []
        try CSVScanner(chunkSize: chunk).scan(path: file.path) { record in
            records.append((record.line, (0..<record.count).map { record.string($0) }))
        }
        return records
    }

    @Test(arguments: [1, 2, 3, 7, 1 << 20])
    func readsQuotesLineBreaksAndCRLFAcrossChunks(chunk: Int) throws {
        let text = "\u{FEFF}a,b,c\r\n\"x, \"\"y\"\"\",\"two\nlines\",\r\n\nlast,,\"Genève\"\n\"\"\nend,\"q\"\r\nstray\"quote,cr\rinside,x"
        let records = try scan(text, chunk: chunk)
        #expect(records.map(\.fields) == [["a", "b", "c"], ["x, \"y\"", "two\nlines", ""], ["last", "", "Genève"], [""],
                                          ["end", "q"], ["stray\"quote", "cr\rinside", "x"]])
        #expect(records.map(\.line) == [1, 2, 5, 6, 7, 8])
    }

    @Test func givesNULTerminatedFieldsForC() throws {
        let folder = try TemporaryFolder()
        let file = try folder.file("in.csv", contents: Data("ab,,\"c,d\"\n".utf8))
        try CSVScanner().scan(path: file.path) { record in
            #expect(String(cString: record.cString(0)) == "ab")
            #expect(record.isEmpty(1))
            #expect(String(cString: record.cString(2)) == "c,d")
            #expect(record.field(2).count == 3)
        }
    }

    @Test func reportsBadCSVWithItsLineAndField() throws {
        let folder = try TemporaryFolder()
        let cases: [(bytes: [UInt8], line: Int, field: Int, message: String)] = [
            (Array("a\n\"open\nstill".utf8), 2, 1, "unterminated quoted field"),
            (Array("a\n\"x\"y,z".utf8), 2, 1, "text after a closing quote"),
            (Array("a\nok,".utf8) + [0], 2, 2, "NUL byte in a field"),
            (Array("a\n\"two\nlines\",".utf8) + [0xFF], 3, 2, "invalid UTF-8"),
        ]
        for (index, item) in cases.enumerated() {
            let file = try folder.file("bad\(index).csv", contents: Data(item.bytes))
            #expect(throws: WorkloadError.csv(line: item.line, field: item.field, message: item.message)) {
                try CSVScanner(chunkSize: 3).scan(path: file.path) { _ in }
            }
        }
    }
}
