import Foundation
import GMGData
import GMGQuery
import TestSupport
import Testing

@Suite struct InterchangeTests {
    private let header = "activity_id,plan,year,work_stream,output_code,output_title,activity_code,activity,timeframe,"
        + "lead_agencies,funding_sources,estimated_cost_usd,status\n"

    private func load(_ rows: String) throws -> GMGDatabase {
        let url = Scratch.root.appendingPathComponent("gmg-ix-\(UUID().uuidString).csv")
        try Data((header + rows).utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try GMGDatabase(interchange: url)
    }

    private func failure(_ rows: String) -> String {
        do {
            _ = try load(rows)
            return "no error"
        } catch let error as InterchangeError {
            return "\(error.line):\(error.column): \(error.message)"
        } catch {
            return "\(error)"
        }
    }

    /// Counts written into report phrases by the saved queries group thousands as the report's own
    /// numbers do ("1,200 activities", never "1200 activities").
    @Test func phrasesGroupThousands() throws {
        let rows = (1...1_200).map { "A\($0),MAWP,2014,Data,\($0 % 300),Output \($0 % 300),1.\($0),Act \($0),2014,ILO,,,delivered\n" }
        let database = try load(rows.joined())
        let library = try QueryLibrary(directory: Paths.queries)
        let figures = try database.run(library.query(named: "agency-figures"), parameters: ["agency": "ILO"])
        let text = { (name: String) in figures.rows.first.flatMap { row in figures.columns.firstIndex { $0.name == name }.map { row[$0] } } }
        #expect(text("activities_text") == .text("1,200 activities"))
        #expect(text("outputs_text") == .text("300 outputs"))
        let summary = try database.run(library.query(named: "term-summary"), parameters: ["term": "2014"])
        let phrase = { (name: String) in summary.rows.first.flatMap { row in summary.columns.firstIndex { $0.name == name }.map { row[$0] } } }
        #expect(phrase("activities_text") == .text("1,200 activities"))
        #expect(phrase("delivered_share") == .text("1,200 of 1,200"))
    }

    /// A status written in another system's words counts as the progress status it means, so the
    /// reports' delivery judgements see it; a word outside the vocabulary stays as written.
    @Test func statusesInOtherWordsReadAsTheProgressVocabulary() throws {
        let written = ["completed", "In progress", "ongoing", "in_progress", " Delivered ", "not started", "Deferred",
                       "canceled", "awaiting funds", ""]
        let rows = written.enumerated().map { "A\($0.offset),MAWP,2014,Data,1,Guide,1.\($0.offset),Act,2014,ILO,,,\($0.element)\n" }
        let database = try load(rows.joined())
        let stored = try database.run(sql: "SELECT status FROM activities ORDER BY seq").rows
        #expect(stored == ["delivered", "in-progress", "in-progress", "in-progress", "delivered", "planned", "postponed",
                           "cancelled", "awaiting funds", ""].map { [t($0)] })
        let summary = try QueryLibrary(directory: Paths.queries).query(named: "term-summary")
        let result = try database.run(summary, parameters: ["term": "2014"])
        let share = result.columns.firstIndex { $0.name == "delivered_share" }.flatMap { result.rows.first?[$0] }
        #expect(share == .text("2 of 10"))
    }

    @Test func loadsRowsWithQuotedTextAndSplitsNames() throws {
        let database = try load(#"""
            A1,MAWP,2014,Data,1,"Guide, with ""quotes""",1.1,"=SUM(A1) two
            lines",Spring 2014,ILO; IOM,KNOMAD;ILO,100.5,planned
            A2,MAWP,2014,Data,1,Guide,1.2,Launch,2014,UNDP,,,completed

            """#)
        let leads = try database.run(sql: "SELECT activity, lead_name FROM activity_leads ORDER BY activity, position")
        #expect(leads.rows == [[t("A1"), t("ILO")], [t("A1"), t("IOM")], [t("A2"), t("UNDP")]])
        let activity = try database.run(sql: "SELECT description, start_date, end_date, cost_usd FROM activities WHERE id = 'A1'")
        #expect(activity.rows == [[t("=SUM(A1) two\nlines"), t("2014-03-01"), t("2014-05-31"), m(100.5)]])
        #expect(try database.run(sql: "SELECT count(*) FROM outputs").rows == [[i(1)]])
    }

    @Test func badRowsNameTheirLineAndColumn() {
        #expect(failure("A1,P,20x4,W,1,T,1,D,2014,ILO,KNOMAD,,planned\n") == "2:3: year \"20x4\" is not a whole number from 1900 to 2100")
        #expect(failure("A1,P,2014,W,1,T,1,D,2014,ILO,KNOMAD,ten,planned\n")
                == "2:12: estimated_cost_usd \"ten\" is not a non-negative number (such as 1200 or 1200.50)")
        #expect(failure("A1,P,2014,W,1,T,1,D,2014,ILO,KNOMAD,,planned\nA1,P,2014,W,1,T,1,D,2014,ILO,KNOMAD,,planned\n")
                == "3:1: duplicate activity_id \"A1\" (first on line 2)")
        #expect(failure("A1,P,2014,W\n") == "2:5: wrong column count: 4 fields, header has 13")
    }

    /// The importer does not run SQLite's reference check (every referenced row is created by
    /// construction): SQLite's own check on the exported file finds nothing broken.
    @Test func everyReferenceOfALoadedFileHolds() throws {
        let database = try load("""
            A1,MAWP,2014,Data,1,Guide,1.1,Draft,Spring 2014,ILO;IOM,KNOMAD,100,planned
            A2,MAWP,2015,Data,1,Guide,1.1,Draft,Spring,,,,planned
            A3,Plan 2010,2010,Data,2,Other,2.1,Meet,ongoing,IOM;ILO,KNOMAD;UNDP budget,,completed
            A4,MAWP,2014,Policy,1,Brief,1.1,Write,2014,ILO;IOM,KNOMAD,5,planned

            """)
        let path = Scratch.root.appendingPathComponent("gmg-ix-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try database.export(to: path)
        let checks = try ChildProcess.run(["python3", "-c", """
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            print(db.execute('PRAGMA foreign_key_check').fetchall(), db.execute('PRAGMA integrity_check').fetchall(),
                  [db.execute('SELECT count(*) FROM ' + t).fetchone()[0] for t in ('plans', 'work_streams', 'outputs',
                   'lead_lists', 'funding_lists', 'funding_sources', 'activities')])
            """, path])
        #expect(checks.stdout == "[] [('ok',)] [2, 2, 4, 3, 3, 2, 4]\n")
    }

    @Test func aNameListedTwiceCountsOnce() throws {
        let database = try load("A1,MAWP,2014,Data,1,Guide,1.1,Draft,2014,ILO; ILO;IOM;,KNOMAD;KNOMAD,100,planned\n")
        let leads = try database.run(sql: "SELECT lead_name FROM activity_leads ORDER BY position")
        #expect(leads.rows == [[t("ILO")], [t("IOM")]])
        let funding = try database.run(sql: "SELECT funding_source, share FROM activity_funding")
        #expect(funding.rows == [[t("KNOMAD"), .number(1)]])
    }
}

@Suite struct InterchangeTimeFrameTests {
    @Test func aTimeFrameWithoutAYearTakesEachRowsYear() throws {
        let url = Scratch.root.appendingPathComponent("gmg-ix-\(UUID().uuidString).csv")
        try Data(("activity_id,plan,year,work_stream,output_code,output_title,activity_code,activity,timeframe,"
            + "lead_agencies,funding_sources,estimated_cost_usd,status\n"
            + "A1,MAWP,2014,Data,1,Guide,1.1,Draft,Spring,ILO,,,planned\n"
            + "A2,MAWP,2015,Data,1,Guide,1.1,Draft,Spring,ILO,,,planned\n").utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let database = try GMGDatabase(interchange: url)
        let starts = try database.run(sql: "SELECT id, start_date, source FROM activities ORDER BY seq").rows
        #expect(starts == [[t("A1"), t("2014-03-01"), t(url.lastPathComponent + ": line 2")],
                           [t("A2"), t("2015-03-01"), t(url.lastPathComponent + ": line 3")]])
    }
}
