import Foundation
import GMGTable
import GRDBSQLite

/// The connection every query runs on: a second connection on the loaded database's in-memory
/// image (the same bytes, not a copy), held to ``QueryLimits`` and guarded by SQLite's own mechanisms:
///
/// - the image is opened with `SQLITE_DESERIALIZE_READONLY` and the connection has
///   `PRAGMA query_only`, so no statement can change it;
/// - `sqlite3_limit(SQLITE_LIMIT_ATTACHED, 0)`: no ATTACH, so no file is created anywhere;
/// - extension loading is off, and the authorizer (``QueryGuard``) denies everything that is not
///   reading, including pragmas other than the schema's description;
/// - statements must be read-only (`sqlite3_stmt_readonly`) and alone in their text;
/// - a progress handler stops a statement at its time limit, and results are capped in size.
///
/// A statement that passed these checks is kept, by its SQL text, and run again (reset, bindings
/// cleared): a saved query runs for every report and instance that shows it.
final class ReadOnlyConnection: @unchecked Sendable {
    // Safety: `handle`, `sentry` and `statements` are used only while `lock` is held; `owner` is never used again.
    private let lock = NSLock()
    private let handle: OpaquePointer
    private let sentry = QueryGuard()
    /// The statements compiled so far, by SQL text (at most ``keptStatements``).
    private var statements: [String: OpaquePointer] = [:]
    /// How many compiled statements are kept: more than a project's saved queries.
    static let keptStatements = 256
    /// The loading connection, which owns the image: kept open (and idle) as long as this one reads it.
    private let owner: AnyObject

    /// A value bound to a `:name` parameter.
    enum Argument {
        case null
        case text(String)
        case integer(Int64)
        case real(Double)
    }

    /// Opens a read-only connection on `image`, a loaded database's in-memory image (see
    /// ``MemoryImage``), which no connection writes any more; `owner` keeps it open.
    init(image: MemoryImage.Image, owner: AnyObject) throws {
        var connection: OpaquePointer?
        // No mutex of its own (SQLITE_OPEN_NOMUTEX): a connection is used by one thread at a time
        // (``ConnectionPool`` hands it out, ``lock`` guards it).
        guard sqlite3_open_v2(":memory:", &connection, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nil) == SQLITE_OK,
              let connection else {
            sqlite3_close(connection)
            throw QueryError("database", "cannot open the query connection")
        }
        handle = connection
        self.owner = owner
        // Not SQLITE_DESERIALIZE_FREEONCLOSE: the image stays the loading connection's.
        guard sqlite3_deserialize(connection, "main", image.pointer, image.size, image.size, UInt32(SQLITE_DESERIALIZE_READONLY)) == SQLITE_OK else {
            sqlite3_close(connection)
            throw QueryError("database", "cannot open the loaded database for queries")
        }
        sqlite3_extended_result_codes(connection, 1)
        sqlite3_enable_load_extension(connection, 0)
        sqlite3_limit(connection, SQLITE_LIMIT_ATTACHED, 0)
        sqlite3_limit(connection, SQLITE_LIMIT_LENGTH, Int32(QueryLimits.maximumValueBytes))
        sqlite3_limit(connection, SQLITE_LIMIT_SQL_LENGTH, Int32(DefinitionFile.maximumBytes))
        // Pages are read in place (memdb maps a read-only image), not copied into the page cache,
        // which at the default 2 MB would copy the same pages in again and again on random access.
        let setUp = "PRAGMA mmap_size = \(image.size); PRAGMA query_only = 1; PRAGMA trusted_schema = 0"
        guard sqlite3_exec(connection, setUp, nil, nil, nil) == SQLITE_OK else {
            sqlite3_close(connection)
            throw QueryError("database", "cannot make the query connection read-only")
        }
        sentry.install(on: connection)
    }

    /// Whether a large sort (GROUP BY, ORDER BY, DISTINCT) may use a second thread, as `PRAGMA
    /// threads = 2` would allow, were pragmas not denied here: worth it while this connection is
    /// the only one querying; with others busy the cores are taken, and the helper threads only
    /// add their merging (the workload's seven queries two at a time: 3.9 s with, 3.3 s without).
    func allowSortHelper(_ allowed: Bool) {
        lock.withLock { _ = sqlite3_limit(handle, SQLITE_LIMIT_WORKER_THREADS, allowed ? 2 : 0) }
    }

