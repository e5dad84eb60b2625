import Foundation
import GMGQuery
import TestSupport
import Testing

@Suite struct QueryErrorTests {
    let queries: FixtureQueries

    init() throws { queries = try FixtureQueries() }

    private func message(_ body: () throws -> Void) -> String {
        do {
            try body()
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test func parameterMistakesNameTheQueryFile() throws {
        let file = Paths.queries.appendingPathComponent("coming-up.sql").path
        #expect(message { _ = try queries.run("coming-up", ["from": "2014-01-01"]) }
                == "\(file): missing parameter to (date): pass --param to=VALUE")
        #expect(message { _ = try queries.run("coming-up", ["from": "2014-01-01", "to": "June"]) }
                == "\(file): parameter to: \"June\" is not a date (e.g. 2014-06-30)")
        #expect(message { _ = try queries.run("coming-up", ["from": "2014-01-01", "to": "2014-02-01", "agency": "ILO"]) }
                == "\(file): unknown parameter \"agency\" (this query takes: from, to)")
        #expect(message { _ = try queries.run("totals", ["year": "twenty"]) }.hasSuffix("totals.sql: parameter year: \"twenty\" is not an integer (e.g. 2014)"))
        #expect(message { _ = try queries.library.query(named: "nope") }.hasPrefix("nope: no saved query \"nope\" (known: activities, "))
    }

    @Test func headersAreChecked() {
        #expect(message { _ = try SavedQuery(file: "q.sql", name: "q", text: "-- title: T\nSELECT :year") }
                == "q.sql: the SQL uses :year but the header declares no such parameter")
        #expect(message { _ = try SavedQuery(file: "q.sql", name: "q", text: "-- param: year integer\nSELECT 1") }
                == "q.sql: parameter year is declared but the SQL does not use :year")
        #expect(message { _ = try SavedQuery(file: "q.sql", name: "q", text: "-- param: year int\nSELECT :year") }
                .hasPrefix("q.sql:1: bad param line"))
        #expect(message { _ = try SavedQuery(file: "q.sql", name: "q", text: "-- colour: red\nSELECT 1") }
                .hasPrefix("q.sql:1: unknown header key \"colour\""))
        #expect(message { _ = try SavedQuery(file: "q.sql", name: "q", text: "-- title: only a header\n") }
                == "q.sql: no SQL after the header")
        #expect(message { _ = try SavedQuery(file: "q.sql", name: "q", text: "-- param: year integer\n-- param: year text\nSELECT :year") }
                == "q.sql:2: parameter year is declared twice")
        #expect(message { _ = try SavedQuery(file: "q.sql", name: "q", text: "-- column: n money\n-- column: n text\nSELECT 1 AS n") }
                == "q.sql:2: column n is declared twice")
        let quoted = try? SavedQuery(file: "q.sql", name: "q", text: "SELECT ':notaparam' -- :comment\n")
        #expect(quoted?.parameters.isEmpty == true)
    }

    @Test func blockCommentsAreNotSQL() throws {
        // An apostrophe in a block comment opens no string, so the placeholder after it counts...
        let commented = try SavedQuery(file: "q.sql", name: "q",
                                       text: "-- param: year integer\n/* the view's rows */\nSELECT :year /* :notaparam */\n")
        #expect(commented.parameters.map(\.name) == ["year"])
        // ...and one inside a comment left open (SQLite reads it as a comment to the end) does not.
        #expect(message { _ = try SavedQuery(file: "q.sql", name: "q", text: "-- param: year integer\nSELECT 1 /* :year") }
                == "q.sql: parameter year is declared but the SQL does not use :year")
    }

    @Test func adHocSQLIsReadOnly() throws {
        #expect(try queries.database.run(sql: "SELECT count(*) AS n FROM activities").rows == [[i(7)]])
        #expect(message { _ = try queries.database.run(sql: "DELETE FROM activities") }
                .hasPrefix("--sql: not allowed on the read-only connection: DELETE from activities (queries can only read: "))
        #expect(message { _ = try queries.database.run(sql: "SELECT nope FROM activities") }.hasPrefix("--sql: SQL error: no such column: nope"))
        #expect(try queries.database.run(sql: "SELECT count(*) AS n FROM activities").rows == [[i(7)]])
    }

    @Test func everyBundledQueryRunsOnTheBundledData() throws {
        let bundled = try FixtureQueries(data: Paths.data)
        let defaults = ["term": "2014", "from": "2014-01-01", "to": "2014-06-30", "agency": "ILO", "work_stream": "coordination",
                        "as_of": "2014-02-20"]
        for query in bundled.library.queries {
            let parameters = defaults.filter { name, _ in query.parameters.contains { $0.name == name } }
            let table = try bundled.database.run(query, parameters: parameters)
            #expect(!table.rows.isEmpty, "\(query.name) returned no rows")
        }
    }

    @Test func exportWritesASQLiteFileAnyClientCanOpen() throws {
        let path = Scratch.root.appendingPathComponent("gmg-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try queries.database.export(to: path)
        let count = try ChildProcess.run(["python3", "-c", "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from activities').fetchone()[0])", path])
        #expect(count.stdout == "7\n")
    }
}
