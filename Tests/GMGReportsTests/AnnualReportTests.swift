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

    @Test func the2014ReportSummarisesFromTheFigures() throws {
        let (folder, built) = try reports.build("annual", ["term": "2014"])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(built.files == ["annual-2014.md", "annual-2014.html", "annual-2014.xlsx"])
        let text = try String(contentsOf: folder.appendingPathComponent("annual-2014.md"), encoding: .utf8)
        #expect(text.hasPrefix("# Global Migration Group: end-of-chairmanship report 2014\n\n"
                               + "*For GMG Principals, focal points and the incoming chair · Data as of 2014-02-20 · Built 2014-12-31*\n"))
        let summary = oneLine(section(text, "Summary"))
        // The fixture's term is still open (data as of 2014-02-20): the report covers it so far.
        #expect(summary.hasPrefix("This report covers the 2014 chairmanship of the Global Migration Group (GMG) so far: "
                                  + "the term is still open. The GMG is chaired by ILO."))
        #expect(!summary.contains("closes the"))
        #expect(summary.contains("set out 4 activities under 2 outputs in 2 work streams."))
        #expect(summary.contains("No document reports on any activity of the plan year yet, so delivery cannot be measured"))
        // The fixture's data is as of 2014-02-20, before the term ends: everything is judged at that date. The
        // activities of "2014" and "Spring 2014" are running or ahead, not "no report received"; "ongoing" cannot
        // be read as dates; the 2013 activity reported in progress is still open.
        #expect(summary.contains("The term is still open: the data is as of 2014-02-20, so things are judged at that date"))
        #expect(summary.contains("4 activities are still ahead or running at that date, or reported as ongoing."))
        #expect(summary.contains("For 1 activity the time frame had passed by then, or cannot be read as dates, with no report received"))
        #expect(!summary.contains("the time frame passed") && !summary.contains("carries over"))
        #expect(summary.contains("1 of the 4 activities states a cost, USD 75,000 in all;"))
        #expect(summary.contains("Of the stated cost, USD 37,500 is still to be mobilized."))
        #expect(summary.contains("Most activities rely on agencies' own budgets and staff time (3 of 4)."))
        #expect(summary.contains("1 activity names no funding source."))
        let headings = text.split(separator: "\n").filter { $0.hasPrefix("## ") }.map(String.init)
        #expect(headings == ["## Summary", "## Who chaired", "## Delivery against the plan", "## Timeline",
                             "## Funding picture and gap", "## What carries over to the next chair", "## No report received",
                             "## Working groups and task forces", "## Joint deliverables foreseen", "## Data quality",
                             "## Annex: the activities in full"])
        #expect(text.contains("- **ILO** (International Labour Organization): whole year of 2014, confirmed"))
        // Delivery is woven with the expected results: each result with the outputs serving it, a result no
        // output of the year serves says so, and the work stream's results come before the outputs serving none.
        let delivery = oneLine(section(text, "Delivery against the plan"))
        #expect(delivery.contains("**Expected result 1:** Improved knowledge on the use of migration data. "
            + "- **Output 1: Practical guide published.** 1.1: no report yet; 1.1: no report received."))
        #expect(delivery.contains("as of 2014-02-20, the date of the data, as the term is still open (\"no report yet\": the time frame has not ended by then; numbers as printed"))
        #expect(delivery.contains("**Expected result 2:** Improved knowledge of migration concepts. - *No output of 2014 evidently serves this result.*"))
        #expect(!delivery.contains("other_status") && !delivery.contains("Total"))
        let carry = section(text, "What carries over to the next chair")
        #expect(carry.contains("| 2013 | Data and Research | 1.1 | Draft the guide | By Oct 2013 | WG on Data and Research | reported in progress (2014-02-20): guide drafted |"))
        #expect(carry.contains("| 2014 | Data and Research | 1.1 | Publish the guide, with \"=HYPERLINK\" care | Spring 2014 |"))
        #expect(oneLine(carry).contains("still ahead or running as of 2014-02-20, the date of the data"))
        // Grouped by work stream: the name is a heading, not repeated in each row.
        let noReport = section(text, "No report received")
        #expect(noReport.contains("### Data and Research\n\n| Number | Activity | Time frame | Leads |\n| :--- | :--- | :--- | :--- |\n"))
        #expect(noReport.contains("\n| 1.1 | Launch the guide | ongoing | no lead named |\n"))
        #expect(!noReport.contains("Publish the guide") && !noReport.contains("Coherent messaging"))
        let annex = section(text, "Annex: the activities in full")
        #expect(annex.contains("**1.1** Publish the guide, with \"=HYPERLINK\" care  \n*Time frame:* Spring 2014 · *Leads:* ESCAP; ILO"))
        #expect(annex.contains("*Cost:* USD 75,000 · *Status:* no report yet; the time frame runs past 2014-02-20, the date of the data · *Ref.* a6"))
        #expect(annex.contains("*Status:* no report received · *Ref.* a7"))
        #expect(annex.contains("*Data quality:* The plan names no lead. The plan names no funding source. The time frame \"ongoing\" cannot be read as dates."))
        #expect(text.components(separatedBy: "*Time frame:*").count - 1 == 4)
        #expect(!section(text, "Annex: the activities in full").isEmpty && !text.contains("*Time frame:* 2013"))
        #expect(text.contains("```mermaid\ngantt"))
        #expect(!text.contains("USD 0") && !text.contains(".txt") && !text.contains("1 activities"))
    }

    @Test func the2013ReportNamesBothHalfYearChairsAndWhatIsReported() throws {
        let (folder, _) = try reports.build("annual", ["term": "2013"], formats: [.md])
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOf: folder.appendingPathComponent("annual-2013.md"), encoding: .utf8)
        #expect(text.contains("- **ESCAP** (Economic and Social Commission for Asia and the Pacific): first half of 2013, confirmed"))
        #expect(text.contains("- **IOM** (International Organization for Migration): second half of 2013, confirmed"))
        let summary = oneLine(section(text, "Summary"))
        #expect(summary.contains("The GMG was chaired by ESCAP (first half) and IOM (second half)."))
        #expect(summary.contains("The documents report on 2 of the 3 activities: 1 delivered, 1 in progress. 1 activity has no report."))
        #expect(summary.contains("2 of the 3 activities state a cost, USD 40,000 in all;"))
        #expect(oneLine(section(text, "Delivery against the plan")).contains("1.1: delivered (2014-02-20)"))
    }

    @Test func theWorkbookHasAnOverviewAndASheetPerSection() throws {
        let (folder, _) = try reports.build("annual", ["term": "2014"], formats: [.xlsx])
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try python("""
            import openpyxl, sys
            wb = openpyxl.load_workbook(sys.argv[1])
            print(wb.sheetnames)
            ws = wb['Funding']
            first = int(''.join(ch for ch in ws.tables['Funding'].ref.split(':')[0] if ch.isdigit()))
            print([c.value for c in ws[first]])
            print(wb.properties.creator, wb.properties.created.date())
            """, [folder.appendingPathComponent("annual-2014.xlsx").path])
        let lines = output.split(separator: "\n").map(String.init)
        // Every section has its sheet, text ones (summary, who chaired, delivery) too, after the overview.
        #expect(lines.first == "['Overview', 'Summary', 'Who chaired', 'Delivery', 'Timeline', 'Funding', 'Carry-over', "
                + "'No report received', 'Groups', 'Joint deliverables foreseen', 'Data quality', 'Annex']")
        #expect(lines.dropFirst().first == "['Funding source', 'Kind', 'Activities', 'Costed activities', 'Cost (USD)']")
        #expect(lines.last == "GMG reports 2014-12-31")
    }
}

