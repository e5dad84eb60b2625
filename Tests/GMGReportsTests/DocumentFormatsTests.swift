import Foundation
import GMGReports
import TestSupport
import Testing

/// The annual report and a briefing as PDF, Word and HTML, read back with tools nobody here wrote:
/// pdfinfo and pdftotext (poppler), python-docx, headless Chromium. One document of each kind.
@Suite(.serialized) struct DocumentFormatsTests {
    /// The 2014 annual report on the bundled data fits in this many A4 pages.
    static let annualPageBound = 15

    @Test func theAnnualReportAsPDF() throws {
        let reports = try FixtureReports(data: Paths.root.appendingPathComponent("Data"))
        let (folder, built) = try reports.build("annual", ["term": "2014"], formats: [.pdf])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(built.files == ["annual-2014.pdf"])
        let pdf = folder.appendingPathComponent("annual-2014.pdf").path
        let info = try tool(["pdfinfo", pdf])
        #expect(info.contains("Page size:       595.") && info.contains("(A4)"))
        let pages = Int(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? "") ?? 0
        #expect((6...Self.annualPageBound).contains(pages), "\(pages) pages")
        let text = try tool(["pdftotext", "-layout", pdf, "-"])
        for heading in ["Contents", "Summary", "Who chaired", "Delivery against the plan", "Timeline", "Funding picture and gap",
                        "What carries over to the next chair", "No report received", "Annex: the activities in full"] {
            #expect(text.contains(heading), "\(heading)")
        }
        #expect(text.contains("Global Migration Group: end-of-chairmanship report 2014"))
        #expect(text.contains("Page 2 of \(pages)"))
        #expect(text.contains("Data as of") && text.contains("Built 2014-12-31"))
        #expect(text.contains("Funding picture and gap (number of activities)"))
        #expect(text.contains("Jan") && text.contains("Dec"))
        for source in ["```", "mermaid", "pie showData", "xychart", "dateFormat", "<svg", "<td"] { #expect(!text.contains(source), "\(source)") }
        let words = try tool(["pdftotext", pdf, "-"])
        #expect(!words.contains("USD 0"))
        // The title page carries the contents: no near-empty page.
        let pageOne = try tool(["pdftotext", "-f", "1", "-l", "1", pdf, "-"])
        #expect(pageOne.contains("report 2014") && pageOne.contains("Contents") && pageOne.contains("Summary"))
    }

    @Test func theAnnualReportAsWord() throws {
        let reports = try FixtureReports(data: Paths.root.appendingPathComponent("Data"))
        let (folder, _) = try reports.build("annual", ["term": "2014"], formats: [.docx])
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try python("""
            import docx, sys
            d = docx.Document(sys.argv[1])
            s = d.sections[0]
            print(round(s.page_width.mm), round(s.page_height.mm))
            print([p.text for p in d.paragraphs if p.style.name == 'Heading 1'])
            print(len(d.inline_shapes), len(d.tables))
            print(d.core_properties.title)
            body = '\\n'.join(p.text for p in d.paragraphs)
            print('mermaid' in body or '```' in body, 'USD 0' in body)
            print('TITLE' in s.header._element.xml, 'PAGE' in s.footer._element.xml)
            t = next(t for t in d.tables if [c.text for c in t.rows[0].cells][:2] == ['Number', 'Activity'])
            widths = [c.width for c in t.columns]
            print(max(range(len(widths)), key=lambda i: widths[i]), widths[1] > 2 * widths[0])
            styles = [p.style.name for p in d.paragraphs]
            start = styles.index('TOC Heading')
            print([p.text for p in d.paragraphs[start:start + 4]], 'w:fldChar' in d.element.body.xml)
            """, [folder.appendingPathComponent("annual-2014.docx").path])
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.first == "210 297")
        #expect(lines.dropFirst().first?.hasPrefix("['Summary', 'Who chaired', 'Delivery against the plan', 'Timeline', 'Funding picture and gap'") == true)
        let counts = lines.dropFirst(2).first?.split(separator: " ").compactMap { Int($0) } ?? []
        #expect(counts.count == 2 && counts[0] == 2 && counts[1] >= 4, "\(counts)")
        #expect(lines.dropFirst(3).first == "Global Migration Group: end-of-chairmanship report 2014")
        #expect(lines.dropFirst(4).first == "False False")
        #expect(lines.dropFirst(5).first == "True True")
        // Table columns in proportion to their text: the activity column is the widest, well wider than "Number".
        #expect(lines.dropFirst(6).first == "1 True")
        // The contents are written text (readable in LibreOffice too), not a field only Word fills.
        #expect(lines.dropFirst(7).first == "['Contents', 'Summary', 'Who chaired', 'Delivery against the plan'] False")
    }

