import Foundation
import TestSupport
import Testing

@Suite struct CheckAndQueryTests {
    @Test func checkPrintsDiagnosticsAndASummary() throws {
        let result = try GMGRunner.run(["check"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.dropLast().allSatisfy { $0.hasPrefix("Data/activities.csv:") && $0.contains(": warning: ") })
        #expect(lines.contains { $0.hasSuffix(": warning: time frame \"by May 2009\" ends before the plan year 2010 (column timeframe)") })
        #expect(lines.last?.hasPrefix("Data: 0 error(s), 7 warning(s); 24 agencies, 11 chair terms, 3 plans, 70 outputs, 137 activities") == true)
        #expect(try GMGRunner.run(["check", "--strict"]).status == 1)
        #expect(try GMGRunner.run(["check", "--no-such-option"]).status == 2)
    }

    @Test func checkFailsOnBrokenDataAndOtherCommandsRefuseIt() throws {
        let folder = try GMGRunner.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let activities = folder.appendingPathComponent("Data/activities.csv")
        let text = try String(contentsOf: activities, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "OHCHR;UNODC,", with: "OHCHR;UNOCD,").utf8).write(to: activities)
        let check = try GMGRunner.run(["check"], in: folder)
        #expect(check.status == 1)
        #expect(check.stdout.contains(": error: unknown agency \"UNOCD\""))
        let build = try GMGRunner.run(["build"], in: folder)
        #expect(build.status == 1)
        #expect(build.stderr.contains("run `gmg check` and fix them first"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/latest").path))
    }

    @Test func queryPrintsTheFundingBreakdownAsCSV() throws {
        let result = try GMGRunner.run(["query", "by-funding-source", "--format", "csv"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "funding_source,kind,activities,costed_activities,cost_usd")
        #expect(lines.contains("Funding to be mobilized (funding proposals to be developed),to be mobilized,3,1,75000.00"))
    }

    @Test func queryErrorsNameTheFile() throws {
        let result = try GMGRunner.run(["query", "term-activities"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("Queries/term-activities.sql: missing parameter term (integer): pass --param term=VALUE"))
        let list = try GMGRunner.run(["query", "--list"])
        #expect(list.stdout.contains("coming-up  —  Coming up\n"))
        #expect(list.stdout.contains("    --param from=<date>  (required) First day of the window\n"))
    }
}

@Suite struct ExitStatusTests {
    @Test func definitionErrorsExitWith3AndNameTheFile() throws {
        let report = try GMGRunner.run(["report", "nope"])
        #expect(report.status == 3)
        #expect(report.stderr.hasPrefix("gmg: nope: no report \"nope\" (known: annual, "))
        let query = try GMGRunner.run(["query", "totals", "--param", "year=x"])
        #expect(query.status == 3)
        #expect(query.stderr == "gmg: Queries/totals.sql: parameter year: \"x\" is not an integer (e.g. 2014)\n")
    }
}

@Suite struct InterchangeQueryTests {
    @Test func savedQueriesRunOnAnInterchangeFile() throws {
        let file = Scratch.root.appendingPathComponent("gmg-ix-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("""
            activity_id,plan,year,work_stream,output_code,output_title,activity_code,activity,timeframe,lead_agencies,funding_sources,estimated_cost_usd,status
            A1,MAWP,2014,Data,1,Guide,1.1,Draft,2014,ILO;IOM,KNOMAD;ILO,100,planned
            A2,MAWP,2015,Data,1,Guide,1.1,Publish,2015,IOM,KNOMAD,,planned

            """.utf8).write(to: file)
        let result = try GMGRunner.run(["query", "by-funding-source", "--interchange", file.path, "--format", "csv"])
        #expect(result.status == 0)
        #expect(result.stdout == "funding_source,kind,activities,costed_activities,cost_usd\nILO,unclassified,1,1,50.00\nKNOMAD,unclassified,2,1,50.00\n")
    }
}
