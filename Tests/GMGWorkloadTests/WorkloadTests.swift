import Foundation
import GMGTable
import Testing
@testable import GMGWorkload

/// The workload on 2,000 generated activities, checked against the shared benchmark's oracles:
/// `reference_aggregates.py` (exact Decimal sums) for the aggregate CSVs, the peers' own Markdown
/// renderer for `report.md`, `compare_aggregates.py` for `activities.csv`, openpyxl for the workbook.
@Suite struct WorkloadTests {
    static let aggregateFiles = ["totals.csv", "by_agency.csv", "by_year.csv", "by_work_stream.csv", "by_funding_source.csv",
                                 "funding_by_year.csv", "cube.csv"]

    /// A generated input, its oracle outputs and the workload's outputs (activities sheets of 700 rows).
    struct Run {
        let folder: TemporaryFolder
        let bench: URL
        let input: URL
        let summary: WorkloadSummary

        var reference: URL { folder.path("reference") }
        var output: URL { folder.path("out") }

        init(rows: Int, aggregatesOnly: Bool = false) throws {
            folder = try TemporaryFolder()
            bench = try Paths.bench()
            input = folder.path("activities.csv")
            try python([bench.appendingPathComponent("gen_activities.py").path, "--rows", String(rows), "--seed", "7",
                        "-o", input.path])
            try python([bench.appendingPathComponent("reference_aggregates.py").path, input.path, folder.path("reference").path])
            let options = WorkloadOptions(input: input, outputDirectory: folder.path("out"), aggregatesOnly: aggregatesOnly,
                                          created: CalendarDate(year: 2026, month: 1, day: 2), rowsPerSheet: 700)
            summary = try Workload.run(options, reporter: TerminalReporter(verbose: false, progress: false))
        }
    }

    @Test func aggregateCSVsAreTheOraclesBytes() throws {
        let run = try Run(rows: 2000)
        #expect(run.summary.activities == 2000)
        for name in Self.aggregateFiles {
            let expected = try String(contentsOf: run.reference.appendingPathComponent(name), encoding: .utf8)
            let actual = try String(contentsOf: run.output.appendingPathComponent(name), encoding: .utf8)
            let firstDifference = zip(expected.split(separator: "\n"), actual.split(separator: "\n")).first { $0 != $1 }
            #expect(expected == actual, "\(name) differs from reference_aggregates.py, first at \(String(describing: firstDifference))")
        }
    }

    @Test func reportMarkdownIsThePeersBytes() throws {
        let run = try Run(rows: 2000)
        let expected = try python([Paths.fixtures.appendingPathComponent("reference_markdown.py").path, run.bench.path,
                                   run.reference.path]).standardOutput
        let actual = try Data(contentsOf: run.output.appendingPathComponent("report.md"))
        #expect(String(decoding: actual, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
    }

    @Test func activitiesCSVHasEveryInputRowInOrder() throws {
        let run = try Run(rows: 2000)
        let original = run.folder.path("original")
        try FileManager.default.createDirectory(at: original, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: run.input, to: original.appendingPathComponent("activities.csv"))
        let compared = try python([run.bench.appendingPathComponent("compare_aggregates.py").path, original.path, run.output.path,
                                   "--only", "activities.csv"])
        #expect(String(decoding: compared.standardOutput, as: UTF8.self).contains("activities.csv: OK, 2000 rows"))
        let text = try String(contentsOf: run.output.appendingPathComponent("activities.csv"), encoding: .utf8)
        #expect(!text.contains("\r\n"))
        #expect(text.contains(",'=") || text.contains(",\"'="), "formula-like text is guarded")
    }

    @Test func workbookContinuesActivitiesOnFurtherSheets() throws {
        let run = try Run(rows: 2000)
        #expect(run.summary.activitySheets == ["Activities", "Activities (2)", "Activities (3)"])
        let json = try python([Paths.fixtures.appendingPathComponent("read_workbook.py").path,
                               run.output.appendingPathComponent("report.xlsx").path]).standardOutput
        let book = try JSONDecoder().decode(Book.self, from: json)
        #expect(book.sheets.map(\.name) == ["Activities", "Activities (2)", "Activities (3)", "By agency", "By year",
                                            "By work stream", "By funding source", "Funding x year", "Cube"])
        #expect(book.sheets.prefix(3).map(\.rows) == [700, 700, 2000 - 2 * 699 + 1])
        #expect(book.sheets.allSatisfy { !$0.formulas })
        let header = ActivityColumns.names
        for sheet in book.sheets.prefix(3) { #expect(sheet.first.map { $0.value } == header) }
        let second = book.sheets[0].second
        #expect(second[0].value == "A0000001" && second[0].type == "s")
        #expect(second[ActivityColumns.year].type == "n")
        let last = book.sheets[2].last
        #expect(last[0].value == "A0002000")
        let cube = try #require(book.sheets.last)
        #expect(cube.first.map { $0.value } == ["agency", "year", "work_stream", "funding_source", "activities", "cost_usd"])
    }

    @Test func aggregatesOnlyWritesNoRowLevelOutputs() throws {
        let run = try Run(rows: 300, aggregatesOnly: true)
        let files = try FileManager.default.contentsOfDirectory(atPath: run.output.path).sorted()
        #expect(files == (Self.aggregateFiles + ["report.md"]).sorted())
        #expect(run.summary.activitySheets.isEmpty)
    }

    private struct Book: Decodable {
        struct Cell: Decodable {
            var type: String
            var value: String?
        }

        struct Sheet: Decodable {
            var name: String
            var rows: Int
            var formulas: Bool
            var first: [Cell]
            var second: [Cell]
            var last: [Cell]
        }

        var sheets: [Sheet]
    }
}
