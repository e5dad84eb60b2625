import Foundation
import GMGData
import GRDB

/// The embedded SQLite database every query runs on: the validated data set (or an interchange
/// CSV) loaded into the normalised schema, in memory.
///
/// Loading happens on a private writable connection into one in-memory image; every query, saved
/// or ad hoc, then runs on a read-only connection that reads that same image (no copy) and is
/// guarded by SQLite's own mechanisms (see ``ReadOnlyConnection``): no statement can write, ATTACH
/// a file, change a pragma other than reading the schema's description, or load an extension, and
/// each is held to ``limits``. Queries may run on several threads at once: each gets a connection
/// of its own on the same image (``ConnectionPool``).
public final class GMGDatabase: Sendable {
    let connections: ConnectionPool
    /// The time and size limits of every query run.
    public let limits: QueryLimits

    /// Loads a validated data set into a new in-memory database.
    public init(dataset: Dataset, limits: QueryLimits = .standard) throws {
        self.limits = limits
        connections = try Self.load { db in try DatasetImporter(dataset: dataset).importAll(db) }
    }

    /// Loads an activities interchange CSV (see `docs/interchange.md`) into a new in-memory database.
    ///
    /// - Parameters:
    ///   - statements: the SQL of every statement the caller will run on the database, when it
    ///     knows them all; when none of them reads `activities` (directly or through a view, see
    ///     ``readsActivities(_:)``), every row is still read and checked as always, but the
    ///     activity rows themselves are not stored: outputs, lists and `activity_groups` are. Nil
    ///     (any statement may follow, as for an export): every row is stored.
    ///   - progress: told how many bytes of the file of how many have been read; what it
    ///     throws stops the load (and is rethrown).
    /// - Throws: ``InterchangeError`` naming the line and column of the first bad row.
    public init(interchange url: URL, limits: QueryLimits = .standard, answering statements: [String]? = nil,
                progress: (_ read: Int, _ size: Int) throws -> Void = { _, _ in }) throws {
        self.limits = limits
        let storingActivities = try statements.map(Self.readsActivities) ?? true
        // The importer creates every plan, work stream, output, list and funding source a row
        // refers to before the row, so its references hold by construction (InterchangeTests
        // checks them on a loaded file): checking them would cost 2 s at a million activities.
        connections = try Self.load(checkingReferences: false) { db in
            try InterchangeImporter(url: url, storingActivities: storingActivities).importAll(db, progress: progress)
        }
    }

    /// Whether any of `statements` reads the `activities` table, directly or through a view
    /// (`activity_leads`, `timeline_items`...): each is prepared on an empty database with the
    /// schema and its region read (GRDB's `Statement.databaseRegion`; a statement whose region is
    /// the whole database counts as reading it). A statement that does not compile there counts as
    /// reading too, so that its run, on the loaded database, reports the error as always.
    public static func readsActivities(_ statements: [String]) throws -> Bool {
        let empty = try DatabaseQueue()
        return try empty.inDatabase { db in
            try Schema.create(db)
            return statements.contains { sql in
                guard let statement = try? db.makeStatement(sql: sql) else { return true }
                return statement.databaseRegion.isModified(byEventsOfKind: .insert(tableName: "activities"))
            }
        }
    }

    /// Creates the schema in a resizeable in-memory image, imports with `importer` in one
    /// transaction, checks the references (unless they hold by construction), and returns the
    /// read-only connections on that image. The loading connection owns the image: the read-only
    /// connections keep it open, idle.
    private static func load(checkingReferences: Bool = true, _ importer: (Database) throws -> Void) throws -> ConnectionPool {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false
        configuration.label = "gmg"
        let loader = try DatabaseQueue(configuration: configuration)
        return try loader.inDatabase { db in
            guard let handle = db.sqliteConnection else { throw QueryError("database", "the loading connection is closed") }
            try MemoryImage.create(on: handle)
            db.clearSchemaCache()
            try db.inTransaction {
                try Schema.create(db)
                try importer(db)
                // The index builds sort every activity: SQLite's sorter may use a second thread.
                try db.execute(sql: "PRAGMA threads = 2")
                try db.execute(sql: Schema.indexes)
                if checkingReferences { try checkForeignKeys(db) }
                return .commit
            }
            return try ConnectionPool(image: MemoryImage.bytes(of: handle), owner: loader)
        }
    }

    /// Bulk loads run with foreign keys off; this checks them all once at the end.
    private static func checkForeignKeys(_ db: Database) throws {
        let violations = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
        if let first = violations.first {
            throw QueryError("database", "\(violations.count) broken reference(s), first in table \(first["table"] ?? "?")")
        }
    }

    /// Writes the database to a SQLite file (replacing it), for any SQLite client.
    ///
    /// - Throws: ``DatabaseExportError`` naming the path and the system's reason.
    public func export(to path: String) throws {
        let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        unlink(temporary)
        if let reason = try connections.withConnection({ $0.backup(to: temporary) }) {
            unlink(temporary)
            throw DatabaseExportError(path: path, reason: reason)
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw DatabaseExportError(path: path, reason: reason)
        }
    }
}

/// The database could not be written to a file.
public struct DatabaseExportError: Error, Sendable, CustomStringConvertible {
    /// The file that was to be written.
    public var path: String
    /// Why, in the system's words (e.g. "No space left on device").
    public var reason: String

    public var description: String { "cannot write the database to \(path): \(reason)" }
}
