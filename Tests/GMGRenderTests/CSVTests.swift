import Foundation
import GMGRender
import GMGTable
import Testing

@Suite struct CSVTests {
    @Test func awkwardTableIsRFC4180WithGuard() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("awkward.csv")
        try CSVRenderer().render([awkwardTable], to: url)
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        #expect(text.components(separatedBy: "\r\n").count == 2, "CRLF only inside the quoted field")
        #expect(text.hasPrefix("Name,Count,Amount (USD),Share,Day\n"), "header")
        expectContains(text, "\n,0,0.00,0,2013-01-01\n")
        expectContains(text, "\n,,,,\n")
        expectContains(text, "\nNégatif — ünïcödé ✓,-5,-1234.57,-0.125,1900-03-01\n")
        expectContains(text, "\"line 1\nline 2\r\nline 3\",1,0.01,0.3333,\n")
        expectContains(text, "\"say \"\"hi\"\", 'there'\",2,2.68,1,\n")
        expectContains(text, "\"'=HYPERLINK(\"\"http://example.com\"\",\"\"click\"\")\",4,0.00,0.001,\n")
        expectContains(text, "\n'+1,5,10.00,")
        expectContains(text, "\n'-1,6,20.00,")
        expectContains(text, "\n'@SUM(A1),7,30.00,")
        expectContains(text, "\n'\ttab first,8,")
        expectContains(text, longestText + ",123456789012345,1000000000000000.00,12.5,9999-12-31\n")
        #expect(text.hasSuffix("\n"))
        // Python's csv module, a reader nobody here wrote, reads back the same cells.
        let script = "import csv,sys,json; print(json.dumps(list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))))"
        let rows = try JSONDecoder().decode([[String]].self, from: run(["python3", "-c", script, url.path]).stdoutData)
        #expect(rows.count == awkwardTable.rows.count + 1)
        #expect(rows.allSatisfy { $0.count == 5 })
        #expect(rows[5][0] == "line 1\nline 2\r\nline 3")
        #expect(rows[8][0] == "'=HYPERLINK(\"http://example.com\",\"click\")")
        #expect(rows[13][0] == "مرحبا بالعالم")
    }

    @Test func optionsBOMAndMoneyDecimals() throws {
        let urlDir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: urlDir) }
        let url = urlDir.appendingPathComponent("bom.csv")
        let table = Table(title: "t", columns: [Column("cost", .money), Column("n", .integer)],
                          rows: [[.number(0.0005), .integer(Int64.max)], [.integer(3), .number(1e-7)]])
        try CSVRenderer(options: .init(byteOrderMark: true, moneyDecimals: 3)).render([table], to: url)
        let bytes = try Data(contentsOf: url)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self)
            == "cost,n\n0.001,9223372036854775807\n3.000,0.0000001\n")
    }

    @Test func streamingWriterWithSmallBuffer() throws {
        let urlDir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: urlDir) }
        let url = urlDir.appendingPathComponent("stream.csv")
        let writer = try CSVWriter(url: url, kinds: [.integer, .text, .money], options: .init(bufferSize: 4096))
        try writer.writeRow(["id", "name", "cost"])
        for index in 0..<10_000 {
            try writer.write(.integer(Int64(index)))
            try writer.writeText("name, \(index)")
            try writer.write(.number(Double(index) / 8))
            try writer.endRow()
        }
        try writer.close()
        let lines = String(decoding: try Data(contentsOf: url), as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 10_001)
        #expect(lines[1] == "0,\"name, 0\",0.00")
        #expect(lines[10_000] == "9999,\"name, 9999\",1249.88")
        #expect(throws: RenderError.closed(path: url.path)) { try writer.writeRow(["late"]) }
    }

    @Test func singleEmptyFieldIsNotABlankLine() throws {
        let urlDir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: urlDir) }
        let url = urlDir.appendingPathComponent("one.csv")
        let table = Table(title: "t", columns: [Column("only")], rows: [[.null], [.text("x")]])
        try CSVRenderer().render([table], to: url)
        #expect(String(decoding: try Data(contentsOf: url), as: UTF8.self) == "only\n\"\"\nx\n")
    }

    @Test func refusesWhatCSVCannotHold() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(throws: RenderError.tableCount(format: "CSV", expected: 1, found: 2)) {
            try CSVRenderer().render([awkwardTable, awkwardTable], to: dir.appendingPathComponent("two.csv"))
        }
        let nan = Table(title: "Bad", columns: [Column("a"), Column("v", .money)], rows: [[.text("x"), .number(.nan)]])
        #expect(throws: RenderError.nonFiniteNumber(table: "Bad", row: 1, column: "v")) {
            try CSVRenderer().render([nan], to: dir.appendingPathComponent("nan.csv"))
        }
        let ragged = Table(title: "Ragged", columns: [Column("a")], rows: [[.null, .null]])
        #expect(throws: RenderError.rowWidth(table: "Ragged", row: 1, expected: 1, found: 2)) {
            try CSVRenderer().render([ragged], to: dir.appendingPathComponent("ragged.csv"))
        }
        #expect(throws: RenderError.self) {
            try CSVRenderer().render([awkwardTable], to: dir.appendingPathComponent("missing/dir.csv"))
        }
    }
}