    @Test func theAnnualReportAsHTMLOpensInChromiumWithoutErrors() throws {
        let reports = try FixtureReports(data: Paths.root.appendingPathComponent("Data"))
        let (folder, _) = try reports.build("annual", ["term": "2014"], formats: [.html])
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("annual-2014.html")
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.components(separatedBy: "<svg ").count - 1 == 2)
        #expect(!html.contains("src=\"http") && !html.contains("<script"))
        let profile = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: profile) }
        let result = try runTool(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(profile.path)",
                                  "--enable-logging=stderr", "--v=0", "--dump-dom", page.absoluteString])
        #expect(result.output.contains("Annex: the activities in full"))
        let errors = result.errors.split(separator: "\n").filter { $0.contains("CONSOLE") || $0.contains("Uncaught") || $0.contains("ERR_") }
        #expect(errors.isEmpty, "\(errors)")
    }

    @Test func anAgencyBriefingAsPDFAndWord() throws {
        let reports = try FixtureReports()
        let (folder, built) = try reports.build("briefing-agency", ["agency": "ILO"], formats: [.pdf, .docx])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(built.files == ["briefing-agency-ILO.pdf", "briefing-agency-ILO.docx"])
        let pdf = folder.appendingPathComponent("briefing-agency-ILO.pdf").path
        let info = try tool(["pdfinfo", pdf])
        #expect(info.contains("(A4)"))
        let text = try tool(["pdftotext", "-layout", pdf, "-"])
        #expect(text.contains("The agency in the GMG") && text.contains("Upcoming and overdue") && text.contains("What it leads, by date"))
        let output = try python("""
            import docx, sys
            d = docx.Document(sys.argv[1])
            print([p.text for p in d.paragraphs if p.style.name == 'Heading 1'])
            """, [folder.appendingPathComponent("briefing-agency-ILO.docx").path])
        #expect(output.hasPrefix("['The agency in the GMG', 'At a glance', 'Upcoming and overdue', 'What it leads, by date'"))
    }
}

extension DocumentFormatsTests {
    /// A briefing of a page or two starts its body on the title page, under the contents, in PDF and
    /// Word: no page holding only the title and a few contents lines. A long report keeps its title page.
    @Test func aShortBriefingStartsOnTheTitlePage() throws {
        let reports = try FixtureReports(data: Paths.root.appendingPathComponent("Data"))
        let (folder, _) = try reports.build("briefing-agency", ["agency": "KNOMAD"], formats: [.pdf, .docx])
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("briefing-agency-KNOMAD.pdf").path
        let pageOne = try tool(["pdftotext", "-f", "1", "-l", "1", pdf, "-"])
        #expect(pageOne.contains("Contents") && pageOne.contains("GMG membership"), "\(pageOne)")
        let pages = try tool(["pdfinfo", pdf]).split(separator: "\n").first { $0.hasPrefix("Pages:") }
        #expect(pages?.split(separator: " ").last == "1" || pages?.split(separator: " ").last == "2", "\(pages ?? "")")
        let breaks = """
            import docx, sys
            print(sum(p.style.name == 'Page Break' for p in docx.Document(sys.argv[1]).paragraphs))
            """
        #expect(try python(breaks, [folder.appendingPathComponent("briefing-agency-KNOMAD.docx").path]) == "0\n")
        let (annual, _) = try reports.build("annual", ["term": "2014"], formats: [.docx])
        defer { try? FileManager.default.removeItem(at: annual) }
        #expect(try python(breaks, [annual.appendingPathComponent("annual-2014.docx").path]) == "1\n")
    }
}

/// Runs a tool found on PATH; returns standard output (errors as a thrown failure).
func tool(_ arguments: [String]) throws -> String {
    let result = try runTool(arguments)
    guard result.status == 0 else { throw ToolFailure(message: "\(arguments[0]) exited \(result.status): \(result.errors)") }
    return result.output
}

struct ToolFailure: Error { let message: String }

/// Runs a tool with its output in files (no pipe can fill up).
func runTool(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
    let result = try ChildProcess.run(arguments)
    return (result.status, result.stdout, result.stderr)
}
