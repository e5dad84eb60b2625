import Foundation
import GMGQuery
import GMGReports
import GMGTable
import Testing

/// A section whose result passes the rows a build holds is streamed from the database into the
/// workbook and the CSV extract: the files have the same rows and values as when it is held whole.
@Suite struct StreamedSectionTests {
    @Test func aStreamedSectionWritesTheSameWorkbookValuesAndCSVAsAHeldOne() throws {
        let fixture = try FixtureReports(data: Paths.root.appendingPathComponent("Data"))
        var definition = try fixture.reports.report(named: "funding")
        definition.readingRows = 5
        var streaming = fixture.builder
        streaming.heldRows = 1  // held: the reading limit's 5 rows; the other activities are streamed
        var folders: [URL] = []
        for builder in [fixture.builder, streaming] {
            let folder = try Paths.temporaryFolder()
            let built = try builder.build(definition, parameters: [:], into: folder, formats: [.xlsx, .csv, .md])
            #expect(built.files.contains("funding/activities.csv"))
            folders.append(folder)
        }
        defer { for folder in folders { try? FileManager.default.removeItem(at: folder) } }
        for file in ["funding/activities.csv", "funding/by-agency.csv", "funding/by-source.csv", "funding.md"] {
            let held = try Data(contentsOf: folders[0].appendingPathComponent(file))
            let streamed = try Data(contentsOf: folders[1].appendingPathComponent(file))
            #expect(held == streamed, "\(file) differs")
        }
        let activities = try String(contentsOf: folders[1].appendingPathComponent("funding/activities.csv"), encoding: .utf8)
        #expect(activities.split(separator: "\n").count == 138)  // the header and the 137 bundled activities
        // Every sheet's values, as a reader nobody here wrote sees them (widths may differ: streamed
        // columns are measured on the held rows).
        let script = """
            import openpyxl, sys
            book = openpyxl.load_workbook(sys.argv[1])
            for sheet in book.worksheets:
                print(sheet.title, sheet.max_row)
                for row in sheet.iter_rows(values_only=True):
                    print(repr(row))
            """
        let held = try python(script, [folders[0].appendingPathComponent("funding.xlsx").path])
        let streamed = try python(script, [folders[1].appendingPathComponent("funding.xlsx").path])
        #expect(held.contains("mawp-2014-decent-work-o2-a1"))
        #expect(held == streamed)
    }
}
