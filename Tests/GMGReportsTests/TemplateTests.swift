import Foundation
import GMGReports
import TestSupport
import Testing

/// The report template language: Mustache's sections, read strictly and rendered within limits.
@Suite struct TemplateTests {
    private let rows = TemplateValue.list(
        [.object(["name": .text("ILO"), "note": .text("")]), .object(["name": .text("IOM"), "note": .text("chair")])],
        item: .object(["name": .text(""), "note": .text("")]))

    private func render(_ text: String, _ context: [String: TemplateValue] = [:]) throws -> String {
        try Template(text).render(.object(context), escaping: .plainText)
    }

    /// The message of the error `text` gives, or "no error".
    private func failure(_ text: String, _ context: [String: TemplateValue] = [:]) -> String {
        do {
            _ = try render(text, context)
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test func sectionsRepeatShowAndHide() throws {
        let context: [String: TemplateValue] = ["rows": rows, "term": .text("2014"), "none": .text(""), "empty": .flag(false)]
        #expect(try render("{{#rows}}\n- {{name}}{{#note}} ({{note}}){{/note}} in {{term}}\n{{/rows}}\n", context)
                == "- ILO in 2014\n- IOM (chair) in 2014\n")
        #expect(try render("{{^none}}nothing{{/none}}{{#empty}}x{{/empty}}{{^empty}}rows{{/empty}}", context) == "nothingrows")
        #expect(try render("{{#rows}}{{.}}{{/rows}}", ["rows": .list([.text("a"), .text("b")], item: .text(""))]) == "ab")
        #expect(try render("{{! a comment }}{{ term }}", context) == "2014")
        #expect(try render("  {{! alone }}  \nline", context) == "line")
    }

    @Test func dottedNamesReachIntoGroups() throws {
        let context: [String: TemplateValue] = ["figures": .object(["totals": .object(["activities": .text("27")])])]
        #expect(try render("{{figures.totals.activities}} activities", context) == "27 activities")
        #expect(try render("{{#figures.totals}}{{activities}}{{/figures.totals}}", context) == "27")
        #expect(failure("{{figures.nosuch.x}}", context)
                == "line 1, column 1: \"figures\" has no \"nosuch\" (it has: totals)")
        #expect(failure("{{figures.totals.activities.x}}", context)
                == "line 1, column 1: \"figures.totals.activities\" has no parts, so {{figures.totals.activities.x}} names nothing")
    }

    @Test func aMisspeltNameIsAnErrorEvenWhereNothingIsShown() throws {
        let context: [String: TemplateValue] = ["rows": rows, "count": .text("2")]
        #expect(failure("There are {{countt}} rows.", context)
                == "line 1, column 11: unknown name \"countt\" (known here: count, rows)")
        let empty: [String: TemplateValue] = ["rows": .list([], item: .object(["name": .text("")]))]
        #expect(failure("x\n{{#rows}}{{nmae}}{{/rows}}", empty)
                == "line 2, column 10: unknown name \"nmae\" (known here: name, rows)")
        #expect(failure("{{^rows}}none{{/rows}}{{#rows}}{{#note}}{{nope}}{{/note}}{{/rows}}", ["rows": rows])
                .hasPrefix("line 1, column 41: unknown name \"nope\""))
    }

    @Test func listsGroupsAndFlagsAreNotText() throws {
        #expect(failure("{{rows}}", ["rows": rows]) == "line 1, column 1: \"rows\" is a list: repeat it with {{#rows}}...{{/rows}}")
        #expect(failure("{{empty}}", ["empty": .flag(true)])
                == "line 1, column 1: \"empty\" is true or false: use it as a section, {{#empty}}...{{/empty}}")
        #expect(failure("{{params}}", ["params": .object([:])])
                == "line 1, column 1: \"params\" is a group of values: name one of them, {{params.NAME}}")
    }

    @Test func syntaxErrorsNameTheLineAndColumn() throws {
        let context: [String: TemplateValue] = ["rows": rows, "a": .text("1")]
        #expect(failure("Title\n  {{#rows}}{{name}}", context) == "line 2, column 3: {{#rows}} is never closed: add {{/rows}}")
        #expect(failure("{{#rows}}{{#a}}{{/rows}}{{/a}}", context)
                == "line 1, column 16: {{/rows}} does not close {{#a}} (line 1, column 10): close that one first")
        #expect(failure("x {{/rows}}", context) == "line 1, column 3: {{/rows}} closes no open section")
        #expect(failure("a\nb {{name", context) == "line 2, column 3: this tag is never closed with }}")
        #expect(failure("{{{a}}}", context)
                == "line 1, column 1: {{{a}}} would insert a value without escaping; values are always escaped: write {{name}}")
        #expect(failure("{{&a}}", context).hasSuffix("would insert a value without escaping; values are always escaped: write {{name}}"))
        #expect(failure("{{> a}}", context) == "line 1, column 1: {{> a}}: partials are not supported; write the text here")
        #expect(failure("{{=<% %>=}}", context) == "line 1, column 1: {{=<% %>=}}: changing the delimiters is not supported")
        #expect(failure("{{% CONTENT_TYPE: TEXT}}", context).hasSuffix("pragmas are not supported"))
        #expect(failure("{{<a}}{{/a}}", context).hasSuffix("template inheritance is not supported"))
        #expect(failure("{{}}", context) == "line 1, column 1: an empty tag {{}}")
        #expect(failure("{{upper(a)}}", context)
                == "line 1, column 1: {{upper(a)}} is not a name: use letters, digits, '_' and '-', parts joined by '.'")
    }

    @Test func thousandsOfNestedSectionsStopAtTheDepthLimit() throws {
        let deep = String(repeating: "{{#a}}", count: 5_000) + String(repeating: "{{/a}}", count: 5_000)
        #expect(failure(deep, ["a": .text("1")]) == "line 1, column 121: sections nest more than 20 deep")
        let allowed = String(repeating: "{{#a}}", count: 20) + "x" + String(repeating: "{{/a}}", count: 20)
        #expect(try render(allowed, ["a": .text("1")]) == "x")
    }

    @Test func multiplyingSectionsStopAtTheLimits() throws {
        let long = String(repeating: "0123456789", count: 100)
        let many = TemplateValue.list(Array(repeating: .object(["v": .text(long)]), count: 1_000), item: .object(["v": .text("")]))
        let clock = ContinuousClock()
        let start = clock.now
        // Output grows 1,000 × 1,000 × 1,000 × 1,000 bytes: stopped at 10 MB.
        #expect(failure("{{#rows}}{{#rows}}{{#rows}}{{v}}{{/rows}}{{/rows}}{{/rows}}", ["rows": many])
                == "line 1, column 28: the rendered text would be longer than 10,000,000 bytes "
                + "(sections over lists inside sections over lists?); simplify the template")
        // No output at all, but 1,000^4 steps: stopped at 10 million.
        #expect(failure("{{#rows}}{{#rows}}{{#rows}}{{#rows}}{{/rows}}{{/rows}}{{/rows}}{{/rows}}", ["rows": many])
                == "line 1, column 28: the template takes more than 10,000,000 steps to render "
                + "(sections over lists inside sections over lists?); simplify it")
        #expect(clock.now - start < .seconds(60))
    }

    @Test func markdownEscapingKeepsDataLiteral() throws {
        let hostile = [
            "<script>alert(1)</script>", "[click](javascript:alert(1))", "<javascript:alert(1)>", "# Heading",
            "first line\n- new item\n# new heading\n\n1. numbered", "1986. A year", "    indented code", "===",
            "---", "**bold** _em_ `code` ~~gone~~", "| a | b |", "> quoted", "![img](x.png)", "&amp; &lt;", "+ plus", "2) two",
        ]
        let text = "Note: {{note}}\n\n{{note}}\n\n- item {{note}}\n- {{note}}\n"
        for value in hostile {
            let markdown = try Template(text).render(.object(["note": .text(value)]), escaping: .markdown)
            let html = try CmarkGFM.html(markdown)
            for tag in ["<a ", "<h1", "<h2", "<script", "<em", "<strong", "<code", "<pre", "<blockquote", "<hr", "<table", "<del", "<img", "<ol"] {
                #expect(!html.contains(tag), "\(value): \(tag) in \(html)")
            }
            #expect(html.components(separatedBy: "<li>").count == 3, "\(value): \(html)")
            #expect(html.components(separatedBy: "<p>").count == 3, "\(value): \(html)")
            let shown = value.replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces)
            #expect(html.contains("<p>Note: " + CmarkGFM.escapedHTML(shown) + "</p>"), "\(value): \(html)")
        }
    }
}

