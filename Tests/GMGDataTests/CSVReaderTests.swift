import Foundation
import GMGData
import Testing

@Suite struct CSVReaderTests {
    @Test func readsQuotedFieldsAcrossLinesAndCRLF() throws {
        let text = "\u{FEFF}a,b,c\r\n\"x, \"\"y\"\"\",\"two\nlines\",\r\nlast,,z"
        let records = try CSVReader.records(in: Data(text.utf8))
        #expect(records.map(\.fields) == [["a", "b", "c"], ["x, \"y\"", "two\nlines", ""], ["last", "", "z"]])
        #expect(records.map(\.line) == [1, 2, 4])
    }

    @Test func reportsUnterminatedQuotesAndBadUTF8WithTheirLine() {
        #expect(throws: CSVSyntaxError.self) { try CSVReader.records(in: Data("a\n\"open".utf8)) }
        var bytes = Array("a,b\nok,".utf8)
        bytes.append(0xFF)
        do {
            _ = try CSVReader.records(in: Data(bytes))
            Issue.record("bad UTF-8 was accepted")
        } catch let error as CSVSyntaxError {
            #expect(error.line == 2)
            #expect(error.message.contains("UTF-8"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
