import Foundation
import GMGData
import GRDB

/// The embedded SQLite database every query runs on: the validated data set (or an interchange
/// CSV) loaded into the normalised schema, in memory.
public final class GMGDatabase: Sendable {
    let queue: DatabaseQueue

    /// Loads a validated data set into a new in-memory database.
    public init(dataset: Dataset) throws {
        queue = try DatabaseQueue(configuration: Self.configuration)
        try queue.write { db in
            try Schema.create(db)
            try DatasetImporter(dataset: dataset).importAll(db)
            try db.execute(sql: Schema.indexes)
        }
        try checkForeignKeys()
    }

    /// Loads an activities interchange CSV (see `docs/interchange.md`) into a new in-memory database.
    ///
    /// - Throws: ``InterchangeError`` naming the line and column of the first bad row.
    public init(interchange url: URL) throws {
        queue = try DatabaseQueue(configuration: Self.configuration)
        try queue.write { db in
            try Schema.create(db)
            try InterchangeImporter(url: url).importAll(db)
            try db.execute(sql: Schema.indexes)
        }
        try checkForeignKeys()
    }

    private static var configuration: Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false
        configuration.label = "gmg"
        return configuration
    }

    /// Bulk loads run with foreign keys off; this checks them all once at the end.
    private func checkForeignKeys() throws {
        let violations = try queue.read { db in
            try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
        }
        if let first = violations.first {
            throw QueryError("database", "\(violations.count) broken reference(s), first in table \(first["table"] ?? "?")")
        }
    }

    /// Writes the database to a SQLite file (replacing it), for any SQLite client.
    public func export(to path: String) throws {
        let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.removeItem(atPath: temporary)
        do {
            let destination = try DatabaseQueue(path: temporary)
            try queue.backup(to: destination)
            try destination.close()
            guard rename(temporary, path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw QueryError(path, "cannot write the database: \(error)")
        }
    }
}
