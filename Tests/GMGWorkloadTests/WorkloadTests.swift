import Foundation
import GMGData
import GMGTable
import Testing
@testable import GMGWorkload

/// The workload on 2,000 activities made by the tests' own generator (`Tests/Fixtures/workload/
/// generate.py`), checked against the tests' own oracle (`oracle.py`: exact fractions, no SQL) for
/// the aggregate CSVs and `report.md`, Python's csv reader for `activities.csv` and openpyxl for
/// the workbook. (Comparisons with the benchmark's peers and oracle are in `.ci/bench`.)
@Suite struct WorkloadTests {
    static let aggregateFiles = ["totals.csv", "by_agency.csv", "by_year.csv", "by_work_stream.csv", "by_funding_source.csv",
                                 "funding_by_year.csv", "cube.csv"]

    /// A generated input, its oracle outputs and the workload's outputs (activities sheets of 700 rows).
    struct Run {
        let folder: TemporaryFolder
        let input: URL
        let summary: WorkloadSummary

        var reference: URL { folder.path("reference") }
        var output: URL { folder.path("out") }

        init(rows: Int, aggregatesOnly: Bool = false) throws {
            folder = try TemporaryFolder()
            input = folder.path("activities.csv")
            try python([Paths.script("generate.py"), "--rows", String(rows), "--seed", "7", "-o", input.path])
            try python([Paths.script("oracle.py"), input.path, folder.path("reference").path])
            let options = WorkloadOptions(input: input, queries: Paths.queries, outputDirectory: folder.path("out"), aggregatesOnly: aggregatesOnly,
                                          created: CalendarDate(year: 2026, month: 1, day: 2), rowsPerSheet: 700)
            summary = try Workload.run(options, reporter: SilentReporter())
        }
    }

    @Test func aggregateCSVsAndReportMarkdownAreTheOraclesBytes() throws {
        let run = try Run(rows: 2000)
        #expect(run.summary.activities == 2000)
        for name in Self.aggregateFiles + ["report.md"] {
            let expected = try String(contentsOf: run.reference.appendingPathComponent(name), encoding: .utf8)
            let actual = try String(contentsOf: run.output.appendingPathComponent(name), encoding: .utf8)
            let firstDifference = zip(expected.split(separator: "\n"), actual.split(separator: "\n")).first { $0 != $1 }
            #expect(expected == actual, "\(name) differs from oracle.py, first at \(String(describing: firstDifference))")
        }
    }

    @Test func activitiesCSVHasEveryInputRowInOrderWithTheFormulaGuard() throws {
        let run = try Run(rows: 2000)
        let compared = try python(["-c", """
            import csv, sys
            def rows(path):
                with open(path, encoding="utf-8", newline="") as f:
                    return list(csv.reader(f))
            guard = lambda t: "'" + t if t[:1] in ("=", "+", "-", "@", "\\t", "\\r") else t
            original, written = rows(sys.argv[1]), rows(sys.argv[2])
            expected = [[guard(c) for c in r] for r in original]
            print("same" if written == expected else "differs", len(written) - 1)
            """, run.input.path, run.output.appendingPathComponent("activities.csv").path])
        #expect(compared.stdout == "same 2000\n")
        let text = try String(contentsOf: run.output.appendingPathComponent("activities.csv"), encoding: .utf8)
        #expect(!text.contains("\r\n"))
        #expect(text.contains(",'=") || text.contains(",\"'="), "formula-like text is guarded")
    }

    @Test func workbookContinuesActivitiesOnFurtherSheets() throws {
        let run = try Run(rows: 2000)
        #expect(run.summary.activitySheets == ["Activities", "Activities (2)", "Activities (3)"])
        let json = try python([Paths.script("read_workbook.py"),
                               run.output.appendingPathComponent("report.xlsx").path]).stdoutData
        let book = try JSONDecoder().decode(Book.self, from: json)
        #expect(book.sheets.map(\.name) == ["Activities", "Activities (2)", "Activities (3)", "By agency", "By year",
                                            "By work stream", "By funding source", "Funding x year", "Cube"])
        #expect(book.sheets.prefix(3).map(\.rows) == [700, 700, 2000 - 2 * 699 + 1])
        #expect(book.sheets.allSatisfy { !$0.formulas })
        let header = InterchangeFormat.header
        for sheet in book.sheets.prefix(3) { #expect(sheet.first.map { $0.value } == header) }
        let second = book.sheets[0].second
        #expect(second[0].value == "A0000001" && second[0].type == "s")
        #expect(second[InterchangeFormat.Column.year].type == "n")
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

    /// A Queries folder whose cube reads `activities` makes the run store the activity rows, and the
    /// cube answers from them as the standard one does from the groups alone: the same bytes.
    @Test func aCubeThatReadsActivitiesGivesTheSameBytes() throws {
        let run = try Run(rows: 500, aggregatesOnly: true)
        let queries = run.folder.path("queries")
        try FileManager.default.copyItem(at: Paths.queries, to: queries)
        let cube = queries.appendingPathComponent("cube.sql")
        let text = try String(contentsOf: cube, encoding: .utf8)
        let reading = text.replacingOccurrences(of: "\nGROUP BY 1, 2, 3, 4\nORDER BY", with: """

            WHERE EXISTS (SELECT 1 FROM activities a JOIN outputs o ON o.id = a.output
                          WHERE o.year = g.year AND o.work_stream = g.work_stream)
            GROUP BY 1, 2, 3, 4
            ORDER BY
            """)
        #expect(reading != text)
        try Data(reading.utf8).write(to: cube)
        let options = WorkloadOptions(input: run.input, queries: queries, outputDirectory: run.folder.path("reading"),
                                      aggregatesOnly: true, created: CalendarDate(year: 2026, month: 1, day: 2))
        _ = try Workload.run(options, reporter: SilentReporter())
        for name in Self.aggregateFiles + ["report.md"] {
            let expected = try Data(contentsOf: run.output.appendingPathComponent(name))
            #expect(try Data(contentsOf: options.outputDirectory.appendingPathComponent(name)) == expected, "\(name)")
        }
        let cubeRows = try String(contentsOf: options.outputDirectory.appendingPathComponent("cube.csv"), encoding: .utf8)
        #expect(cubeRows.split(separator: "\n").count > 10)
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