/// The summary's sentences hold for every year of the bundled data and for years made to be extreme.
@Suite struct AnnualSummaryTests {
    @Test(arguments: [2010, 2013, 2014, 2015])
    func everyYearOfTheBundledDataGetsTrueSentences(year: Int) throws {
        let reports = try FixtureReports(data: Paths.root.appendingPathComponent("Data"))
        let figures = try reports.figures(year: year)
        let (folder, _) = try reports.build("annual", ["term": String(year)], formats: [.md])
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOf: folder.appendingPathComponent("annual-\(year).md"), encoding: .utf8)
        let summary = oneLine(section(text, "Summary"))
        #expect(summary.contains("set out \(figures.activities) activities under"))
        if figures.reported == 0 {
            #expect(summary.contains("No document reports on any activity"))
        } else {
            #expect(summary.contains("The documents report on \(figures.reported) of the \(figures.activities) activities: \(figures.delivered) delivered"))
        }
        if figures.costed == 0 {
            #expect(summary.contains("No activity of \(year) states a cost, so the cost of the plan year is not stated."))
        } else {
            #expect(summary.contains("\(figures.costed) of the \(figures.activities) activities state\(figures.costed == 1 ? "s" : "") a cost"))
        }
        #expect(!summary.contains("Most activities rely") || figures.ownMeans * 2 > figures.activities)
        for wrong in ["USD 0", ".txt", " 1 activities", " 1 outputs", "source:"] { #expect(!text.contains(wrong), "\(wrong)") }
        let prose = text.split(separator: "\n").filter { !$0.hasPrefix("|") && !$0.contains("*Ref.*") }.joined(separator: "\n")
        #expect(!prose.contains("mawp-") && !prose.contains("wp2010-"))
    }

