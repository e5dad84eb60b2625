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
        #expect(built.files == ["funding.xlsx", "funding.md", "funding/totals.csv", "funding/by-source.csv", "funding/by-kind.csv",
                                "funding/by-year.csv", "funding/by-agency.csv", "funding/by-work-stream.csv", "funding/activities.csv"])
        let output = try python("""
            import openpyxl, sys
            wb = openpyxl.load_workbook(sys.argv[1])
            print(wb.sheetnames)
            ws = wb['By funding source']
            ref = ws.tables['By_funding_source'].ref
            print(ref)
            last = int(ref.split(':')[1][1:])
            total = ws.cell(row=last + 1, column=5)
            print(ws.cell(row=last + 1, column=1).value, total.value, total.data_type)
            print(len(ws._charts), ws.freeze_panes)
            detail = wb['Activities']
            first, last = [int(''.join(c for c in part if c.isdigit())) for part in detail.tables['Activities'].ref.split(':')]
            print(last - first)
            """, [folder.appendingPathComponent("funding.xlsx").path])
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.first == "['Overview', 'Totals', 'By funding source', 'By kind of funding', 'Funding source by year', "
                + "'Funding source by lead agency', 'Funding source by work stream', 'Activities']")
        #expect(lines.count == 5)
        #expect(lines.dropFirst().first?.hasPrefix("A") == true)
        #expect(lines.dropFirst(2).first?.hasPrefix("Total =SUM(E") == true && lines.dropFirst(2).first?.hasSuffix(" f") == true)
        #expect(lines.dropFirst(3).first?.hasPrefix("1 A") == true)
        // The fixture's 7 activities under the header.
        #expect(lines.last == "7")
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
        #expect(text.contains("- ***What it does on migration*** (May 2008): ILO has been dealing with labour migration since 1919. — *Source:* Global Migration Group (May 2008), fixture."))
        #expect(text.contains("- ***GMG chair*** (2014): confirmed — *Source:*"))
        #expect(oneLine(text).contains("ILO leads 4 activities under 3 outputs of the GMG work plans (2013–2014), 2 of them as GMG chair, with 1 other lead."))
        #expect(text.contains("| ESCAP | 1 |"))
        #expect(text.contains("### Overdue") || text.contains("### Upcoming"))
        let instances = try reports.builder.instances(of: reports.reports.report(named: "briefing-agency"))
        #expect(instances.map { $0["agency"]! } == ["ESCAP", "ILO", "IOM", "UNDP"])
    }

    /// Running text names an agency as the data's `prose_name` says ("The World Bank leads"), tables by its acronym.
    @Test func anAgencyBriefingNamesTheAgencyAsRunningTextDoes() throws {
        let bundled = try FixtureReports(data: Paths.root.appendingPathComponent("Data"))
        let (folder, _) = try bundled.build("briefing-agency", ["agency": "World Bank"], formats: [.md])
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOf: folder.appendingPathComponent("briefing-agency-World-Bank.md"), encoding: .utf8)
        #expect(oneLine(section(text, "At a glance")).hasPrefix("The World Bank leads "))
        #expect(oneLine(section(text, "Upcoming and overdue")).contains("the date of the latest source in the data: the activities it leads"))
        #expect(!text.contains("activities World Bank leads") && !text.contains("activity World Bank leads"))
    }

    @Test func aWorkStreamBriefingSetsOutDeliveryByExpectedResult() throws {
        let (folder, _) = try reports.build("briefing-work-stream", ["work_stream": "data"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOf: folder.appendingPathComponent("briefing-work-stream-data.md"), encoding: .utf8)
        let delivery = oneLine(section(text, "Delivery"))
        // Result 1 is served by the guide of both years, result 2 by no output.
        #expect(delivery.contains("### Expected result 1 *Improved knowledge on the use of migration data.* - **2013, output 1: "))
        #expect(delivery.contains("- **2014, output 1: Practical guide published.** 1.1: "))
        #expect(delivery.contains("### Expected result 2 *Improved knowledge of migration concepts.* - *No output of the plans evidently serves this result.*"))
        #expect(!delivery.contains("Outputs serving no stated result"))
    }

    @Test func comingUpListsTheWindow() throws {
        let (folder, _) = try reports.build("coming-up", ["from": "2014-01-01", "to": "2014-03-31"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOf: folder.appendingPathComponent("coming-up.md"), encoding: .utf8)
        #expect(text.hasPrefix("# Coming up: 2014-01-01 to 2014-03-31\n"))
        #expect(oneLine(text).contains("3 activities have time frames that overlap 2014-01-01 to 2014-03-31, soonest first."))
        #expect(text.contains("    1.1 Publish the guide, with… :2014-03-01, 2014-03-31\n"))
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
