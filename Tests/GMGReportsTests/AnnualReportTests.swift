import Foundation
import GMGReports
import Testing

/// The annual report built on the small fixture (figures worked out by hand from Tests/Fixtures/small).
@Suite struct AnnualReportTests {
    let reports: FixtureReports

    init() throws { reports = try FixtureReports() }

    @Test func theDefaultTermIsTheLatestConfirmedTermWithActivities() throws {
        let definition = try reports.reports.report(named: "annual")
        #expect(try reports.builder.resolveParameters(definition, given: [:]) == ["term": "2014"])
        #expect(try reports.builder.instances(of: definition) == [["term": "2013"], ["term": "2014"]])
    }

    @Test func the2014ReportStatesItsFiguresAndSections() throws {
        let (folder, built) = try reports.build("annual", ["term": "2014"])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(built.files == ["annual-2014.md", "annual-2014.xlsx"])
        let text = try String(contentsOf: folder.appendingPathComponent("annual-2014.md"), encoding: .utf8)
        #expect(text.hasPrefix("# Global Migration Group: end-of-chairmanship report 2014\n"))
        #expect(text.contains("In 2014 the plan counted 2 outputs and 4 activities across 2 work streams, led by 2 agencies"))
        #expect(text.contains("give no status for 4"))
        #expect(text.contains("Activities that state a cost: 1, for USD 75,000 in all, of which USD 37,500 is still to be mobilized."))
        #expect(text.contains("- **ILO** (International Labour Organization): whole year, 2014-01-01 to 2014-12-31, confirmed"))
        let headings = text.split(separator: "\n").filter { $0.hasPrefix("## ") }.map(String.init)
        #expect(headings == ["## The year in figures", "## Who chaired", "## Timeline", "## Outputs and activities by work stream",
                             "## Reported progress", "## Working groups and task forces", "## Joint deliverables",
                             "## Funding picture", "## Funding by kind", "## What carries over to the next chair",
                             "## Data-quality notes"])
        #expect(text.contains("### Data and Research\n"))
        #expect(text.contains("| Publish the guide, with \"=HYPERLINK\" care |"))
        #expect(text.contains("```mermaid\ngantt"))
        #expect(text.contains("| unparsed time frame | Data and Research | 1.1 | Launch the guide | ongoing |"))
    }

    @Test func the2013ReportNamesBothHalfYearChairs() throws {
        let (folder, _) = try reports.build("annual", ["term": "2013"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOf: folder.appendingPathComponent("annual-2013.md"), encoding: .utf8)
        #expect(text.contains("- **ESCAP** (Economic and Social Commission for Asia and the Pacific): first half, 2013-01-01 to 2013-06-30, confirmed"))
        #expect(text.contains("- **IOM** (International Organization for Migration): second half, 2013-07-01 to 2013-12-31, confirmed"))
        #expect(text.contains("The documents report 1 of them delivered and \n1 in progress") || text.contains("1 of them delivered and 1 in progress"))
    }

    @Test func theWorkbookHasOneSheetPerSectionWithTheFigures() throws {
        let (folder, _) = try reports.build("annual", ["term": "2014"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try python("""
            import openpyxl, sys
            wb = openpyxl.load_workbook(sys.argv[1])
            print(wb.sheetnames)
            ws = wb['The year in figures']
            header = [c.value for c in ws[3]]
            values = [c.value for c in ws[4]]
            print(dict(zip(header, values))['Activities'], dict(zip(header, values))['To be mobilized (USD)'])
            print(wb.properties.creator, wb.properties.created.date())
            """, [folder.appendingPathComponent("annual-2014.xlsx").path])
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.first == "['The year in figures', 'Timeline', 'Activities', 'Reported progress', "
                + "'Working groups and task forces', 'Joint deliverables', 'Funding picture', 'Funding by kind', "
                + "'Carry-over', 'Data-quality notes']")
        #expect(lines.dropFirst().first == "4 37500")
        #expect(lines.last == "GMG reports 2014-12-31")
    }
}

@Suite struct AnnualReportRenderingTests {
    @Test func theMarkdownRendersAsTablesInCmarkGFM() throws {
        let reports = try FixtureReports()
        let (folder, _) = try reports.build("annual", ["term": "2014"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/cmark-gfm")
        process.arguments = ["-e", "table", folder.appendingPathComponent("annual-2014.md").path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let html = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let tables = html.components(separatedBy: "<table>").count - 1
        let markdownTables = try String(contentsOf: folder.appendingPathComponent("annual-2014.md"), encoding: .utf8)
            .components(separatedBy: "\n| :--- |").count - 1
        #expect(tables >= 8)
        #expect(tables == markdownTables)
        #expect(html.contains("<td align=\"left\">Publish the guide, with &quot;=HYPERLINK&quot; care</td>"))
    }
}
