import Foundation
import GMGQuery
import GMGReports
import Testing

/// Mistakes in report definitions are errors naming the file and the key.
@Suite struct DefinitionErrorTests {
    private func error(_ toml: String, fileName: String = "x.toml") throws -> String {
        let folder = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(toml.utf8).write(to: folder.appendingPathComponent(fileName))
        do {
            _ = try ReportLibrary(directory: folder, displayName: "Reports", queries: QueryLibrary(directory: Paths.queries))
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    private let good = """
        title = "T"
        [[sections]]
        id = "a"
        title = "A"
        query = "totals"

        """

    @Test func theBundledDefinitionsAreValid() throws {
        let library = try ReportLibrary(directory: Paths.reports, queries: QueryLibrary(directory: Paths.queries))
        #expect(library.reports.map(\.name) == ["annual", "briefing-agency", "briefing-work-stream", "coming-up", "funding"])
    }

    @Test func aMissingQueryNamesTheSection() throws {
        #expect(try error(good + "[[sections]]\nid = \"b\"\ntitle = \"B\"\nquery = \"x\"\n")
                == "Reports/x.toml: sections[1].query: no query \"x\" in Queries/")
    }

    @Test func unknownKeysAndValuesAreRejected() throws {
        #expect(try error(good.replacingOccurrences(of: "title = \"A\"", with: "title = \"A\"\ncolour = \"red\""))
                .hasPrefix("Reports/x.toml: sections[0].colour: unknown key (allowed here: id, title, sheet, query,"))
        #expect(try error(good.replacingOccurrences(of: "query = \"totals\"", with: "query = \"totals\"\nrender = \"pie\""))
                .hasPrefix("Reports/x.toml: sections[0].render: unknown render \"pie\""))
        #expect(try error("outputs = [\"rtf\"]\n" + good) == "Reports/x.toml: outputs[0]: unknown output \"rtf\" (md, xlsx, csv, html, pdf, docx)")
        #expect(try error(good.replacingOccurrences(of: "query = \"totals\"", with: "query = \"totals\"\nrender = \"chart\""))
                == "Reports/x.toml: sections[0].chart: render = \"chart\" needs a chart = { type, label, value }")
    }

    @Test func aReadingLimitIsAWholeNumberInRange() throws {
        #expect(try error("reading_rows = 0\n" + good)
                == "Reports/x.toml: reading_rows: 0 is out of range: documents meant for reading list 1 to 100000 rows of a section")
        #expect(try error(good + "reading_rows = 100001\n")
                == "Reports/x.toml: sections[0].reading_rows: 100001 is out of range: documents meant for reading list 1 to 100000 rows of a section")
        #expect(try error(good + "reading_rows = \"many\"\n") == "Reports/x.toml: sections[0].reading_rows: expected a whole number")
        #expect(try error("reading_rows = 5\n" + good + "reading_rows = 7\nnoun = \"activities\"\n") == "no error")
    }

    @Test func parametersMustExist() throws {
        #expect(try error(good + "params = { term = \"2014\" }\n")
                == "Reports/x.toml: sections[0].params.term: query \"totals\" has no parameter \"term\" (it takes: year)")
        #expect(try error(good + "params = { year = \"$term\" }\n")
                == "Reports/x.toml: sections[0].params.year: unknown report parameter \"$term\" (parameters: $date, $data_date)")
        #expect(try error(good.replacingOccurrences(of: "[[sections]]", with: "[instances]\nparameter = \"agency\"\nquery = \"lead-agencies\"\ncolumn = \"agency\"\n[[sections]]"))
                == "Reports/x.toml: instances.parameter: no report parameter \"agency\" (declare it under [parameters.agency])")
    }

    @Test func syntaxErrorsGiveTheLine() throws {
        #expect(try error("title = \"T\"\n[[sections]\n").hasPrefix("Reports/x.toml:2: TOML syntax error"))
        #expect(try error("title = \"T\"\n") == "Reports/x.toml: sections: a report needs at least one [[sections]]")
    }

    @Test func templatesAreCheckedOnReading() throws {
        #expect(try error(good.replacingOccurrences(of: "title = \"T\"", with: "title = \"T {{#term}}\""))
                == "Reports/x.toml: title: line 1, column 3: {{#term}} is never closed: add {{/term}}")
        #expect(try error(good + "text = \"{{> self}}\"\n")
                == "Reports/x.toml: sections[0].text: line 1, column 1: {{> self}}: partials are not supported; write the text here")
        #expect(try error("introduction = \"{{{x}}}\"\n" + good).hasPrefix("Reports/x.toml: introduction: line 1, column 1: {{{x}}} would insert"))
    }

    @Test func reservedAndUnsafeNamesAreRejected() throws {
        #expect(try error("[parameters.rows]\ntype = \"text\"\n" + good)
                == "Reports/x.toml: parameters.rows: \"rows\" is a name every template has (count, data_date, date, empty, figures, one, params, rows); choose another")
        #expect(try error(good, fileName: "my report.toml")
                == "Reports/my report.toml: a report's file name is its name in file names and commands: use letters, digits, '-' and '_'")
    }

    @Test func hugeAndDeeplyNestedFilesAreErrors() throws {
        let dotted = Array(repeating: "a", count: 100_000).joined(separator: ".")
        #expect(try error(good + "[" + dotted + "]\n") == "Reports/x.toml:6: more than 64 dots outside strings: keys nest too deep")
        #expect(try error(good + "[ .a]\n") == "Reports/x.toml:6: a table name cannot start with '.'")
        #expect(try error(good + "x = " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n")
                .hasPrefix("Reports/x.toml:6: TOML syntax error: Error while parsing value: exceeded maximum nested value depth"))
        #expect(try error("introduction = \"\(String(repeating: "x", count: 1_100_000))\"\n" + good)
                == "Reports/x.toml: the file is larger than 1 MiB (1048576 bytes), the limit for a definition")
        let introduction = "introduction = \"\"\"\n" + String(repeating: "a.b.c. ", count: 100) + "\n\"\"\"\n# a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.a.b.c\n"
        #expect(try error(introduction + good) == "no error")
    }
}
