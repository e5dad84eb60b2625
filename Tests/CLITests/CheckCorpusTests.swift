import Foundation
import TestSupport
import Testing

/// A copy of `Data/` (with Queries/ and Reports/) to spoil, and `gmg check` run on it.
struct SpoiledData {
    let folder: URL
    var data: URL { folder.appendingPathComponent("Data") }

    init() throws {
        folder = try GMGRunner.workspace()
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Rewrites a data file with Python's csv module: rows whose `key` column is `value` get
    /// `changes`; with `append`, a copy of the first such row with `changes` is added at the end.
    func edit(_ file: String, where key: String, is value: String, set changes: [String: String], append: Bool = false) throws {
        let changes = try String(decoding: JSONSerialization.data(withJSONObject: changes), as: UTF8.self)
        let script = """
            import csv, json, sys
            path, key, value, changes, append = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4]), sys.argv[5] == "1"
            with open(path, encoding="utf-8", newline="") as f:
                reader = csv.DictReader(f)
                fields, rows = reader.fieldnames, list(reader)
            matches = [r for r in rows if r[key] == value]
            assert matches, f"no row with {key} = {value}"
            if append:
                rows.append({**matches[0], **changes})
            else:
                for r in matches:
                    r.update(changes)
            with open(path, "w", encoding="utf-8", newline="") as f:
                writer = csv.DictWriter(f, fieldnames=fields, lineterminator="\\n")
                writer.writeheader()
                writer.writerows(rows)
            """
        let result = try ChildProcess.run(["python3", "-c", script, data.appendingPathComponent(file).path, key, value, changes,
                                           append ? "1" : "0"])
        try #require(result.status == 0, "editing \(file) failed: \(result.stderr)")
    }

    /// Replaces the first occurrence of `find` in a data file's bytes.
    func replace(in file: String, _ find: [UInt8], with replacement: [UInt8]) throws {
        let url = data.appendingPathComponent(file)
        var bytes = try [UInt8](Data(contentsOf: url))
        let range = try #require(bytes.indices.first { bytes[$0...].starts(with: find) }.map { $0..<$0 + find.count },
                                 "\(file) has no \(String(decoding: find, as: UTF8.self))")
        bytes.replaceSubrange(range, with: replacement)
        try Data(bytes).write(to: url)
    }

    /// Runs `gmg check` on the copy.
    func check() throws -> GMGRunner.Result {
        try GMGRunner.run(["check"], in: folder)
    }
}

/// `gmg check` on a corpus of spoiled data: each spoiling gives its diagnostic (file, line, true
/// column, field, plain words) and exit status 1, never a crash; one broken quote gives one error.
@Suite struct CheckCorpusTests {
    /// The error lines of a check's output.
    private func errors(_ result: GMGRunner.Result) -> [String] {
        result.stdout.split(separator: "\n").map(String.init).filter { $0.contains(": error: ") }
    }

    private func expectError(_ spoil: (SpoiledData) throws -> Void, _ expected: String, count: Int = 1,
                             sourceLocation: SourceLocation = #_sourceLocation) throws {
        let data = try SpoiledData()
        defer { data.remove() }
        try spoil(data)
        let result = try data.check()
        #expect(result.status == 1, "status \(result.status): \(result.stderr)", sourceLocation: sourceLocation)
        let found = errors(result)
        #expect(found.contains { $0.contains(expected) }, "expected \(expected) in \(found)", sourceLocation: sourceLocation)
        #expect(found.count == count, "\(found)", sourceLocation: sourceLocation)
    }

    /// The record with the bad byte is skipped; the references to the agency it defines are counted
    /// in one more error instead of one error each.
    @Test func aNULByteNamesItsLineColumnAndCharacter() throws {
        try expectError({ try $0.replace(in: "agencies.csv", Array("iom,IOM,International ".utf8),
                                         with: Array("iom,IOM,International".utf8) + [0]) },
                        "Data/agencies.csv:3:3: error: NUL byte at character 22; a text file has none (column full_name)", count: 2)
    }

    @Test func invalidUTF8NamesItsTrueColumn() throws {
        try expectError({ try $0.replace(in: "agencies.csv", Array("iom,IOM,International ".utf8),
                                         with: Array("iom,IOM,Inter".utf8) + [0xC3, 0x28] + Array("national ".utf8)) },
                        "Data/agencies.csv:3:3: error: invalid UTF-8 at character 14; save the file as UTF-8 (column full_name)", count: 2)
    }

