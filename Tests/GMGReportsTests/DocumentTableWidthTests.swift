import Foundation
import Testing

/// Tables in the PDF and Word documents keep every word whole: the Word file printed by LibreOffice
/// and the PDF, read back word by word by pdftotext, hold every word of every table (as python-docx
/// reads the cells) at least as often as the tables do. A word broken inside ("Numbe" / "r") goes
/// missing; a break after a hyphen, slash or dash ("January-" / "October") is allowed.
@Suite(.serialized) struct DocumentTableWidthTests {
    /// Counts the pieces of text a line may break between, in the tables of a Word file (argument
    /// 1) and among the words of PDF files (arguments 2...); prints how many there are in the
    /// tables and, for each PDF, those it holds fewer times than the tables.
    static let script = #"""
        import collections, docx, html, re, subprocess, sys
        def pieces(text):
            return [p for word in text.split() for p in re.split(r'(?<=[-/\u2013])', word) if p]
        d = docx.Document(sys.argv[1])
        cells = collections.Counter(p for t in d.tables for r in t.rows for c in r.cells for p in pieces(c.text))
        print(len(cells))
        for pdf in sys.argv[2:]:
            xml = subprocess.run(['pdftotext', '-bbox', pdf, '-'], check=True, capture_output=True, text=True).stdout
            printed = collections.Counter(p for w in re.findall(r'<word [^>]*>(.*?)</word>', xml) for p in pieces(html.unescape(w)))
            print(sorted(p for p in cells if printed[p] < cells[p]))
        """#

    @Test(arguments: [("briefing-agency", "agency", "ILO"), ("briefing-work-stream", "work_stream", "coordination")])
    func everyTableWordIsWholeInWordAndPDF(report: String, parameter: String, value: String) throws {
        let reports = try FixtureReports(data: Paths.root.appendingPathComponent("Data"))
        let (folder, _) = try reports.build(report, [parameter: value], formats: [.pdf, .docx])
        defer { try? FileManager.default.removeItem(at: folder) }
        let name = "\(report)-\(value)"
        let word = folder.appendingPathComponent("\(name).docx")
        let printed = folder.appendingPathComponent("word")
        _ = try tool(["soffice", "-env:UserInstallation=file://\(folder.appendingPathComponent("profile").path)", "--headless",
                      "--convert-to", "pdf", "--outdir", printed.path, word.path])
        let output = try python(Self.script, [word.path, folder.appendingPathComponent("\(name).pdf").path,
                                              printed.appendingPathComponent("\(name).pdf").path])
        let lines = output.split(separator: "\n").map(String.init)
        #expect((Int(lines.first ?? "") ?? 0) > 100, "\(output)")
        #expect(lines.dropFirst().first == "[]", "PDF: \(output)")
        #expect(lines.dropFirst(2).first == "[]", "Word printed by LibreOffice: \(output)")
    }
}
