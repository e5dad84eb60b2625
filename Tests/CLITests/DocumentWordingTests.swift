import Foundation
import TestSupport
import Testing

/// What a chair reads in the documents `gmg` writes from the bundled data, read back by tools nobody
/// here wrote (cmark-gfm, pdftotext, python-docx): work streams named, not identified; lists in
/// natural wording; sentences starting with a capital; citations without the transcriber's notes.
@Suite(.serialized) struct DocumentWordingTests {
    /// Internal ids that must not appear in titles or prose (file names and "Ref." cells may keep them).
    static let streamIDs = ["wp2010-thematic-focus", "wp2010-analysis", "wp2010-meetings", "decent-work", "p2015-ffd",
                            "p2015-post-2015", "capacity-development", "human-rights-gender"]
    /// Notes the data keeps for whoever checks a transcription, never printed.
    static let transcriberNotes = ["output of the section", "page break", "(unnumbered)", "(printed ", "no heading in the text"]

    @Test func buildNamesWorkStreamsAndPrintsNoTranscriberNotes() throws {
        let folder = try GMGRunner.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let build = try GMGRunner.run(["build", "--date", "2015-03-01"], in: folder)
        #expect(build.status == 0, "\(build.stderr)")
        let latest = folder.appendingPathComponent("out/latest")

        // The index lists the briefings by the work stream's name and plan.
        let index = try CLICmark.html(latest.appendingPathComponent("index.md"))
        #expect(index.contains("Briefing: Ongoing production and dissemination of analysis (GMG Work Plan 2010)"))
        #expect(index.contains("Briefing: Migration and decent work (Multi-Annual Work Plan 2013-2015)"))
        #expect(index.contains("Briefing: Financing for Development (FfD) (Priorities for 2015)"))
        let entries = index.components(separatedBy: "<li>").dropFirst().map { $0.components(separatedBy: "<a ").first ?? "" }
        for id in Self.streamIDs {
            #expect(!entries.contains { $0.contains(id) }, "\(id) in an index title")
        }

        // The briefing: named title, "A and B", an objective that starts with a capital, no id in prose.
        let briefing = try CLICmark.html(latest.appendingPathComponent("briefing-work-stream-wp2010-analysis.md"))
        #expect(briefing.contains("<h1>Briefing: Ongoing production and dissemination of analysis (GMG Work Plan 2010)</h1>"))
        #expect(briefing.contains("under the responsibility of UNDP and OHCHR."))
        #expect(!briefing.contains("UNDP;OHCHR"))
        #expect(briefing.contains("<strong>Objective.</strong> It is proposed that the GMG continue"))
        #expect(briefing.contains("none of them reported delivered"))
        let prose = briefing.components(separatedBy: "<table>").first ?? ""
        #expect(!prose.contains("wp2010-analysis") && !prose.contains("wp-2010-analysis"))
        // Unnumbered activities by the start of their text, cut between words; one wording per state.
        #expect(briefing.contains("“Update of existing fact sheets: March 2010”"))
        #expect(!briefing.contains("(unnumbered)") && !briefing.contains("20…"))
        #expect(!briefing.contains(">no report<") && !briefing.contains(": no report."))
        let decentWork = try CLICmark.html(latest.appendingPathComponent("briefing-work-stream-decent-work.md"))
        #expect(decentWork.contains("carried by the Task Force on Migration and Decent Work (co-convened by ILO and IOM)"))

        // The annual reports' annex and the CSV extracts cite places as a reader would.
        for file in ["annual-2010.md", "annual-2013.md", "annual-2014.md", "annual-2015.md", "funding/activities.csv"] {
            let text = try String(contentsOf: latest.appendingPathComponent(file), encoding: .utf8)
            for note in Self.transcriberNotes { #expect(!text.contains(note), "\(note) in \(file)") }
        }
        let annex = try String(contentsOf: latest.appendingPathComponent("annual-2014.md"), encoding: .utf8)
        #expect(annex.contains("*Source:* 2014 table, Migration and Decent Work, Output 2, activity 2.1"))
        let summary = try String(contentsOf: latest.appendingPathComponent("annual-2013.md"), encoding: .utf8)
        #expect(summary.contains("The agencies leading the most activities: IOM (14), OHCHR (5) and ESCAP (4)"))
        // The data is as of 12 February 2015: the 2014 term is over, the 2015 term is not.
        #expect(annex.contains("For 26 activities the time frame passed with no report received"))
        // Every section of the open term judges at the data's date: an activity of "2015" is running, not
        // "no report received", in the delivery, the carry-over and the annex; one of "January 2015" has passed.
        let open = try String(contentsOf: latest.appendingPathComponent("annual-2015.md"), encoding: .utf8)
        #expect(open.contains("The term is still open: the data is as of 2015-02-12, so things are judged at that date"))
        #expect(!open.contains("the time frame passed") && !open.contains("at the end of 2015"))
        let delivery = open.components(separatedBy: "## Delivery against the plan").last?.components(separatedBy: "\n## ").first ?? ""
        #expect(delivery.contains("3.1 and 3.2 (2 activities): no report yet") && delivery.contains("no report received"), "\(delivery)")
        let carry = open.components(separatedBy: "## What carries over to the next chair").last?.components(separatedBy: "\n## ").first ?? ""
        #expect(carry.contains("| Technical assistance to government teams,") && carry.contains("still ahead or running as of 2015-02-12"))
        let noReport = open.components(separatedBy: "## No report received").last?.components(separatedBy: "\n## ").first ?? ""
        #expect(!noReport.contains("Technical assistance to government teams") && noReport.contains("| January 2015 |"))
        #expect(open.contains("the time frame runs past 2015-02-12, the date of the data · *Ref.* mawp-2015-coordination-o1-a1"))
        // Column headers and funding kinds as a reader writes them.
        let agency = try String(contentsOf: latest.appendingPathComponent("briefing-agency-ILO.md"), encoding: .utf8)
        #expect(agency.contains("| Co-lead | Shared activities |") && agency.contains("| With co-leads |"))
        let funding = try String(contentsOf: latest.appendingPathComponent("funding.md"), encoding: .utf8)
        #expect(funding.contains("| staff time |") && funding.contains("| agency budget |"))
        for raw in ["staff-time", "agency-budget", "trust-fund", "to-be-mobilized"] { #expect(!funding.contains(raw), "\(raw)") }
        // The data keeps its notes for traceability.
        let data = try String(contentsOf: folder.appendingPathComponent("Data/activities.csv"), encoding: .utf8)
        #expect(data.contains("(1st output of the section)"))
    }

    @Test func aWorkStreamBriefingIsTitledByNameInPDFAndWord() throws {
        let folder = try GMGRunner.workspace(documents: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try GMGRunner.run(["report", "briefing-work-stream", "--param", "work_stream=wp2010-analysis", "--out", "docs",
                                        "--date", "2015-03-01"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let title = "Briefing: Ongoing production and dissemination of analysis (GMG Work Plan 2010)"
        let pdf = folder.appendingPathComponent("docs/briefing-work-stream-wp2010-analysis.pdf").path
        let text = try Self.run(["pdftotext", "-layout", pdf, "-"])
        #expect(oneLine(text).contains(title))
        #expect(oneLine(text).contains("under the responsibility of UNDP and OHCHR"))
        #expect(!text.contains("wp2010-analysis work stream") && !text.contains("UNDP;OHCHR"))
        let info = try Self.run(["pdfinfo", pdf])
        #expect(oneLine(info).contains("Title: \(title)"))
        let word = try Self.run(["python3", "-c", """
            import docx, sys
            d = docx.Document(sys.argv[1])
            print(d.core_properties.title)
            body = ' '.join(p.text for p in d.paragraphs)
            print('UNDP and OHCHR' in body, 'Objective. It is proposed' in body, 'wp2010' in body)
            """, folder.appendingPathComponent("docs/briefing-work-stream-wp2010-analysis.docx").path])
        #expect(word == "\(title)\nTrue True False\n")
    }

    /// Runs a tool found on PATH and returns its standard output.
    private static func run(_ arguments: [String]) throws -> String {
        try ChildProcess.run(arguments).stdout
    }
}

/// The text with runs of white space (line breaks included) as one space.
private func oneLine(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
}