    @Test func aStrayQuoteNamesItsTrueColumn() throws {
        try expectError({ try $0.replace(in: "agencies.csv", Array("ilo,ILO,International Labour".utf8),
                                         with: Array("ilo,ILO,International \"Labour\"".utf8)) },
                        "Data/agencies.csv:2:3: error: stray quote in an unquoted field at character 23", count: 2)
    }

    /// Today's reader lost the whole file after a broken quote, and every activity of the lost
    /// outputs became an error of its own.
    @Test func oneBrokenQuoteIsOneErrorAtItsPlace() throws {
        try expectError({ try $0.replace(in: "outputs.csv", Array("2013 HLD\",joint".utf8), with: Array("2013 HLD,joint".utf8)) },
                        "Data/outputs.csv:3:6: error: text after a closing quote at character ", count: 2)
        let data = try SpoiledData()
        defer { data.remove() }
        try data.replace(in: "outputs.csv", Array("2013 HLD\",joint".utf8), with: Array("2013 HLD,joint".utf8))
        let found = errors(try data.check())
        #expect(found.contains { $0.contains("Data/outputs.csv:1:1: error: ") && $0.contains("reference(s) to names this file may define were not checked") })
    }

    @Test func textLongerThanACellIsAnError() throws {
        try expectError({ try $0.edit("activities.csv", where: "id", is: "mawp-2014-decent-work-o2-a1",
                                      set: ["note": String(repeating: "x", count: 40_000)]) },
                        "text of 40000 characters is longer than a spreadsheet cell holds (32,767 characters) (column note)")
    }

    @Test func aCostTooLargeForANumberIsAnError() throws {
        try expectError({ try $0.edit("activities.csv", where: "id", is: "mawp-2014-decent-work-o2-a1", set: ["cost_text": "USD 1e400"]) },
                        "error: cost_text \"USD 1e400\" states an amount over the limit of 1,000,000,000,000")
    }

    @Test func anImpossibleDayInATimeFrameIsAnError() throws {
        try expectError({ try $0.edit("activities.csv", where: "id", is: "mawp-2014-decent-work-o2-a1", set: ["timeframe": "30 Feb 2014"]) },
                        "error: time frame \"30 Feb 2014\" names 30 February 2014, a day that does not exist (column timeframe)")
    }

    @Test func anImpossibleISODateIsAnError() throws {
        try expectError({ try $0.edit("progress.csv", where: "activity", is: "mawp-2013-coordination-o2-a1", set: ["as_of": "2014-02-30"]) },
                        "Data/progress.csv:2:3: error: as_of \"2014-02-30\" is not a real date: February 2014 has 28 days")
    }

    @Test func twoAgenciesWithOneAcronymAreAnError() throws {
        try expectError({ try $0.edit("agencies.csv", where: "id", is: "iom", set: ["id": "ilo-two", "acronym": "Ilo"], append: true) },
                        "error: acronym \"Ilo\" is also the acronym of agency ilo (line 2): the two would merge in every breakdown")
    }

    @Test func twoAcronymsGivingOneFileNameAreAnError() throws {
        try expectError({ try $0.edit("agencies.csv", where: "id", is: "iom", set: ["id": "ilo-two", "acronym": "ILO."], append: true) },
                        "error: acronym \"ILO.\" and the acronym \"ILO\" of agency ilo (line 2) give the same file name (\"ILO\")")
    }

    @Test func aPartOfCycleIsAnError() throws {
        try expectError({ data in
            try data.edit("agencies.csv", where: "id", is: "ilo", set: ["part_of": "iom"])
            try data.edit("agencies.csv", where: "id", is: "iom", set: ["part_of": "ilo"])
        }, "Data/agencies.csv:2:6: error: part_of cycle: ilo → iom → ilo; an agency cannot contain itself")
    }