@Suite struct TemplateLineStartTests {
    /// A printed number such as "1.1" is escaped only where Markdown could start a block with it.
    @Test func numbersAreEscapedOnlyWhereABlockCouldStart() throws {
        let text = "**{{n}}** Text, see {{n}}.\n{{n}} at a line start\n- {{n}} after a marker\n> {{n}} quoted\n  {{n}} indented"
        let markdown = try Template(text).render(.object(["n": .text("1. 1")]), escaping: .markdown)
        #expect(markdown == "**1. 1** Text, see 1. 1.\n1\\. 1 at a line start\n- 1\\. 1 after a marker\n> 1\\. 1 quoted\n  1\\. 1 indented")
    }
}

/// cmark-gfm with GitHub's extensions: an independent reader of the Markdown we write.
enum CmarkGFM {
    static func html(_ markdown: String) throws -> String {
        let file = Scratch.root.appendingPathComponent("gmg-template-\(UUID().uuidString).md")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(markdown.utf8).write(to: file)
        return try ChildProcess.run(["cmark-gfm", "-e", "table", "-e", "autolink", "-e", "strikethrough", "-e", "tagfilter",
                                     "--unsafe", file.path]).stdout
    }

    /// Text as cmark-gfm writes it in HTML.
    static func escapedHTML(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
