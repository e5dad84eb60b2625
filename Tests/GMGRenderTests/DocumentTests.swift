import Foundation
import GMGRender
import GMGTable
import Testing

/// The section model written as Markdown and HTML: data stays text, charts say what they measure,
/// SVG is well-formed, long labels are cut, and a browser engine shows the page without errors.
@Suite struct DocumentTests {
    static let hostile = "<script>alert(1)</script> & **bold** [link](javascript:x) | `code`"

    static var document: Document {
        var table = Table(title: "T", columns: [Column("Name"), Column("Activities", .integer), Column("Cost (USD)", .money)],
                          rows: [[.text(hostile), .integer(3), .null], [.text("UNDP"), .integer(1), .number(75_000)]])
        table.totals = Totals(summedColumns: [1])
        let chart = Chart(kind: .pie, title: "Activities by source", measure: .count(noun: "activities"),
                          categories: ["A very long funding source name that goes on and on and on", hostile],
                          series: [ChartSeries(name: "Activities", values: [3, 1])])
        let timeline = Timeline(title: "Timeline", from: CalendarDate(year: 2014, month: 1, day: 1), to: CalendarDate(year: 2014, month: 12, day: 31),
                                sections: [.init(name: "Work stream", items: [
                                    .init(label: "From before the year", start: CalendarDate(year: 2013, month: 6, day: 1),
                                          end: CalendarDate(year: 2014, month: 3, day: 31)),
                                    .init(label: hostile, start: CalendarDate(year: 2014, month: 7, day: 1),
                                          end: CalendarDate(year: 2014, month: 7, day: 31), tentative: true),
                                    .init(label: "Next year", start: CalendarDate(year: 2015, month: 1, day: 1),
                                          end: CalendarDate(year: 2015, month: 2, day: 1)),
                                ])])
        return Document(title: "Report <2014>", subtitle: ["For the chair", "Built 2014-12-31"], blocks: [
            .heading("Summary & figures", level: 2, anchor: "summary"),
            .prose("A paragraph with **bold**, *italic* and \\<escaped\\> \\*data\\*.\n\n- one\n- two\n\n### Sub\n\nLine one  \nline two"),
            .keyFigures([KeyFigure(label: "Cost", value: "not stated")]),
            .table(table), .chart(chart), .timeline(timeline), .notes(["Note & source"]),
            .heading("Second", level: 2, anchor: "second"),
        ])
    }

    @Test func timelinesAreCutToTheirPeriod() {
        guard case .timeline(let timeline) = Self.document.blocks[5] else { Issue.record("no timeline"); return }
        #expect(timeline.itemCount == 2)
        #expect(timeline.sections[0].items[0].start == CalendarDate(year: 2014, month: 1, day: 1))
    }