    /// Reports show the status recorded first for a day (as `gmg returns read` warns too); the same
    /// row twice would break the database's key, so it is kept once.
    @Test func twoStatusesOfOneActivityOnOneDayAreWarnings() throws {
        let data = try SpoiledData()
        defer { data.remove() }
        let activity = "mawp-2013-coordination-o2-a1"
        try data.edit("progress.csv", where: "activity", is: activity, set: ["status": "in-progress"], append: true)
        try data.edit("progress.csv", where: "activity", is: activity, set: [:], append: true)
        let result = try data.check()
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("""
            Data/progress.csv:4:2: warning: activity \(activity) is in-progress on 2014-02-20, but line 2 records delivered \
            on that day, which reports show; give a later as_of to supersede it
            """))
        #expect(result.stdout.contains("Data/progress.csv:5:2: warning: repeats line 2 (\(activity), delivered, 2014-02-20); kept once"))
        #expect(try GMGRunner.run(["check", "--strict"], in: data.folder).status == 1)
        let shown = try GMGRunner.run(["query", "--sql", "SELECT status FROM progress WHERE activity = '\(activity)' ORDER BY status",
                                       "--format", "csv"], in: data.folder)
        #expect(shown.stdout == "status\ndelivered\nin-progress\n", "\(shown.stdout)\(shown.stderr)")
    }

    @Test func twoConfirmedChairsForOneHalfYearAreAnError() throws {
        try expectError({ try $0.edit("chair_terms.csv", where: "id", is: "2015-unwomen-mawp", set: ["status": "confirmed"]) },
                        "error: confirmed chair term 2015-worldbank-slides shares 2015 semester 1 with confirmed term 2015-unwomen-mawp (line 9)")
    }

    @Test func everyErrorIsReportedInOneRun() throws {
        let data = try SpoiledData()
        defer { data.remove() }
        let progress = "mawp-2013-coordination-o2-a1"
        try data.edit("progress.csv", where: "activity", is: progress, set: ["activity": "mawp-2014-decent-work-o2-a9"], append: true)
        try data.edit("progress.csv", where: "activity", is: progress, set: ["status": "finished", "as_of": "2014-13-01"], append: true)
        try data.edit("activities.csv", where: "id", is: "mawp-2014-decent-work-o2-a1", set: ["leads": "ILO;UNOCD", "cost_text": "lots"])
        let result = try data.check()
        #expect(result.status == 1)
        let found = errors(result)
        #expect(found.count == 5, "\(found)")
        #expect(found.contains { $0.hasPrefix("Data/progress.csv:4:1: error: unknown activity \"mawp-2014-decent-work-o2-a9\"; did you mean \"mawp-2014-decent-work-o2-a1\"?") })
        #expect(found.contains { $0.hasPrefix("Data/progress.csv:5:2: error: unknown status \"finished\"") })
        #expect(found.contains { $0.hasPrefix("Data/progress.csv:5:3: error: as_of \"2014-13-01\" is not a date YYYY-MM-DD") })
        #expect(found.contains { $0.contains("error: unknown agency \"UNOCD\"; did you mean \"UNODC\"? If it is new, add it to agencies.csv") })
        #expect(found.contains { $0.contains("error: no amount with a currency in \"lots\" (column cost_text)") })
    }

    @Test func statusesInAnotherCaseAreReadWithAWarning() throws {
        let data = try SpoiledData()
        defer { data.remove() }
        try data.edit("progress.csv", where: "activity", is: "mawp-2013-coordination-o2-a1",
                      set: ["activity": "mawp-2014-decent-work-o2-a1", "status": "In Progress"], append: true)
        let result = try data.check()
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("Data/progress.csv:4:2: warning: status \"In Progress\" read as \"in-progress\"; write it that way"))
        #expect(try GMGRunner.run(["query", "--sql", "SELECT status FROM progress WHERE activity = 'mawp-2014-decent-work-o2-a1'"],
                                  in: data.folder).stdout.contains("in-progress"))
    }

    @Test func aLeadMayBeAGroupsDisplayName() throws {
        let data = try SpoiledData()
        defer { data.remove() }
        try data.edit("activities.csv", where: "id", is: "mawp-2014-decent-work-o2-a1", set: ["leads": "Working Group on Data and Research"])
        let result = try data.check()
        #expect(result.status == 0, "\(result.stdout)")
        let leads = try GMGRunner.run(["query", "--sql", "SELECT lead_kind FROM activity_leads WHERE activity = 'mawp-2014-decent-work-o2-a1'",
                                       "--format", "csv"], in: data.folder)
        #expect(leads.stdout == "lead_kind\ngroup\n", "\(leads.stdout + leads.stderr)")
    }

    @Test func theHelpSaysHowToRecordProgressByHand() throws {
        let help = try GMGRunner.run(["check", "--help"])
        #expect(help.status == 0)
        for phrase in ["Recording progress by hand", "did", "you mean", "'Delivered'", "read with a warning", "task force's name"] {
            #expect(help.stdout.contains(phrase), "\(help.stdout)")
        }
    }

    @Test func aTimeFrameOutsideItsPlansYearsIsAWarning() throws {
        let data = try SpoiledData()
        defer { data.remove() }
        try data.edit("activities.csv", where: "id", is: "mawp-2014-decent-work-o2-a1", set: ["timeframe": "Spring 2017"])
        let result = try data.check()
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains(": warning: time frame \"Spring 2017\" runs past the years of plan mawp-2013-2015 (2013-2015) (column timeframe)"))
        #expect(try GMGRunner.run(["check", "--strict"], in: data.folder).status == 1)
    }
}
