import Foundation
import GMGData
import GMGTable
import Testing
@testable import GMGWorkload

@Suite struct WorkloadErrorTests {
    static let header = InterchangeFormat.header.joined(separator: ",")
    static let good = "A1,Plan,2014,Data,Output 1,Title,1.1,Do it,2014,ILO;IOM,KNOMAD,1200.50,planned"

    /// Runs the full workload on `text` and returns the output folder's files.
    private func run(_ text: String, in folder: TemporaryFolder) throws -> [String] {
        let input = try folder.file("in.csv", contents: Data(text.utf8))
        let options = WorkloadOptions(input: input, queries: Paths.queries, outputDirectory: folder.path("out"),
                                      created: CalendarDate(year: 2026, month: 1, day: 2))
        _ = try Workload.run(options, reporter: SilentReporter())
        return try FileManager.default.contentsOfDirectory(atPath: folder.path("out").path)
    }

    /// The first bad row in file order, whichever of the two threads meets a bad row first.
    @Test func badRowsNameTheirLineAndColumnAndWriteNothing() throws {
        let cases: [(rows: String, line: Int, column: Int, message: String)] = [
            ("A2,Plan,2014,Data", 3, 5, "wrong column count: 4 fields, header has 13"),
            ("A2,Plan,20x4,Data,Output 1,T,1.2,D,2014,ILO,KNOMAD,,planned", 3, 3,
             "year \"20x4\" is not a whole number from 1900 to 2100"),
            ("A2,Plan,2014,Data,Output 1,T,1.2,D,2014,ILO,KNOMAD,-5,planned", 3, 12,
             "estimated_cost_usd \"-5\" is not a non-negative number (such as 1200 or 1200.50)"),
            ("A2,Plan,2014,Data,Output 1,T,1.2,D,2014,ILO,KNOMAD,0x10,planned", 3, 12,
             "estimated_cost_usd \"0x10\" is not a non-negative number (such as 1200 or 1200.50)"),
            ("A2,Plan,2014,Data,Output 1,T,1.2,D,2014,ILO,KNOMAD,1e400,planned", 3, 12,
             "estimated_cost_usd \"1e400\" is not a non-negative number (such as 1200 or 1200.50)"),
            ("A2,Plan,2014,Data,Output 1,T,1.2,D,2014,ILO,KNOMAD,2e12,planned", 3, 12,
             "estimated_cost_usd \"2e12\" is more than the limit of USD 1,000,000,000,000"),
            (",Plan,2014,Data,Output 1,T,1.2,D,2014,ILO,KNOMAD,,planned", 3, 1, "missing activity_id"),
            (Self.good + "\n" + Self.good.replacingOccurrences(of: "2014,Data", with: "20x4,Data"), 3, 1,
             "duplicate activity_id \"A1\" (first on line 2)"),
            ("A2,Plan,2014,Data,Output 1,T,1.2,\"D\"x,2014,ILO,KNOMAD,,planned", 3, 8,
             "text after a closing quote at character 37; quote the whole field and double each quote inside it (\"\")"),
        ]
        for item in cases {
            let folder = try TemporaryFolder()
            let expected = InterchangeError(file: folder.path("in.csv").path, line: item.line, column: item.column, message: item.message)
            #expect(throws: expected) { try run("\(Self.header)\n\(Self.good)\n\(item.rows)\n", in: folder) }
            #expect(!FileManager.default.fileExists(atPath: folder.path("out").path), "nothing is written: \(item.message)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["in.csv"], "no staging folder is left")
        }
    }

    @Test func aWrongHeaderOrAnEmptyFileIsRefused() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("in.csv").path
        let expected = "expected \(Self.header)"
        #expect(throws: InterchangeError(file: path, line: 1, column: 3, message: "bad header: \(expected)")) {
            try run("activity_id,plan\n\(Self.good)\n", in: folder)
        }
        #expect(throws: InterchangeError(file: path, line: 1, column: 1, message: "empty file: the header row is missing (\(Self.header))")) {
            try run("", in: folder)
        }
    }

    /// No cost stated anywhere is "not stated", never 0.
    @Test func anInputWithOnlyAHeaderGivesEmptyTables() throws {
        let folder = try TemporaryFolder()
        let files = try run("\(Self.header)\n", in: folder)
        #expect(files.contains("report.xlsx"))
        let totals = try String(contentsOf: folder.path("out/totals.csv"), encoding: .utf8)
        #expect(totals == "activities,outputs,costed_activities,cost_usd\n0,0,0,\n")
        let markdown = try String(contentsOf: folder.path("out/report.md"), encoding: .utf8)
        #expect(markdown.contains("costed activities: 0; total estimated cost: not stated.\n"))
    }

    /// Text from data stays text in report.md, escaped as in every Markdown the product writes.
    @Test func markdownEscapesDataLikeEveryProductDocument() throws {
        let folder = try TemporaryFolder()
        let text = "\(Self.header)\nA1,Plan,2014,\"Data | *research*\nand more\",O1,T,1.1,D,2014,ILO,\"A|B;C\",10.005,planned\n"
        _ = try run(text, in: folder)
        let markdown = try String(contentsOf: folder.path("out/report.md"), encoding: .utf8)
        #expect(markdown.contains("| Data \\| \\*research\\*<br>and more | 1 | 1 | 1 | 10.01 |"))
        #expect(markdown.contains("| A\\|B | 1 | 1 | 5.00 |"))
        #expect(markdown.contains("total estimated cost: 10.01 USD."))
    }
}
