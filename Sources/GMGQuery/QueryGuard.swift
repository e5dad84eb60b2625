import Foundation
import GRDBSQLite

/// What a query may do on the read-only connection, enforced by SQLite itself: the authorizer
/// SQLite consults for every action while compiling a statement, and the progress handler it
/// calls while running one.
///
/// Allowed: reading tables (`SELECT`, `WITH`, recursive CTEs), functions other than
/// `load_extension` and `fts3_tokenizer`, and the pragmas that describe the schema
/// (``readablePragmas``). Denied: every write (INSERT, UPDATE, DELETE, CREATE, DROP, ALTER),
/// ATTACH and DETACH, transactions and savepoints, ANALYZE, REINDEX, every other pragma.
final class QueryGuard: @unchecked Sendable {
    // Safety: used only by the connection that owns it, under that connection's lock.

    /// Pragmas that only describe the schema.
    static let readablePragmas: Set<String> = [
        "table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo", "foreign_key_list",
    ]
    /// Functions that reach outside the database.
    static let deniedFunctions: Set<String> = ["load_extension", "fts3_tokenizer"]

    /// The first action the authorizer denied in the statement being compiled.
    private(set) var denied: String?
    /// When the running statement must stop.
    private var deadline: ContinuousClock.Instant?
    /// Whether the running statement was stopped at its deadline.
    private(set) var timedOut = false

    /// Clears what the previous statement left, before compiling the next.
    func reset() {
        denied = nil
        deadline = nil
        timedOut = false
    }

    /// Starts the clock of a statement that may run for `seconds`.
    func start(seconds: Double) {
        deadline = .now + .milliseconds(Int64(seconds * 1000))
    }

    /// Moves the running statement's deadline `duration` later: the time its rows' consumer took,
    /// which is not the statement's.
    func extend(by duration: Duration) {
        deadline = deadline.map { $0 + duration }
    }

    /// Installs the authorizer and the progress handler on `connection`.
    func install(on connection: OpaquePointer) {
        let context = Unmanaged.passUnretained(self).toOpaque()
        sqlite3_set_authorizer(connection, { context, action, first, second, _, _ in
            guard let context else { return SQLITE_DENY }
            let sentry = Unmanaged<QueryGuard>.fromOpaque(context).takeUnretainedValue()
            return sentry.authorize(action, first.map { String(cString: $0) }, second.map { String(cString: $0) })
        }, context)
        sqlite3_progress_handler(connection, 1_000, { context in
            guard let context else { return 1 }
            return Unmanaged<QueryGuard>.fromOpaque(context).takeUnretainedValue().shouldStop() ? 1 : 0
        }, context)
    }

    private func shouldStop() -> Bool {
        guard let deadline, ContinuousClock.now > deadline else { return false }
        timedOut = true
        return true
    }

    private func authorize(_ action: Int32, _ first: String?, _ second: String?) -> Int32 {
        switch action {
        case SQLITE_SELECT, SQLITE_READ, SQLITE_RECURSIVE:
            return SQLITE_OK
        case SQLITE_FUNCTION:
            guard let name = second?.lowercased(), Self.deniedFunctions.contains(name) else { return SQLITE_OK }
            return deny("the function \(name)()")
        case SQLITE_PRAGMA:
            if let name = first?.lowercased(), Self.readablePragmas.contains(name) { return SQLITE_OK }
            return deny("PRAGMA \(first ?? "")" + (second.map { " = \($0)" } ?? ""))
        default:
            return deny(Self.describe(action, first))
        }
    }

    private func deny(_ what: String) -> Int32 {
        if denied == nil { denied = what }
        return SQLITE_DENY
    }

    private static func describe(_ action: Int32, _ first: String?) -> String {
        let table = first.map { " \($0)" } ?? ""
        if first == "sqlite_master" || first == "sqlite_temp_master" {
            switch action {
            case SQLITE_INSERT: return "CREATE (a change of the schema)"
            case SQLITE_DELETE: return "DROP (a change of the schema)"
            case SQLITE_UPDATE: return "a change of the schema"
            default: break
            }
        }
        switch action {
        case SQLITE_INSERT: return "INSERT into" + table
        case SQLITE_UPDATE: return "UPDATE of" + table
        case SQLITE_DELETE: return "DELETE from" + table
        case SQLITE_ATTACH: return "ATTACH"
        case SQLITE_DETACH: return "DETACH"
        case SQLITE_TRANSACTION: return "\(first ?? "BEGIN") (transactions)"
        case SQLITE_SAVEPOINT: return "SAVEPOINT"
        case SQLITE_ANALYZE: return "ANALYZE"
        case SQLITE_REINDEX: return "REINDEX"
        case SQLITE_ALTER_TABLE: return "ALTER TABLE"
        case SQLITE_CREATE_INDEX, SQLITE_CREATE_TABLE, SQLITE_CREATE_TEMP_INDEX, SQLITE_CREATE_TEMP_TABLE,
             SQLITE_CREATE_TEMP_TRIGGER, SQLITE_CREATE_TEMP_VIEW, SQLITE_CREATE_TRIGGER, SQLITE_CREATE_VIEW, SQLITE_CREATE_VTABLE:
            return "CREATE" + table
        case SQLITE_DROP_INDEX, SQLITE_DROP_TABLE, SQLITE_DROP_TEMP_INDEX, SQLITE_DROP_TEMP_TABLE, SQLITE_DROP_TEMP_TRIGGER,
             SQLITE_DROP_TEMP_VIEW, SQLITE_DROP_TRIGGER, SQLITE_DROP_VIEW, SQLITE_DROP_VTABLE:
            return "DROP" + table
        default: return "action \(action)"
        }
    }
}