    deinit {
        for statement in statements.values { sqlite3_finalize(statement) }
        sqlite3_close_v2(handle)
    }

    /// Compiles `sql` under the guard and keeps it for its runs: the checks of
    /// ``fetch(sql:arguments:source:kinds:limits:)`` without running.
    func compile(sql: String, source: String) throws {
        try lock.withLock {
            _ = try statement(for: sql, source: source)
        }
    }

    /// Runs `sql` with `arguments` bound by name; returns the column names and the rows.
    ///
    /// - Throws: ``QueryError`` naming `source` for SQL that does not compile, is not allowed,
    ///   is more than one statement, runs past the time limit or returns too many values.
    func fetch(sql: String, arguments: [String: Argument], source: String, kinds: [String: ColumnKind], limits: QueryLimits)
        throws -> (columns: [String], rows: [[Cell]]) {
        var columns: [String] = []
        var rows: [[Cell]] = []
        try stream(sql: sql, arguments: arguments, source: source, kinds: kinds, limits: limits) { names in
            columns = names
        } row: { cells in
            guard (rows.count + 1) * max(columns.count, 1) <= limits.values else {
                throw QueryError(source, "the result has more than \(limits.values) values (the limit); narrow the query")
            }
            rows.append(cells)
        }
        return (columns, rows)
    }

    /// Runs `sql` with `arguments` bound by name and hands over the column names, then each row as
    /// SQLite steps to it, so that a result of any size is never held whole; the time limit holds
    /// for SQLite's work: the time `row` takes with each row (writing it into a workbook) does not count.
    ///
    /// - Throws: ``QueryError`` naming `source` for SQL that does not compile, is not allowed,
    ///   is more than one statement or runs past the time limit; what `header` or `row` throws.
    func stream(sql: String, arguments: [String: Argument], source: String, kinds: [String: ColumnKind], limits: QueryLimits,
                header: ([String]) throws -> Void, row: ([Cell]) throws -> Void) throws {
        try lock.withLock {
            let statement = try statement(for: sql, source: source)
            defer {
                sqlite3_reset(statement)
                sqlite3_clear_bindings(statement)
            }
            try bind(arguments, to: statement, source: source)
            let count = Int(sqlite3_column_count(statement))
            let columns = (0..<Int32(count)).map { String(cString: sqlite3_column_name(statement, $0)) }
            let columnKinds = columns.map { kinds[$0] }
            try header(columns)
            sentry.start(seconds: limits.seconds)
            while true {
                let code = sqlite3_step(statement)
                if code == SQLITE_DONE { break }
                guard code == SQLITE_ROW else { throw failure(source, limits: limits) }
                let cells = (0..<count).map { Self.cell(statement, Int32($0), kind: columnKinds[$0]) }
                let handed = ContinuousClock.now
                try row(cells)
                sentry.extend(by: ContinuousClock.now - handed)
            }
        }
    }

    /// Writes the database to a new SQLite file at `path` with SQLite's backup.
    ///
    /// - Returns: nil when written, else the reason (the system's when there is one).
    func backup(to path: String) -> String? {
        lock.withLock {
            var destination: OpaquePointer?
            defer { sqlite3_close(destination) }
            guard sqlite3_open_v2(path, &destination, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil) == SQLITE_OK,
                  let destination else { return Self.reason(destination) }
            guard let backup = sqlite3_backup_init(destination, "main", handle, "main") else { return Self.reason(destination) }
            let step = sqlite3_backup_step(backup, -1)
            let finish = sqlite3_backup_finish(backup)
            return step == SQLITE_DONE && finish == SQLITE_OK ? nil : Self.reason(destination)
        }
    }

    private static func reason(_ connection: OpaquePointer?) -> String {
        guard let connection else { return "out of memory" }
        let system = sqlite3_system_errno(connection)
        return system != 0 ? String(cString: strerror(system)) : String(cString: sqlite3_errmsg(connection))
    }

    /// The kept statement for `sql`, else `sql` compiled under the guard and kept.
    private func statement(for sql: String, source: String) throws -> OpaquePointer {
        sentry.reset()
        if let statement = statements[sql] { return statement }
        let statement = try prepare(sql, source: source)
        if statements.count == Self.keptStatements {
            for kept in statements.values { sqlite3_finalize(kept) }
            statements.removeAll()
        }
        statements[sql] = statement
        return statement
    }

