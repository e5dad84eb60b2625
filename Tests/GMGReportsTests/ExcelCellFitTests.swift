import Foundation
import GMGData
import GMGQuery
import GMGReports
import GMGTable
import Testing

/// A text the report computes past what an Excel cell holds (32,767 characters) is cut between
/// words with a note in the workbook, instead of failing the whole build; read back with openpyxl.
@Suite struct ExcelCellFitTests {
    @Test func aComputedTextLongerThanACellIsCutWithANote() throws {
        let project = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: project) }
        let queries = project.appendingPathComponent("Queries"), reports = project.appendingPathComponent("Reports")
        try FileManager.default.copyItem(at: Paths.queries, to: queries)
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        // 8,000 words of five letters: 47,999 characters.
        try Data("""
            -- title: Long text
            -- description: One computed text longer than an Excel cell.
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 8000)
            SELECT 'short' AS label, group_concat('words', ' ') AS text FROM n

            """.utf8).write(to: queries.appendingPathComponent("long-text.sql"))
        try Data("""
            title = "Long"
            outputs = ["xlsx"]

            [[sections]]
            id = "long"
            title = "Long"
            query = "long-text"

            """.utf8).write(to: reports.appendingPathComponent("long.toml"))
        let library = try QueryLibrary(directory: queries)
        let definitions = try ReportLibrary(directory: reports, displayName: "Reports", queries: library)
        let database = try GMGDatabase(dataset: DataLoader.load(from: Paths.smallFixture).dataset)
        let builder = ReportBuilder(database: database, queries: library, date: CalendarDate(year: 2014, month: 12, day: 31))
        let definition = try definitions.report(named: "long")
        let out = project.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        _ = try builder.build(definition, parameters: [:], into: out)
        let cell = try python("""
            import openpyxl, sys
            ws = openpyxl.load_workbook(sys.argv[1])["Long"]
            texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str) and c.value.startswith("words")]
            print(len(texts[0])); print(texts[0][-80:])
            """, [out.appendingPathComponent("long.xlsx").path])
        let lines = cell.split(separator: "\n").map(String.init)
        let length = try #require(lines.first.flatMap { Int($0) })
        #expect(length <= 32_767 && length > 30_000, "\(cell)")
        #expect(lines.last?.hasSuffix("words … [cut here: the full text is longer than an Excel cell holds]") == true, "\(cell)")
    }
}
