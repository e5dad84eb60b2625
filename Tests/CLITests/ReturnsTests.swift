import Foundation
import TestSupport
import Testing

/// The whole cycle through the binary: make the 2014 returns, fill them as agencies would
/// (openpyxl, and LibreOffice resaving one), read them back, build; and the spoiled returns.
@Suite(.serialized) struct ReturnsTests {
    private let fixture: ReturnsFixture

    init() throws { fixture = try ReturnsFixture.shared.get() }

    @Test func makeWritesOneReturnPerLeadWithAProtectedForm() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: fixture.made.path).sorted()
        #expect(files == ["return-2014-chair-support-unit.xlsx", "return-2014-ilo.xlsx", "return-2014-iom.xlsx",
                          "return-2014-ohchr.xlsx", "return-2014-tf-capacity-development.xlsx", "return-2014-undp.xlsx",
                          "return-2014-unicef.xlsx", "return-2014-unodc.xlsx", "return-2014-wg-data-research.xlsx",
                          "return-2014-wg-human-rights-gender.xlsx", "return-2014-wg-mainstreaming.xlsx"])
        #expect(fixture.makeOutput.contains("return-2014-ilo.xlsx  ILO: 5 activities\n"))
        #expect(fixture.makeOutput.hasSuffix("11 return(s) for 37 activity rows; due back 2014-12-31\n"))
        let script = #"""
        import json, sys, openpyxl
        book = openpyxl.load_workbook(sys.argv[1])
        ws = book["Activities"]
        print(json.dumps({
            "sheets": [[s.title, s.sheet_state] for s in book.worksheets],
            "custom": {p.name: p.value for p in book.custom_doc_props.props},
            "protected": bool(ws.protection.sheet), "hidden": [k for k, d in ws.column_dimensions.items() if d.hidden],
            "header": [c.value for c in ws[3]], "row4": [c.value if not hasattr(c.value, "isoformat") else c.value.isoformat() for c in ws[4]],
            "locked": [c.protection.locked for c in ws[4]],
            "validations": sorted([dv.type, str(dv.sqref)] for dv in ws.data_validations.dataValidation),
            "status": [dv.formula1 for dv in ws.data_validations.dataValidation if dv.type == "list"],
            "landscape": ws.page_setup.orientation, "titles": ws.print_title_rows,
            "instructions": [c.value for c in book["Instructions"]["A"] if c.value],
        }))
        """#
        let result = try ChildProcess.run(["python3", "-c", script, fixture.made.appendingPathComponent("return-2014-ilo.xlsx").path])
        let book = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stderr)")
        #expect(book["sheets"] as? [[String]] == [["Instructions", "visible"], ["Activities", "visible"], ["Template identity", "hidden"]])
        #expect(book["custom"] as? [String: String] == [
            "GMG return template": "1", "GMG return recipient": "ilo", "GMG return scope": "term 2014",
            "GMG return generated": "2014-12-01", "GMG return as of": "2014-12-31"])
        #expect(book["protected"] as? Bool == true && book["hidden"] as? [String] == ["M"])
        #expect(book["header"] as? [String] == ["Ref.", "Work stream and output", "Activity", "Time frame", "Co-leads",
                                                "Recorded progress", "Status", "As of", "Note", "Revised time frame", "Cost",
                                                "Currency", "Key (do not edit)"])
        let row = try #require(book["row4"] as? [Any])
        #expect(row.first as? String == "mawp-2014-human-rights-gender-o2-a1" && row.last as? String == "mawp-2014-human-rights-gender-o2-a1")
        #expect(row[2] as? String == "2.1  Expert meeting to determine indicators")
        #expect(row[4] as? String == "OHCHR; UNICEF" && row[5] as? String == "Not reported")
        #expect(row[7] as? String == "2014-12-31T00:00:00")
        #expect(book["locked"] as? [Bool] == [true, true, true, true, true, true, false, false, false, false, false, false, true])
        #expect((book["validations"] as? [[String]])?.map { $0[1] } == ["H4:H8", "K4:K8", "G4:G8", "I4:I8", "J4:J8", "L4:L8"])
        #expect(book["status"] as? [String] == ["\"Planned,In progress,Delivered,Postponed,Cancelled\""])
        #expect(book["landscape"] as? String == "landscape" && book["titles"] as? String == "$3:$3")
        let instructions = (book["instructions"] as? [String])?.joined(separator: "\n") ?? ""
        #expect(instructions.contains("Please send it back to the GMG Chair's support unit by 31 December 2014."))
        #expect(instructions.contains("It is set to 31 December 2014"))
    }

    @Test func filledReturnsAreMergedOnceAndTheAnnualReportCountsThem() throws {
        let space = try ReturnsWorkspace()
        defer { space.remove() }
        #expect(try space.gmg(["build", "--date", "2015-01-10"]).status == 0)
        let before = try space.record()
        let files = ["return-2014-ilo.xlsx", "return-2014-iom.xlsx"].map { fixture.filled.appendingPathComponent($0).path }

        let dry = try space.gmg(["returns", "read", "--dry-run", "--date", "2015-01-10"] + files)
        #expect(dry.status == 0, "\(dry.stdout)\(dry.stderr)")
        #expect(dry.stdout.contains("Data/progress.csv: would add: mawp-2014-decent-work-o2-a1 | in-progress | 2014-12-31 | Revised time frame: Q2 2015. Cost reported: CHF 12,000. | return-ilo-2014-"))
        #expect(dry.stdout.hasSuffix("4 progress row(s) and 2 document(s) would be added (dry run: nothing written)\n"))
        #expect(try space.record() == before)

        let read = try space.gmg(["returns", "read", "--date", "2015-01-10"] + files)
        #expect(read.status == 0, "\(read.stdout)\(read.stderr)")
        let progress = try space.added(to: 0, since: before)
        #expect(progress.count == 4)
        #expect(progress.contains { $0.hasPrefix("mawp-2014-human-rights-gender-o2-a1,delivered,2014-05-13,\"Expert meeting held in Geneva, 12-13 May 2014.\",\"return-ilo-2014-") })
        #expect(progress.contains { $0.hasPrefix("mawp-2014-decent-work-o1-a1,delivered,2014-11-30,Handbook published.,") })
        #expect(progress.contains { $0.hasPrefix("\(fixture.iomActivity),delivered,2014-10-01,Done with UNDP.,\"return-iom-2014-") },
                "IOM's return, resaved by LibreOffice, still reads")
        let documents = try space.added(to: 1, since: before)
        #expect(documents.count == 2 && documents.allSatisfy { $0.contains(",agency-return,\"GMG progress return: ") })
        #expect(try space.gmg(["check"]).stdout.contains(": 0 error(s)"))

        let again = try space.gmg(["returns", "read", "--date", "2015-01-10"] + files)
        #expect(again.status == 0)
        #expect(again.stdout.hasSuffix("0 progress row(s) and 0 document(s) added, 4 update(s) already recorded\n"))
        #expect(try space.added(to: 0, since: before).count == 4)

        let report = try space.gmg(["report", "annual", "--param", "term=2014", "--out", "annual", "--date", "2015-01-10"])
        #expect(report.status == 0)
        let annualReport = try String(contentsOf: space.root.appendingPathComponent("annual/annual-2014.md"), encoding: .utf8)
        #expect(annualReport.contains("The documents report on 4 of the 27 activities: 3 delivered, 1 in progress. 23 activities have no report."))

        #expect(try space.gmg(["build", "--date", "2015-01-10"]).status == 0)
        let latest = space.root.appendingPathComponent("out/latest")
        let changes = try String(contentsOf: latest.appendingPathComponent("CHANGES.md"), encoding: .utf8)
        #expect(changes.contains("| status | not reported | delivered |"))
        #expect(changes.contains("| status delivered | "))
        let annual = try String(contentsOf: latest.appendingPathComponent("annual-2014.md"), encoding: .utf8)
        let beforeAnnual = try #require(try annualSentence(in: space, build: 0))
        #expect(beforeAnnual.contains("No document reports on any activity of the plan year"))
        let after = try annualSentence(in: space, build: 1) ?? ""
        #expect(annual.contains(after) && after.contains("The documents report on 4 of the 27 activities: 3 delivered, 1 in progress. 23 activities have no report."), "\(after)")
    }

    /// The summary's paragraph on delivery of an annual report, from the n-th build.
    private func annualSentence(in space: ReturnsWorkspace, build: Int) throws -> String? {
        let builds = space.root.appendingPathComponent("out/builds")
        let stamp = try FileManager.default.contentsOfDirectory(atPath: builds.path).sorted()[build]
        let text = try String(contentsOf: builds.appendingPathComponent("\(stamp)/annual-2014.md"), encoding: .utf8)
        return text.split(separator: "\n").first { $0.hasPrefix("**Delivery.**") }.map(String.init)
    }
}
