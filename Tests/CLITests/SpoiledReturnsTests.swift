import Foundation
import TestSupport
import Testing

/// A spoiled return and what reading it must say and write.
struct SpoiledReturn: Sendable, CustomTestStringConvertible {
    var file: String
    var status: Int32
    /// Lines (after the file's path) the output must contain.
    var says: [String]
    /// Progress rows it adds (0: Data/ untouched).
    var adds: Int

    var testDescription: String { file }

    static let corpus: [SpoiledReturn] = [
        SpoiledReturn(file: "foreign.xlsx", status: 1, says: [
            ": error: not a GMG progress return (no template identity): a foreign workbook, or one copied out of a return; fill in the file made by `gmg returns make`; file not read"], adds: 0),
        SpoiledReturn(file: "edited-ids.xlsx", status: 1, says: [
            ": Activities!A4: error: the reference was changed from mawp-2014-human-rights-gender-o2-a1 to \"mawp-2014-decent-work-o1-a1\": not read; leave the Ref. column as it was",
            ": Activities!M5: error: unknown activity reference \"mawp-2014-made-up-a9\": the key was edited; not read"], adds: 1),
        SpoiledReturn(file: "deleted-and-extra-rows.xlsx", status: 1, says: [
            ": Activities!A8: error: a row added to the template (it has no key): not read; report a new activity by e-mail",
            ": Activities!A9: error: activity mawp-2014-human-rights-gender-o2-a1 appears again (first on row 4): a copied row; not read",
            ": Activities: warning: activity mawp-2014-human-rights-gender-o2-a2 is missing from the return (row deleted?): it stays as recorded"],
            adds: 1),
        SpoiledReturn(file: "text-in-dates.xlsx", status: 1, says: [
            ": Activities!H4: error: as-of date \"soon\" is not a date: write it as YYYY-MM-DD; not read",
            ": Activities!H5: error: as-of date \"31/12/2014\" is not a date: write it as YYYY-MM-DD; not read"], adds: 1),
        SpoiledReturn(file: "wrong-agency.xlsx", status: 1, says: [
            ": error: none of its rows is among the activities of the 2014 work plan led by IOM: a return for the wrong agency (its rows are activities of ILO, OHCHR, UNICEF); file not read"],
            adds: 0),
        SpoiledReturn(file: "altered-identity.xlsx", status: 1, says: [
            ": error: the template identity was altered: the document properties say iom, term 2014, the hidden sheet ilo, term 2014; file not read"],
            adds: 0),
        SpoiledReturn(file: "zip-bomb.xlsx", status: 1, says: [
            ": error: xl/worksheets/sheet2.xml: refused: expands to more than 32 MiB (a ZIP bomb?); file not read"], adds: 0),
        SpoiledReturn(file: "entity-bomb.xlsx", status: 1, says: [
            ": error: xl/sharedStrings.xml: refused: the XML declares a document type (entity declarations are never part of a workbook); file not read"],
            adds: 0),
        SpoiledReturn(file: "traversal.xlsx", status: 1, says: [": error: refused: unsafe entry name \"../../evil.sh\"; file not read"], adds: 0),
        SpoiledReturn(file: "huge-sheet.xlsx", status: 1, says: [
            ": error: xl/worksheets/sheet2.xml: refused: more than 20,000 rows; file not read"], adds: 0),
        SpoiledReturn(file: "not-a-workbook.xlsx", status: 1, says: [
            ": error: not an XLSX workbook (no ZIP directory: is it a CSV, PDF or HTML file renamed?); file not read"], adds: 0),
        SpoiledReturn(file: "warnings.xlsx", status: 0, says: [
            ": Activities!H4: warning: as-of date 2099-01-01 is in the future",
            ": Activities!G6: warning: delivered as of 2013-06-01, but the time frame (2014-01-01 to 2014-12-31) has not started"], adds: 2),
    ]
}

@Suite(.serialized) struct SpoiledReturnsTests {
    private let fixture: ReturnsFixture

    init() throws { fixture = try ReturnsFixture.shared.get() }

    @Test(arguments: SpoiledReturn.corpus)
    func spoiledReturnGivesItsDiagnostics(_ spoiled: SpoiledReturn) throws {
        let space = try ReturnsWorkspace()
        defer { space.remove() }
        let before = try space.record()
        let path = fixture.spoiled.appendingPathComponent(spoiled.file).path
        let started = Date()
        let result = try space.gmg(["returns", "read", "--date", "2015-01-10", path])
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(result.status == spoiled.status, "\(result.stdout)\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        for expected in spoiled.says {
            #expect(lines.contains(path + expected), "missing \(expected) in\n\(result.stdout)")
        }
        if spoiled.adds == 0 {
            #expect(try space.record() == before)
        } else {
            #expect(try space.added(to: 0, since: before).count == spoiled.adds)
            #expect(try space.added(to: 1, since: before).count == 1)
            #expect(try space.gmg(["check"]).status == 0)
        }
        for base in [space.root, space.root.appendingPathComponent("Data"), fixture.spoiled] {
            for climb in ["evil.sh", "../evil.sh", "../../evil.sh"] {
                #expect(!FileManager.default.fileExists(atPath: base.appendingPathComponent(climb).standardizedFileURL.path))
            }
        }
    }

