import Foundation
import GMGRender
import GMGTable
import Testing

/// The rows of the first HTML table in `html`, each a list of cell contents (tags kept).
func htmlTableRows(_ html: String) -> [[String]] {
    guard let start = html.range(of: "<table>"), let end = html.range(of: "</table>") else { return [] }
    let table = String(html[start.upperBound..<end.lowerBound])
    return table.components(separatedBy: "<tr>").dropFirst().map { row in
        row.components(separatedBy: "</td>").flatMap { $0.components(separatedBy: "</th>") }.compactMap { cell in
            guard let open = cell.range(of: "<td", options: .backwards) ?? cell.range(of: "<th", options: .backwards),
                  let close = cell[open.upperBound...].firstIndex(of: ">") else { return nil }
            return String(cell[cell.index(after: close)...])
        }
    }
}

@Suite struct MarkdownTests {
    @Test func awkwardTableRendersAsOneTableInCmarkGFMAndPandoc() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("report.md")
        try MarkdownRenderer(documentTitle: "Report # one").render([awkwardTable], to: url)
        let markdown = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        #expect(markdown.hasPrefix("# Report \\# one\n\n## Awkward \\| values: \"all\" \\#1\n\n| Name | Count |"))
        expectContains(markdown, "| :--- | ---: | ---: | ---: | :--- |\n")
        expectContains(markdown, "| line 1<br>line 2<br>line 3 | 1 | 0.01 | 33.3% |  |\n")
        expectContains(markdown, "| **Total** | **123,456,789,012,406** | **1,000,000,001,233,615.90** |  |  |\n")
        expectContains(markdown, "\n> Source: test fixture\n>\n> Counting rule: every row counts once\n> second line\n>\n> Built 2024-05-01\n")

        let html = try run(["cmark-gfm", "--extension", "table", "--extension", "autolink",
                            "--extension", "strikethrough", "--unsafe", url.path]).stdout
        #expect(html.components(separatedBy: "<table>").count == 2)
        let rows = htmlTableRows(html)
        #expect(rows.count == awkwardTable.rows.count + 2)
        #expect(rows.allSatisfy { $0.count == 5 })
        #expect(rows[0] == ["Name", "Count", "Amount (USD)", "Share", "Day"])
        #expect(rows[1] == ["", "0", "0.00", "0.0%", "2013-01-01"])
        #expect(rows[2] == ["", "", "", "", ""])
        #expect(rows[3] == ["Négatif — ünïcödé ✓", "-5", "-1,234.57", "-12.5%", "1900-03-01"])
        #expect(rows[4][1...] == ["123,456,789,012,345", "1,000,000,000,000,000.00", "1,250.0%", "9999-12-31"])
        #expect(rows[4][0].count == longestText.count)
        #expect(rows[5][0] == "line 1<br>line 2<br>line 3")
        #expect(rows[6][0] == "say &quot;hi&quot;, 'there'")
        #expect(rows[7] == ["pipe | inside || twice", "3", "1,234,567.89", "50.0%", ""])
        // GitHub's autolink extension links the URL; the text shown stays the same.
        #expect(rows[8][0].replacingOccurrences(of: "<a href=\"http://example.com%22,%22click\">", with: "")
            .replacingOccurrences(of: "</a>", with: "") == "=HYPERLINK(&quot;http://example.com&quot;,&quot;click&quot;)")
        #expect(rows[13][0] == "مرحبا بالعالم")
        #expect(rows[15][0] == "&lt;b&gt;bold?&lt;/b&gt; *star* _under_ `code` [link](x) &amp; ~strike~ \\ back")
        #expect(rows[16][0] == "<strong>Total</strong>")
        #expect(html.contains("<td align=\"right\">1,234,567.89</td>"))
        for tag in ["<em>", "<code>", "<del>", "<b>"] { #expect(!html.contains(tag), "\(tag) leaked") }
        #expect(html.contains("<blockquote>"))
        #expect(html.contains("<h2>Awkward | values: &quot;all&quot; #1</h2>"))

        let pandoc = try run(["pandoc", "--from", "gfm", "--to", "html", url.path]).stdout
        #expect(pandoc.components(separatedBy: "<table>").count == 2)
        #expect(pandoc.components(separatedBy: "<tr").count == awkwardTable.rows.count + 3)
        #expect(pandoc.contains("pipe | inside || twice"))
    }

    @Test func tableWithoutRowsOrColumns() throws {
        let empty = Table(title: "Empty", columns: [Column("a"), Column("b", .money)], totals: Totals(summedColumns: [1]))
        #expect(try MarkdownTable().render(empty) == "| a | b |\n| :--- | ---: |\n| **Total** | **0.00** |\n")
        #expect(try MarkdownTable().render(Table(title: "None", columns: [])) == "")
    }

    @Test func totalsLabelIsTrimmedInsideTheBoldMarkers() throws {
        let table = Table(title: "T", columns: [Column("a"), Column("n", .integer)],
                          rows: [[.text("  spaced  "), .integer(1)]],
                          totals: Totals(label: "  Total (é)  ", summedColumns: [1]))
        let text = try MarkdownTable().render(table)
        // Data cells keep their spaces; the bold label loses them, or `**` would not be emphasis.
        #expect(text.contains("|   spaced   | 1 |\n"))
        #expect(text.hasSuffix("| **Total (é)** | **1** |\n"))
    }

    @Test func optionsAndErrors() throws {
        let table = Table(title: "T", columns: [Column("m", .money), Column("p", .percentage)],
                          rows: [[.number(1234.5678), .number(0.12345)]])
        let text = try MarkdownTable(options: .init(moneyDecimals: 0, percentDecimals: 2)).render(table)
        #expect(text.hasSuffix("| 1,235 | 12.35% |\n"))
        let bad = Table(title: "Bad", columns: [Column("m", .money)], rows: [[.number(1)], [.number(.infinity)]])
        #expect(throws: RenderError.nonFiniteNumber(table: "Bad", row: 2, column: "m")) {
            try MarkdownRenderer().document([bad])
        }
    }

    @Test func escaping() {
        #expect(MarkdownText.cell("a|b\\|c") == "a\\|b\\\\\\|c")
        #expect(MarkdownText.cell("x\r\ny\rz\n") == "x<br>y<br>z<br>")
        #expect(MarkdownText.inline("# not\ta heading #") == "\\# not a heading \\#")
        #expect(MarkdownText.blockQuote("- item\n1. first\n\n=== rule") == "> \\- item\n> 1\\. first\n>\n> \\=== rule")
        // Nothing to escape: the text as it is; a `#` only outside cells; a control character anywhere.
        #expect(MarkdownText.cell("Résumé – 3×4 (#2)") == "Résumé – 3×4 (#2)")
        #expect(MarkdownText.inline("Résumé – 3×4 (#2)") == "Résumé – 3×4 (\\#2)")
        #expect(MarkdownText.cell("a\u{7F}b\u{85}c") == "a b\u{85}c")
    }
}