    @Test func proseBecomesHTMLWithoutRawMarkup() {
        let html = ProseHTML.html("A **b** *c* \\<d\\> <e> & `f`\n\n- one\n- two\n\n1. x\n2. y\n\n### Head\n\n> quoted")
        #expect(html == "<p>A <strong>b</strong> <em>c</em> &lt;d&gt; &lt;e&gt; &amp; <code>f</code></p>\n"
                + "<ul><li>one</li><li>two</li></ul>\n<ol><li>x</li><li>y</li></ol>\n<h3>Head</h3>\n<blockquote><p>quoted</p></blockquote>")
        #expect(ProseHTML.html("<script>x</script>") == "<p>&lt;script&gt;x&lt;/script&gt;</p>")
    }

    @Test func thePageAndThePrintedPageFromOneRenderingAreWhatTwoRendersGive() throws {
        let links = DocumentHTML(options: .init(links: [("All reports", "index.html")]))
        let (page, printed) = try links.renderWithPrintedPage(Self.document)
        #expect(page.html == (try links.render(Self.document).html))
        #expect(printed == (try DocumentHTML().render(Self.document).html))
        #expect(page.html.contains("<nav class=\"links\"><a href=\"index.html\">All reports</a></nav>"))
        #expect(!printed.contains("index.html"))
    }

    @Test func htmlEscapesDataAndIsWellFormed() throws {
        let page = try DocumentHTML().render(Self.document).html
        #expect(!page.contains("<script>"))
        expectContains(page, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; **bold** [link](javascript:x) | `code`")
        expectContains(page, "<title>Report &lt;2014&gt;</title>")
        expectContains(page, "<li><a href=\"#summary\">Summary &amp; figures</a></li>")
        expectContains(page, "<td class=\"number\">75,000</td>")
        expectContains(page, "@page { size: A4;")
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("page.html")
        try Data(page.utf8).write(to: file)
        let parsed = try run(["python3", "-c", """
            import sys, html.parser
            class P(html.parser.HTMLParser):
                tags = []
                def handle_starttag(self, tag, attrs): self.tags.append(tag)
            p = P(); p.feed(open(sys.argv[1], encoding='utf-8').read())
            print(p.tags.count('svg'), p.tags.count('script'), p.tags.count('table'), p.tags.count('h2'))
            """, file.path])
        #expect(parsed.stdout == "2 0 1 3\n")
    }

    @Test func chartsAreSVGThatSayWhatTheyMeasure() throws {
        let chart = Chart(kind: .bar, title: "Money by source", measure: .money(currency: "USD"),
                          categories: ["Agency budgets", "<Trust> & fund"], series: [ChartSeries(name: "Cost", values: [75_000, 1_500])])
        let svg = SVGChart.render(chart)
        expectContains(svg, "Money by source (USD)")
        expectContains(svg, "USD 75,000")
        expectContains(svg, "&lt;Trust&gt; &amp; fund")
        let pie = SVGChart.render(Chart(kind: .pie, title: "Activities", measure: .count(noun: "activities"),
                                        categories: ["A", "B"], series: [ChartSeries(name: "n", values: [3, 1])]))
        expectContains(pie, "Activities (number of activities)")
        expectContains(pie, "3 · 75%")
        for text in [svg, pie, SVGTimeline.render(Timeline(title: "T", from: CalendarDate(year: 2014, month: 1, day: 1),
                                                            to: CalendarDate(year: 2014, month: 12, day: 31), sections: []))] {
            let folder = try temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: folder) }
            let file = folder.appendingPathComponent("c.svg")
            try Data(text.utf8).write(to: file)
            try run(["python3", "-c", "import sys, xml.etree.ElementTree as E; E.parse(sys.argv[1])", file.path])
        }
    }

    @Test func mermaidChartsAreReadable() throws {
        let many = Chart(kind: .bar, title: "Activities by lead", measure: .count(noun: "activities"),
                         categories: (1...12).map { "Lead number \($0) with a rather long name indeed, really" },
                         series: [ChartSeries(name: "Activities", values: (1...12).map(Double.init))]).limitingCategories(to: 8)
        let text = try MermaidChart.render(many)
        expectContains(text, "xychart-beta horizontal\n")
        expectContains(text, "title \"Activities by lead (number of activities)\"")
        expectContains(text, "\"Other\"")
        #expect(text.components(separatedBy: "\", \"").count == 8)
        #expect(!text.contains("really"))
        let markdown = try DocumentMarkdown().render(Self.document)
        expectContains(markdown, "pie showData\n    title Activities by source (number of activities)")
        expectContains(markdown, ":active, 2014-07-01, 2014-07-31")
        expectContains(markdown, "(tentative)")
        #expect(!markdown.contains("2013-06-01"))
        #expect(!markdown.contains("<script>"))
    }

    @Test func chromiumShowsThePageWithoutConsoleErrors() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("good.html")
        try Data(DocumentHTML().render(Self.document).html.utf8).write(to: good)
        #expect(try Chromium.consoleErrors(good).isEmpty)
        let bad = folder.appendingPathComponent("bad.html")
        try Data("<html><body><img src=\"missing.png\"><script>undefinedFunction()</script></body></html>".utf8).write(to: bad)
        #expect(!(try Chromium.consoleErrors(bad)).isEmpty)
    }
}

/// Headless Chromium as a reader nobody here wrote.
enum Chromium {
    /// The console messages of level warning or error Chromium logs while loading `page`.
    static func consoleErrors(_ page: URL) throws -> [String] {
        let profile = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: profile) }
        let result = try run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(profile.path)",
                              "--enable-logging=stderr", "--v=0", "--virtual-time-budget=2000", "--dump-dom", page.absoluteString],
                             check: false)
        return result.stderr.split(separator: "\n").map(String.init).filter { line in
            line.contains("CONSOLE") || line.contains("Uncaught") || line.contains("ERR_FILE_NOT_FOUND")
        }
    }
}
