import Foundation
import GMGQuery
import GMGReports
import Testing

/// Mistakes in report definitions are errors naming the file and the key.
@Suite struct DefinitionErrorTests {
    private func error(_ toml: String) throws -> String {
        let folder = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(toml.utf8).write(to: folder.appendingPathComponent("x.toml"))
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
        #expect(try error("outputs = [\"pdf\"]\n" + good) == "Reports/x.toml: outputs[0]: unknown output \"pdf\" (md, xlsx, csv)")
        #expect(try error(good.replacingOccurrences(of: "query = \"totals\"", with: "query = \"totals\"\nrender = \"chart\""))
                == "Reports/x.toml: sections[0].chart: render = \"chart\" needs a chart = { type, label, value }")
    }

    @Test func parametersMustExist() throws {
        #expect(try error(good + "params = { term = \"2014\" }\n")
                == "Reports/x.toml: sections[0].params.term: query \"totals\" has no parameter \"term\" (it takes: year)")
        #expect(try error(good + "params = { year = \"$term\" }\n")
                == "Reports/x.toml: sections[0].params.year: unknown report parameter \"$term\"")
        #expect(try error(good.replacingOccurrences(of: "[[sections]]", with: "[instances]\nparameter = \"agency\"\nquery = \"lead-agencies\"\ncolumn = \"agency\"\n[[sections]]"))
                == "Reports/x.toml: instances.parameter: no report parameter \"agency\" (declare it under [parameters.agency])")
    }

    @Test func syntaxErrorsGiveTheLine() throws {
        #expect(try error("title = \"T\"\n[[sections]\n").hasPrefix("Reports/x.toml:2: TOML syntax error"))
        #expect(try error("title = \"T\"\n") == "Reports/x.toml: sections: a report needs at least one [[sections]]")
    }
}