    private func prepare(_ sql: String, source: String) throws -> OpaquePointer {
        var statement: OpaquePointer?
        var tail: UnsafePointer<CChar>?
        let utf8 = Array(sql.utf8CString)
        let code = utf8.withUnsafeBufferPointer { buffer in
            let code = sqlite3_prepare_v3(handle, buffer.baseAddress, Int32(buffer.count), UInt32(SQLITE_PREPARE_PERSISTENT), &statement, &tail)
            if code == SQLITE_OK, let tail, hasMoreStatements(after: tail) { return SQLITE_MISUSE }
            return code
        }
        guard code == SQLITE_OK, let statement else {
            sqlite3_finalize(statement)
            if code == SQLITE_MISUSE { throw QueryError(source, "one statement at a time: the text goes on after the first statement") }
            if let denied = sentry.denied { throw QueryError(source, Self.notAllowed(denied)) }
            if code == SQLITE_OK { throw QueryError(source, "no SQL statement") }
            throw QueryError(source, "SQL error: \(String(cString: sqlite3_errmsg(handle)))")
        }
        guard sqlite3_stmt_readonly(statement) != 0 else {
            sqlite3_finalize(statement)
            throw QueryError(source, Self.notAllowed("a statement that writes"))
        }
        return statement
    }

    /// Whether anything but white space and comments follows the first statement.
    private func hasMoreStatements(after tail: UnsafePointer<CChar>) -> Bool {
        var next: OpaquePointer?
        let code = sqlite3_prepare_v3(handle, tail, -1, 0, &next, nil)
        defer { sqlite3_finalize(next) }
        sentry.reset()
        return code != SQLITE_OK || next != nil
    }

    private static func notAllowed(_ what: String) -> String {
        "not allowed on the read-only connection: \(what) (queries can only read: SELECT or WITH ... SELECT, "
            + "and PRAGMA \(QueryGuard.readablePragmas.sorted().joined(separator: ", ")))"
    }

    private func bind(_ arguments: [String: Argument], to statement: OpaquePointer, source: String) throws {
        for (name, argument) in arguments {
            let index = sqlite3_bind_parameter_index(statement, ":" + name)
            guard index > 0 else { continue }
            let code: Int32
            switch argument {
            case .null: code = sqlite3_bind_null(statement, index)
            case .integer(let value): code = sqlite3_bind_int64(statement, index, value)
            case .real(let value): code = sqlite3_bind_double(statement, index, value)
            case .text(let value): code = sqlite3_bind_text(statement, index, value, -1, SQLITE_TRANSIENT)
            }
            guard code == SQLITE_OK else { throw QueryError(source, "cannot bind :\(name): \(String(cString: sqlite3_errmsg(handle)))") }
        }
    }

    private func failure(_ source: String, limits: QueryLimits) -> QueryError {
        if sentry.timedOut {
            return QueryError(source, "stopped after \(limits.seconds.formatted()) \(limits.seconds == 1 ? "second" : "seconds"), the time limit for a query; narrow the query")
        }
        return QueryError(source, "SQL error: \(String(cString: sqlite3_errmsg(handle)))")
    }

    /// The value of `column` in the current row, as a cell of the declared `kind` where it has one.
    private static func cell(_ statement: OpaquePointer, _ column: Int32, kind: ColumnKind?) -> Cell {
        switch sqlite3_column_type(statement, column) {
        case SQLITE_INTEGER:
            let number = sqlite3_column_int64(statement, column)
            return kind == .text ? .text(String(number)) : .integer(number)
        case SQLITE_FLOAT:
            let number = sqlite3_column_double(statement, column)
            return kind == .text ? .text(String(number)) : .number(number)
        case SQLITE_TEXT:
            guard let bytes = sqlite3_column_text(statement, column) else { return .text("") }
            let count = Int(sqlite3_column_bytes(statement, column))
            let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
            if kind == .date, let date = CalendarDate(iso: text) { return .date(date) }
            return .text(text)
        default:
            return .null  // NULL, and blobs, which no report shows
        }
    }
}

/// SQLite's "copy the bound text" destructor.
private let SQLITE_TRANSIENT = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