    @Test func someoneElsesFileRepeatsAndBackwardSteps() throws {
        let space = try ReturnsWorkspace()
        defer { space.remove() }
        let before = try space.record()
        let ilo = fixture.filled.appendingPathComponent("return-2014-ilo.xlsx").path
        let foreign = try space.gmg(["returns", "read", "--from", "iom", ilo])
        #expect(foreign.status == 1)
        #expect(foreign.stdout.contains("\(ilo): error: this is the return of ILO, not of iom: someone else's file (ask iom for its own, return-2014-iom.xlsx); file not read"))
        #expect(try space.record() == before)

        let twice = try space.gmg(["returns", "read", "--from", "ilo", "--date", "2015-01-10", ilo, ilo])
        #expect(twice.status == 0)
        #expect(twice.stdout.hasSuffix("2 file(s), 2 read: 0 error(s), 0 warning(s); 3 progress row(s) and 1 document(s) added, 3 update(s) already recorded\n"))

        let sameDate = try space.gmg(["returns", "read", "--date", "2015-01-10", fixture.spoiled.appendingPathComponent("same-date.xlsx").path])
        #expect(sameDate.stdout.contains(": Activities!H6: warning: an update of the same date already records Delivered, which reports keep showing; give a later as-of date to supersede it\n"))

        let backwards = try space.gmg(["returns", "read", "--date", "2015-01-10", fixture.spoiled.appendingPathComponent("backwards.xlsx").path])
        #expect(backwards.status == 0)
        #expect(backwards.stdout.contains(": Activities!G4: warning: status goes back from Delivered (as of 2014-05-13) to Planned\n"))
        #expect(try space.added(to: 0, since: before).count == 5)
    }

    @Test func usageDefinitionAndOutputErrorsHaveTheirStatuses() throws {
        let space = try ReturnsWorkspace()
        defer { space.remove() }
        #expect(try space.gmg(["returns", "make", "--out", "x"]).status == 2)
        let year = try space.gmg(["returns", "make", "--term", "2019", "--out", "x"])
        #expect(year.status == 2 && year.stderr.contains("gmg: no plan year 2019 in the data (years with activities: 2010, 2013, 2014, 2015)"))
        #expect(try space.gmg(["returns", "read"]).status == 2)
        let request = space.root.appendingPathComponent("Reports/returns/request.toml")
        let original = try Data(contentsOf: request)
        try Data("send_to = \"us\"\ncolour = \"red\"\n".utf8).write(to: request)
        let definition = try space.gmg(["returns", "make", "--term", "2014", "--out", "x"])
        #expect(definition.status == 3)
        #expect(definition.stderr == "gmg: Reports/returns/request.toml: colour: unknown key (allowed: send_to, contact, message, due, due_days)\n")
        try Data("send_to = \"us\"\n".utf8).write(to: request)
        #expect(try space.gmg(["returns", "make", "--term", "2014", "--out", "x"]).stderr.contains("due: no due date"))
        #expect(try space.gmg(["returns", "make", "--term", "2014", "--out", "x", "--due", "2015-02-01"]).status == 0)
        try original.write(to: request)
        let unwritable = try space.gmg(["returns", "make", "--term", "2014", "--out", "/proc/gmg-returns"])
        #expect(unwritable.status == 5 && unwritable.stderr.hasPrefix("gmg: cannot write /proc/gmg-returns: "))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/chattr") && geteuid() == 0))
    func dataThatCannotBeWrittenExitsWith5AndKeepsTheRecord() throws {
        let space = try ReturnsWorkspace()
        defer { space.remove() }
        let before = try space.record()
        let data = space.root.appendingPathComponent("Data").path
        try #require(try ChildProcess.run(["/usr/bin/chattr", "+i", data]).status == 0)
        defer { _ = try? ChildProcess.run(["/usr/bin/chattr", "-i", data]) }
        let result = try space.gmg(["returns", "read", fixture.filled.appendingPathComponent("return-2014-ilo.xlsx").path])
        #expect(result.status == 5)
        #expect(result.stderr.hasPrefix("gmg: cannot write \(data)/.documents.csv.tmp-"))
        #expect(try space.record() == before)
    }
}
