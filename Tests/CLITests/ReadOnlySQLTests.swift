import Foundation
import TestSupport
import Testing

/// `gmg query --sql` and saved queries run on a read-only connection guarded by SQLite itself:
/// each statement below is refused with status 3 and leaves no file behind.
@Suite struct ReadOnlySQLTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let sql: String
        /// What the message says was not allowed.
        let denied: String
        var testDescription: String { sql }
    }

    static let refused: [Case] = [
        Case(sql: "ATTACH 'evil.db' AS evil", denied: "ATTACH"),
        Case(sql: "ATTACH '/tmp/gmg-evil-attach.db' AS evil", denied: "ATTACH"),
        Case(sql: "DETACH main", denied: "DETACH"),
        Case(sql: "PRAGMA writable_schema = 1", denied: "PRAGMA writable_schema = 1"),
        Case(sql: "PRAGMA journal_mode = OFF", denied: "PRAGMA journal_mode = OFF"),
        Case(sql: "PRAGMA query_only = 0", denied: "PRAGMA query_only = 0"),
        Case(sql: "PRAGMA trusted_schema = 1", denied: "PRAGMA trusted_schema = 1"),
        Case(sql: "PRAGMA user_version", denied: "PRAGMA user_version"),
        Case(sql: "SELECT load_extension('/tmp/evil.so')", denied: "the function load_extension()"),
        Case(sql: "SELECT fts3_tokenizer('simple')", denied: "the function fts3_tokenizer()"),
        Case(sql: "INSERT INTO agencies(id) VALUES ('x')", denied: "INSERT into agencies"),
        Case(sql: "UPDATE activities SET id = 'x'", denied: "UPDATE of activities"),
        Case(sql: "DELETE FROM activities", denied: "DELETE from activities"),
        Case(sql: "WITH gone AS (SELECT id FROM activities) DELETE FROM activities WHERE id IN gone", denied: "DELETE from activities"),
        Case(sql: "CREATE TABLE t(x)", denied: "CREATE (a change of the schema)"),
        Case(sql: "CREATE TEMP TABLE t(x)", denied: "CREATE (a change of the schema)"),
        Case(sql: "DROP TABLE activities", denied: "DROP (a change of the schema)"),
        Case(sql: "VACUUM INTO 'copy.db'", denied: "a statement that writes"),
        Case(sql: "BEGIN", denied: "BEGIN (transactions)"),
        Case(sql: "SAVEPOINT a", denied: "SAVEPOINT"),
        Case(sql: "REINDEX", denied: "REINDEX"),
    ]

    @Test(arguments: refused)
    func isRefused(_ probe: Case) throws {
        let folder = try GMGRunner.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted()
        let result = try GMGRunner.run(["query", "--sql", probe.sql], in: folder)
        #expect(result.status == 3)
        #expect(result.stderr.hasPrefix("gmg: --sql: not allowed on the read-only connection: \(probe.denied) (queries can only read: "),
                "\(result.stderr)")
        #expect(try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted() == before)
        #expect(!FileManager.default.fileExists(atPath: "/tmp/gmg-evil-attach.db"))
    }

    @Test func aSavedQueryIsHeldToTheSameRules() throws {
        let folder = try GMGRunner.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("-- title: Evil\nATTACH 'evil.db' AS evil\n".utf8).write(to: folder.appendingPathComponent("Queries/evil.sql"))
        let query = try GMGRunner.run(["query", "evil"], in: folder)
        #expect(query.status == 3)
        #expect(query.stderr.hasPrefix("gmg: Queries/evil.sql: not allowed on the read-only connection: ATTACH"))
        let build = try GMGRunner.run(["build"], in: folder)
        #expect(build.status == 3)
        #expect(build.stderr.contains("gmg: Queries/evil.sql: not allowed on the read-only connection: ATTACH"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("evil.db").path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/latest").path))
    }

    @Test func readingStillWorks() throws {
        let schema = try GMGRunner.run(["query", "--sql", "PRAGMA table_info(agencies)", "--format", "csv"])
        #expect(schema.status == 0)
        #expect(schema.stdout.hasPrefix("cid,name,type,notnull,dflt_value,pk\n0,id,TEXT,"))
        let count = try GMGRunner.run(["query", "--sql", "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n LIMIT 5) SELECT sum(x) AS s FROM n",
                                       "--format", "csv"])
        #expect(count.stdout == "s\n15\n")
        let two = try GMGRunner.run(["query", "--sql", "SELECT 1; SELECT 2"])
        #expect(two.status == 3)
        #expect(two.stderr == "gmg: --sql: one statement at a time: the text goes on after the first statement\n")
    }

    @Test func aQueryThatNeverEndsStopsAtTheTimeLimit() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try GMGRunner.run(["query", "--time-limit", "1", "--sql",
                                        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c"])
        #expect(result.status == 3)
        #expect(result.stderr == "gmg: --sql: stopped after 1 second, the time limit for a query; narrow the query\n")
        #expect(clock.now - start < .seconds(30))
        #expect(try GMGRunner.run(["query", "--time-limit", "0", "--sql", "SELECT 1"]).status == 2)
    }
}

/// `gmg query --sql ... --format csv` streams the rows from SQLite into the file.
@Suite struct StreamedSQLTests {
    private let hundredThousand = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n LIMIT 100000) "
        + "SELECT x AS n, x / 4.0 AS usd, 'row ' || x AS label FROM n"

    @Test func aLargeResultStreamsToStandardOutputAndToAFile() throws {
        let shown = try GMGRunner.run(["query", "--sql", hundredThousand, "--format", "csv"])
        #expect(shown.status == 0)
        let lines = shown.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 100_002)
        #expect(lines.prefix(3) == ["n,usd,label", "1,0.25,row 1", "2,0.50,row 2"])
        #expect(lines[100_000] == "100000,25000.00,row 100000")
        let folder = Scratch.root.appendingPathComponent("gmg-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("rows.csv")
        #expect(try GMGRunner.run(["query", "--sql", hundredThousand, "-o", file.path]).status == 0)
        #expect(try String(contentsOf: file, encoding: .utf8) == shown.stdout)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["rows.csv"])
    }

    @Test func aStreamStoppedAtTheTimeLimitLeavesNoFile() throws {
        let folder = Scratch.root.appendingPathComponent("gmg-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try GMGRunner.run(["query", "--time-limit", "1", "--sql",
                                        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c",
                                        "-o", folder.appendingPathComponent("never.csv").path])
        #expect(result.status == 3)
        #expect(result.stderr == "gmg: --sql: stopped after 1 second, the time limit for a query; narrow the query\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        let empty = try GMGRunner.run(["query", "--sql", "SELECT 1 AS one WHERE 0", "--format", "csv"])
        #expect(empty.stdout == "one\n")
    }
}
