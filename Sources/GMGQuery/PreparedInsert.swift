import GRDB
import GRDBSQLite

/// A prepared statement whose arguments are bound straight to SQLite, for the loader's inserts:
/// GRDB's `StatementArguments` box every value and its `execute` does more bookkeeping than the
/// insert itself costs. Every result code is checked and turned into GRDB's `DatabaseError`.
package struct PreparedInsert {
    private let db: Database
    private let statement: Statement

    /// Prepares `sql` on `db`.
    package init(_ db: Database, _ sql: String) throws {
        self.db = db
        statement = try db.makeStatement(sql: sql)
    }

    /// Binds an integer, or NULL for nil, to the parameter at `index` (from 1).
    package func bind(_ index: Int32, _ value: Int64?) throws {
        let handle = statement.sqliteStatement
        try check(value.map { sqlite3_bind_int64(handle, index, $0) } ?? sqlite3_bind_null(handle, index))
    }

    /// Binds a real number to the parameter at `index` (from 1).
    package func bind(_ index: Int32, _ value: Double) throws {
        try check(sqlite3_bind_double(statement.sqliteStatement, index, value))
    }

    /// Binds `text` to the parameter at `index` (from 1).
    package func bind(_ index: Int32, text: String) throws {
        var copy = text
        try copy.withUTF8 { try bind(index, text: $0) }
    }

    /// Binds UTF-8 text (copied by SQLite) to the parameter at `index` (from 1).
    package func bind(_ index: Int32, text: UnsafeBufferPointer<UInt8>) throws {
        try bind(index, text, destructor: unsafeBitCast(-1, to: sqlite3_destructor_type.self)) // SQLITE_TRANSIENT
    }

    /// Binds UTF-8 text to the parameter at `index` (from 1) without copying it: the bytes must
    /// stay valid until the statement has been executed, and the parameter must be bound again
    /// before each later execution.
    package func bind(_ index: Int32, borrowing text: UnsafeBufferPointer<UInt8>) throws {
        try bind(index, text, destructor: nil) // SQLITE_STATIC
    }

    private func bind(_ index: Int32, _ text: UnsafeBufferPointer<UInt8>, destructor: sqlite3_destructor_type?) throws {
        let bytes = UnsafeRawPointer(text.baseAddress ?? UnsafePointer(bitPattern: 1)!).assumingMemoryBound(to: CChar.self)
        try check(sqlite3_bind_text(statement.sqliteStatement, index, bytes, Int32(text.count), destructor))
    }

    /// Unbinds every parameter (NULL), so no parameter refers to borrowed bytes any more.
    package func clearBindings() {
        sqlite3_clear_bindings(statement.sqliteStatement)
    }

    /// Runs the statement with the bound values, then resets it for the next ones.
    package func execute() throws {
        let handle = statement.sqliteStatement
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        try check(code == SQLITE_DONE ? SQLITE_OK : code)
    }

    private func check(_ code: Int32) throws {
        guard code == SQLITE_OK else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                                sql: statement.sql)
        }
    }
}