    /// A closed term is closed by the report, an open one covered so far; chairs are named as running text
    /// names them ("the World Bank", from the agencies' `prose_name`).
    @Test func theOpeningSentenceFollowsTheTermAndNamesTheChairsAsProseDoes() throws {
        let reports = try FixtureReports(data: Paths.root.appendingPathComponent("Data"))
        var openings: [Int: String] = [:], summaries: [Int: String] = [:]
        for year in [2014, 2015] {
            let (folder, _) = try reports.build("annual", ["term": String(year)], formats: [.md])
            defer { try? FileManager.default.removeItem(at: folder) }
            let text = try String(contentsOf: folder.appendingPathComponent("annual-\(year).md"), encoding: .utf8)
            summaries[year] = oneLine(section(text, "Summary"))
            openings[year] = summaries[year]?.components(separatedBy: ". The ").prefix(2).joined(separator: ". The ")
        }
        // Neither year has a report on its activities: "yet" only while the term is open.
        #expect(summaries[2014]?.contains("No document reports on any activity of the plan year, so delivery") == true)
        #expect(summaries[2015]?.contains("No document reports on any activity of the plan year yet, so delivery") == true)
        #expect(openings[2014] == "This report closes the 2014 chairmanship of the Global Migration Group (GMG). The GMG was chaired by ILO")
        // The bundled data is as of 2015-02-12, within the 2015 term.
        #expect(openings[2015] == "This report covers the 2015 chairmanship of the Global Migration Group (GMG) so far: the term is "
                + "still open. The GMG is chaired by the World Bank")
    }

    @Test func aYearWithEverythingDeliveredAndNothingCostedSaysSo() throws {
        let data = try Paths.fixtureCopy { folder in
            var progress = "activity,status,as_of,note,source\n"
            for id in ["a4", "a5", "a6", "a7"] { progress += "\(id),delivered,2015-01-15,done,\"hld-follow-up-2014-slides: fixture\"\n" }
            try Data(progress.utf8).write(to: folder.appendingPathComponent("progress.csv"))
            let activities = try String(contentsOf: folder.appendingPathComponent("activities.csv"), encoding: .utf8)
            try Data(activities.replacingOccurrences(of: "\"USD 75,000\"", with: "").utf8).write(to: folder.appendingPathComponent("activities.csv"))
        }
        defer { try? FileManager.default.removeItem(at: data) }
        let reports = try FixtureReports(data: data)
        let (folder, _) = try reports.build("annual", ["term": "2014"], formats: [.md])
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOf: folder.appendingPathComponent("annual-2014.md"), encoding: .utf8)
        let summary = oneLine(section(text, "Summary"))
        #expect(summary.contains("Every activity of the plan year is reported delivered."))
        #expect(summary.contains("No activity of 2014 states a cost, so the cost of the plan year is not stated."))
        #expect(!summary.contains("no report received"))
        #expect(!summary.contains("to be mobilized"))
        #expect(section(text, "No report received").contains("Every activity whose time frame has ended has a report."))
        #expect(text.contains(" · Data as of 2015-01-15 · "))
        #expect(!text.contains("USD 0"))
    }
}

/// The text of the `## title` section of a Markdown report (up to the next `## ` heading).
func section(_ text: String, _ title: String) -> String {
    guard let start = text.range(of: "\n## \(title)\n") else { return "" }
    let rest = text[start.upperBound...]
    let end = rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex
    return String(rest[..<end])
}

/// Text with line breaks and runs of spaces made single spaces (sentences wrap in templates).
func oneLine(_ text: String) -> String {
    text.split(whereSeparator: { $0 == "\n" || $0 == " " }).joined(separator: " ")
}
