import Foundation
import GMGReports
import Testing

/// The funding workbook, the briefings and the coming-up note on the small fixture.
@Suite struct OtherReportTests {
    let reports: FixtureReports

    init() throws { reports = try FixtureReports() }

    @Test func theFundingWorkbookHasTotalsChartsAndTheDetail() throws {
        let (folder, built) = try reports.build("funding")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(built.files == ["funding.xlsx", "funding.md"])
        let output = try python("""
            import openpyxl, sys
            wb = openpyxl.load_workbook(sys.argv[1])
            print(wb.sheetnames)
            ws = wb['By funding source']
            rows = [[c.value for c in r] for r in ws.iter_rows(min_row=3, max_row=10)]
            total = [r for r in rows if r and r[0] == 'Total'][0]
            print(total[-1], ws.cell(row=rows.index(total) + 3, column=5).data_type)
            print(len(ws._charts), ws.freeze_panes)
            detail = wb['Activities']
            print(detail.max_row - 3 >= 7)
            """, [folder.appendingPathComponent("funding.xlsx").path])
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.first == "['Totals', 'By funding source', 'By kind of funding', 'Funding source by year', "
                + "'Funding source by lead agency', 'Funding source by work stream', 'Activities']")
        #expect(lines.count == 4)
        #expect(lines.dropFirst().first?.hasPrefix("=SUM(") == true)
        #expect(lines.dropFirst(2).first == "1 A4")
        #expect(lines.last == "True")
    }

    @Test func anAgencyBriefingSaysWhatItLeadsWithWhomAndHowFunded() throws {
        let (folder, built) = try reports.build("briefing-agency", ["agency": "ILO"])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(built.files == ["briefing-agency-ILO.md", "briefing-agency-ILO.html"])
        let text = try String(contentsOf: folder.appendingPathComponent("briefing-agency-ILO.md"), encoding: .utf8)
        #expect(text.hasPrefix("# Briefing: ILO in the GMG work plans\n\n*For ILO focal point · Data as of 2014-02-20 · Built 2014-12-31*\n"))
        let headings = text.split(separator: "\n").filter { $0.hasPrefix("## ") }.map(String.init)
        #expect(headings == ["## The agency in the GMG", "## At a glance", "## Upcoming and overdue", "## What it leads, by date",
                             "## With whom", "## Funded how"])
        #expect(text.contains("- ***what it does on migration*** (May 2008): ILO has been dealing with labour migration since 1919. — *Source:* Global Migration Group (May 2008), fixture."))
        #expect(text.contains("- ***GMG chair*** (2014): confirmed — *Source:*"))
        #expect(oneLine(text).contains("ILO leads 4 activities under 3 outputs of the GMG work plans (2013–2014), 2 of them as GMG chair, with 1 other lead."))
        #expect(text.contains("| ESCAP | 1 |"))
        #expect(text.contains("### Overdue") || text.contains("### Upcoming"))
        let instances = try reports.builder.instances(of: reports.reports.report(named: "briefing-agency"))
        #expect(instances.map { $0["agency"]! } == ["ESCAP", "ILO", "IOM", "UNDP"])
    }

    @Test func comingUpListsTheWindow() throws {
        let (folder, _) = try reports.build("coming-up", ["from": "2014-01-01", "to": "2014-03-31"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOf: folder.appendingPathComponent("coming-up.md"), encoding: .utf8)
        #expect(text.hasPrefix("# Coming up: 2014-01-01 to 2014-03-31\n"))
        #expect(oneLine(text).contains("3 activities have time frames that overlap 2014-01-01 to 2014-03-31, soonest first."))
        #expect(text.contains("    1.1 Publish the guide, with '=HYPERLINK… :2014-03-01, 2014-03-31\n"))
    }

    @Test func instanceValuesCannotEscapeTheOutputFolder() throws {
        let definition = try reports.reports.report(named: "briefing-agency")
        let folder = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let built = try reports.builder.build(definition, parameters: ["agency": "../../etc/passwd"], into: folder, formats: [.md, .html])
        #expect(built.files == ["briefing-agency-etc-passwd.md", "briefing-agency-etc-passwd.html"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
                == ["briefing-agency-etc-passwd.html", "briefing-agency-etc-passwd.md"])
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("briefing-agency-etc-passwd.md").path))
    }
}
