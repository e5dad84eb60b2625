import Foundation
import GMGTable
import GRDB
import Testing
@testable import GMGWorkload

@Suite struct WorkloadErrorTests {
    static let header = ActivityColumns.names.joined(separator: ",")
    static let good = "A1,Plan,2014,Data,Output 1,Title,1.1,Do it,2014,ILO;IOM,KNOMAD,1200.50,planned"

    /// Runs the full workload on `text` and returns the output folder's files.
    private func run(_ text: String, in folder: TemporaryFolder) throws -> [String] {
        let input = try folder.file("in.csv", contents: Data(text.utf8))
        let options = WorkloadOptions(input: input, outputDirectory: folder.path("out"),
                                      created: CalendarDate(year: 2026, month: 1, day: 2))
        _ = try Workload.run(options, reporter: TerminalReporter(verbose: false, progress: false))
        return try FileManager.default.contentsOfDirectory(atPath: folder.path("out").path)
    }

    @Test func badRowsNameTheirLineAndColumnAndWriteNoWorkbook() throws {
        let cases: [(row: String, error: WorkloadError)] = [
            ("A2,Plan,2014,Data", .row(line: 3, column: "5", message: "4 fields; the header has 13")),
            ("A2,Plan,20x4,Data,Output 1,T,1.2,D,2014,ILO,KNOMAD,,planned", .row(line: 3, column: "year",
                                                                                message: "not a year from 1900 to 2100")),
            ("A2,Plan,2014,Data,Output 1,T,1.2,D,2014,ILO,KNOMAD,-5,planned", .row(line: 3, column: "estimated_cost_usd",
                                                                                  message: "not a non-negative number")),
            ("A2,Plan,2014,Data,Output 1,T,1.2,D,2014,ILO,KNOMAD,0x10,planned", .row(line: 3, column: "estimated_cost_usd",
                                                                                    message: "not a non-negative number")),
        ]
        for item in cases {
            let folder = try TemporaryFolder()
            #expect(throws: item.error) { try run("\(Self.header)\n\(Self.good)\n\(item.row)\n", in: folder) }
            let written = (try? FileManager.default.contentsOfDirectory(atPath: folder.path("out").path)) ?? []
            #expect(!written.contains("report.xlsx"))
        }
    }

    @Test func aWrongHeaderIsRefused() throws {
        let folder = try TemporaryFolder()
        #expect(throws: WorkloadError.header(expected: Self.header)) {
            try run("activity_id,plan\n\(Self.good)\n", in: folder)
        }
        #expect(throws: WorkloadError.header(expected: Self.header)) { try run("", in: folder) }
    }

    @Test func anInputWithOnlyAHeaderGivesEmptyTables() throws {
        let folder = try TemporaryFolder()
        let files = try run("\(Self.header)\n", in: folder)
        #expect(files.contains("report.xlsx"))
        let totals = try String(contentsOf: folder.path("out/totals.csv"), encoding: .utf8)
        #expect(totals == "activities,outputs,costed_activities,cost_usd\n0,0,0,0.000\n")
    }

    @Test func markdownEscapesPipesAndLineBreaksLikeThePeers() throws {
        let folder = try TemporaryFolder()
        let text = "\(Self.header)\nA1,Plan,2014,\"Data | research\nand more\",O1,T,1.1,D,2014,ILO,\"A|B;C\",10.005,planned\n"
        _ = try run(text, in: folder)
        let markdown = try String(contentsOf: folder.path("out/report.md"), encoding: .utf8)
        #expect(markdown.contains("| Data \\| research and more | 1 | 1 | 1 | 10.01 |"))
        #expect(markdown.contains("| A\\|B | 1 | 1 | 5.00 |"))
        #expect(markdown.contains("total estimated cost: 10.01 USD."))
    }

    @Test func loadedDatabaseKeepsItsReferences() throws {
        let folder = try TemporaryFolder()
        let input = try folder.file("in.csv", contents: Data("\(Self.header)\n\(Self.good)\n\(Self.good.replacingOccurrences(of: "A1,", with: "A2,"))\n".utf8))
        let database = try WorkloadDatabase()
        try database.queue.write { db in
            let loader = try ActivityLoader(db)
            var first = true
            try CSVScanner().scan(path: input.path) { record in
                if first { first = false; return }
                let values = try ActivityColumns.values(of: record)
                try loader.add(record, year: values.year, cost: values.cost)
            }
        }
        let (broken, outputs, cost) = try database.queue.read { db in
            (try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count, try Int.fetchOne(db, sql: "SELECT count(*) FROM outputs"),
             try Int.fetchOne(db, sql: "SELECT sum(cost_milli) FROM activities"))
        }
        #expect(broken == 0)
        #expect(outputs == 1)
        #expect(cost == 2_401_000)
    }
}
