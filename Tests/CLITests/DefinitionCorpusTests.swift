import Foundation
import TestSupport
import Testing

/// A corpus of broken and hostile definitions (saved queries, report definitions, templates),
/// each run through the built binary: every one gives its documented status (3) and a message
/// naming the file and key, never a crash, a hang or a blank.
@Suite struct DefinitionCorpusTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        /// Files written into a copy of the workspace (path → text).
        var files: [String: String] = [:]
        var arguments = ["report", "probe", "--out", "out"]
        var status: Int32 = 3
        /// Text standard error must contain.
        let message: String

        var testDescription: String { name }
    }

    /// A one-section report `probe` over `query` with `text` as the section's template.
    static func probe(_ text: String, query: String = "totals", extra: String = "", title: String = "Probe") -> [String: String] {
        ["Reports/probe.toml": """
            title = "\(title)"
            outputs = ["md"]
            [[sections]]
            id = "a"
            title = "A"
            query = "\(query)"
            \(extra)
            text = '''
            \(text)
            '''

            """]
    }

    static let cases: [Case] = [
        Case(name: "a saved query declaring a parameter twice",
             files: ["Queries/dup.sql": "-- param: year integer = null\n-- param: year integer = null\nSELECT :year AS y\n"],
             arguments: ["query", "totals"], message: "gmg: Queries/dup.sql:2: parameter year is declared twice\n"),
        Case(name: "5,000 nested sections",
             files: probe(String(repeating: "{{#count}}", count: 5_000) + String(repeating: "{{/count}}", count: 5_000)),
             message: "gmg: Reports/probe.toml: sections[0].text: line 1, column 201: sections nest more than 20 deep\n"),
        Case(name: "sections over rows inside sections over rows",
             files: probe("{{#rows}}{{#rows}}{{#rows}}{{activity}}{{/rows}}{{/rows}}{{/rows}}", query: "activities"),
             message: "sections[0].text: line 1, column 28: the rendered text would be longer than 10,000,000 bytes"),
        Case(name: "a recursive partial", files: probe("{{> probe}}"),
             message: "gmg: Reports/probe.toml: sections[0].text: line 1, column 1: {{> probe}}: partials are not supported; write the text here\n"),
        Case(name: "TOML keys dotted 100,000 deep",
             files: ["Reports/probe.toml": "title = \"T\"\n[" + Array(repeating: "a", count: 100_000).joined(separator: ".") + "]\n"],
             message: "gmg: Reports/probe.toml:2: more than 64 dots outside strings: keys nest too deep\n"),
        Case(name: "TOML arrays nested 10,000 deep",
             files: ["Reports/probe.toml": "title = \"T\"\nx = " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n"],
             message: "gmg: Reports/probe.toml:2: TOML syntax error: Error while parsing value: exceeded maximum nested value depth"),
        Case(name: "a 2 MB definition", files: probe(String(repeating: "All work and no play. ", count: 100_000)),
             message: "gmg: Reports/probe.toml: the file is larger than 1 MiB (1048576 bytes), the limit for a definition\n"),
        Case(name: "a misspelt variable", files: probe("There are {{countt}} rows."),
             message: "gmg: Reports/probe.toml: sections[0].text: line 1, column 11: unknown name \"countt\" "
                + "(known here: count, data_date, date, empty, figures, one, params, rows)\n"),
        Case(name: "a misspelt variable in a section with no rows",
             files: probe("{{#rows}}{{activty}}{{/rows}}", query: "coming-up", extra: "params = { from = \"1900-01-01\", to = \"1900-01-02\" }"),
             message: "sections[0].text: line 1, column 10: unknown name \"activty\" (known here: activity, "),
        Case(name: "a key figure that does not exist", files: probe("{{figures.nosuch.x}}"),
             message: "gmg: Reports/probe.toml: sections[0].text: line 1, column 1: \"figures\" has no \"nosuch\" (it has: none)\n"),
        Case(name: "an unclosed section in the title", files: probe("x", title: "Probe {{#date}}"),
             message: "gmg: Reports/probe.toml: title: line 1, column 7: {{#date}} is never closed: add {{/date}}\n"),
        Case(name: "a closing tag without its section", files: probe("{{/rows}}"),
             message: "gmg: Reports/probe.toml: sections[0].text: line 1, column 1: {{/rows}} closes no open section\n"),
        Case(name: "an unescaped value", files: probe("{{{count}}}"),
             message: "sections[0].text: line 1, column 1: {{{count}}} would insert a value without escaping"),
        Case(name: "an unknown column in columns", files: probe("x", extra: "columns = [\"activities\", \"nope\"]"),
             message: "gmg: Reports/probe.toml: sections[0].columns[1]: query \"totals\" has no column \"nope\" (its columns: "),
        Case(name: "an unknown group_by column", files: probe("x", extra: "group_by = \"agency\""),
             message: "gmg: Reports/probe.toml: sections[0].group_by: query \"totals\" has no column \"agency\""),
        Case(name: "an unknown chart column",
             files: probe("x", extra: "render = \"chart\"\nchart = { type = \"pie\", label = \"nope\", value = \"activities\" }"),
             message: "gmg: Reports/probe.toml: sections[0].chart.label: query \"totals\" has no column \"nope\""),
        Case(name: "a saved query no report uses that does not compile",
             files: ["Queries/broken.sql": "-- title: Broken\nSELECT nope FROM activities\n"], arguments: ["build"],
             message: "gmg: Queries/broken.sql: SQL error: no such column: nope\n"),
        Case(name: "a saved query that writes", files: ["Queries/writes.sql": "DELETE FROM activities\n"], arguments: ["build"],
             message: "gmg: Queries/writes.sql: "),
        Case(name: "instance values whose file names collide",
             files: ["Queries/names.sql": "SELECT 'UN Women' AS v UNION ALL SELECT 'un-women'\n",
                     "Reports/probe.toml": """
                        title = "Probe {{v}}"
                        outputs = ["md"]
                        [parameters.v]
                        [instances]
                        parameter = "v"
                        query = "names"
                        column = "v"
                        [[sections]]
                        id = "a"
                        title = "A"
                        query = "totals"

                        """],
             arguments: ["build"],
             message: "gmg: Reports/probe.toml: instances: the values \"UN Women\" and \"un-women\" both give the file name \"probe-un-women\"; nothing was written\n"),
    ]

    @Test(arguments: cases)
    func givesItsStatusAndMessage(_ probe: Case) throws {
        let folder = try GMGRunner.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (path, text) in probe.files {
            try Data(text.utf8).write(to: folder.appendingPathComponent(path))
        }
        let result = try GMGRunner.run(probe.arguments, in: folder)
        #expect(result.status == probe.status, "\(probe.name): \(result.stderr)")
        #expect(result.stderr.contains(probe.message), "\(probe.name): \(result.stderr)")
        #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Backtrace"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/latest").path))
    }

    @Test func valuesFromTheDataStayTextInThePublishedMarkdown() throws {
        let folder = try GMGRunner.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let hostile = "<script>alert(1)</script> [click](javascript:alert(1)) <javascript:alert(1)>\n# Heading\n- item\n    code"
        let literal = hostile.replacingOccurrences(of: "'", with: "''")
        try Data("-- title: Hostile\nSELECT '\(literal)' AS note, 'x' AS name\n".utf8)
            .write(to: folder.appendingPathComponent("Queries/hostile.sql"))
        for (path, text) in Self.probe("Introduction.\n\n{{#rows}}\n- {{name}}: {{note}}\n{{/rows}}\n\n{{#rows}}{{note}}{{/rows}}",
                                       query: "hostile", title: "Probe") {
            try Data(text.utf8).write(to: folder.appendingPathComponent(path))
        }
        let result = try GMGRunner.run(["report", "probe", "--out", "out"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let html = try CLICmark.html(folder.appendingPathComponent("out/probe.md"))
        for tag in ["<script", "<a ", "<h3", "<h1>Heading", "<pre", "<code"] { #expect(!html.contains(tag), "\(tag) in \(html)") }
        #expect(html.components(separatedBy: "<li>").count == 2, "\(html)")
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; [click](javascript:alert(1))"))
    }
}

/// cmark-gfm with GitHub's extensions, as a reader of the Markdown the binary wrote.
enum CLICmark {
    static func html(_ file: URL) throws -> String {
        try ChildProcess.run(["cmark-gfm", "-e", "table", "-e", "autolink", "-e", "strikethrough", "--unsafe", file.path]).stdout
    }
}
