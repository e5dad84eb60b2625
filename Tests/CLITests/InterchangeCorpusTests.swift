import Foundation
import TestSupport
import Testing

/// A corpus of spoiled activities interchange files: `gmg query --interchange`, `gmg db export
/// --interchange` and `gmg workload` give each the same verdict (message and exit status 1), and
/// `gmg workload` writes nothing.
@Suite struct InterchangeCorpusTests {
    static let header = "activity_id,plan,year,work_stream,output_code,output_title,activity_code,activity,timeframe,"
        + "lead_agencies,funding_sources,estimated_cost_usd,status\n"
    static let good = "A1,MAWP,2014,Data,1,Guide,1.1,Draft,2014,ILO;IOM,KNOMAD,1000,planned\n"

    /// Each file's bytes and (a part of) the message it must give.
    static let corpus: [(name: String, bytes: [UInt8], message: String)] = [
        ("empty", [], ":1:1: error: empty file: the header row is missing"),
        ("bad-header", Array("activity_id,plan,year\n".utf8), ":1:4: error: bad header: expected activity_id,plan,"),
        ("nul", Array((header + "A1,MAWP,2014,Da").utf8) + [0] + Array("ta,1,Guide,1.1,Draft,2014,ILO,KNOMAD,,planned\n".utf8),
         ":2:4: error: NUL byte at character 16; a text file has none (column work_stream)"),
        ("utf8", Array((header + "A1,MAWP,2014,Data,1,Gu").utf8) + [0xFF] + Array("ide,1.1,Draft,2014,ILO,KNOMAD,,planned\n".utf8),
         ":2:6: error: invalid UTF-8 at character 23; save the file as UTF-8 (column output_title)"),
        ("unterminated", Array((header + good + "A2,MAWP,2014,Data,1,\"Guide,1.1,Draft,2014,ILO,KNOMAD,,planned\n").utf8),
         ":3:6: error: quote never closed at character 21; close the quoted field that opens here (column output_title)"),
        ("bad-year", Array((header + good + "A2,MAWP,20x4,Data,1,Guide,1.1,Draft,2014,ILO,KNOMAD,,planned\n").utf8),
         ":3:3: error: year \"20x4\" is not a whole number from 1900 to 2100"),
        ("short-row", Array((header + good + "A2,MAWP,2014\n").utf8), ":3:4: error: wrong column count: 3 fields, header has 13"),
        ("overflow", Array((header + good.replacingOccurrences(of: ",1000,", with: ",1e400,")).utf8),
         ":2:12: error: estimated_cost_usd \"1e400\" is not a non-negative number (such as 1200 or 1200.50)"),
        ("too-long", Array((header + good.replacingOccurrences(of: "Draft", with: String(repeating: "é", count: 33_000))).utf8),
         ":2:8: error: text of 33000 characters is longer than a spreadsheet cell holds (32,767 characters) (column activity)"),
        ("duplicate", Array((header + good + good).utf8), ":3:1: error: duplicate activity_id \"A1\" (first on line 2)"),
        ("missing-id", Array((header + "," + good.dropFirst(3)).utf8), ":2:1: error: missing activity_id"),
    ]

    @Test func everyPathGivesTheSameVerdict() throws {
        let folder = Scratch.root.appendingPathComponent("gmg-ix-corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for item in Self.corpus {
            let file = folder.appendingPathComponent("\(item.name).csv")
            try Data(item.bytes).write(to: file)
            let query = try GMGRunner.run(["query", "totals", "--interchange", file.path, "--format", "csv"])
            let export = try GMGRunner.run(["db", "export", folder.appendingPathComponent("\(item.name).sqlite").path,
                                            "--interchange", file.path])
            let out = folder.appendingPathComponent("\(item.name)-out")
            let workload = try GMGRunner.run(["workload", file.path, "--out", out.path])
            let expected = "gmg: \(file.path)\(item.message)"
            #expect(query.status == 1 && export.status == 1 && workload.status == 1, "\(item.name)")
            #expect(query.stderr.hasPrefix(expected), "\(item.name): \(query.stderr)")
            #expect(query.stderr == export.stderr && query.stderr == workload.stderr, "\(item.name): \(workload.stderr)")
            #expect(!FileManager.default.fileExists(atPath: out.path), "\(item.name): workload wrote nothing")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).allSatisfy { $0.hasSuffix(".csv") })
    }

    @Test func aHeaderOnlyFileIsAcceptedOnEveryPath() throws {
        let folder = Scratch.root.appendingPathComponent("gmg-ix-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("header.csv")
        try Data(Self.header.utf8).write(to: file)
        let query = try GMGRunner.run(["query", "totals", "--interchange", file.path, "--format", "csv"])
        #expect(query.status == 0, "\(query.stderr)")
        let workload = try GMGRunner.run(["workload", file.path, "--out", folder.appendingPathComponent("out").path])
        #expect(workload.status == 0, "\(workload.stderr)")
        let totals = try String(contentsOf: folder.appendingPathComponent("out/totals.csv"), encoding: .utf8)
        // No activity states a cost: the total is not stated (empty), never 0.
        #expect(totals == "activities,outputs,costed_activities,cost_usd\n0,0,0,\n")
    }
}
