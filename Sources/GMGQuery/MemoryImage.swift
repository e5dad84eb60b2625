import Foundation
import GRDBSQLite

/// The in-memory database image the loading connection writes and the read-only connection reads:
/// SQLite's `memdb` (the storage behind `sqlite3_deserialize`), so that a second connection can be
/// opened on the very same bytes (`sqlite3_serialize` with `SQLITE_SERIALIZE_NOCOPY`) instead of a copy.
enum MemoryImage {
    /// Replaces the (empty) main database of `connection` with a resizeable in-memory image, which
    /// may grow to the machine's physical memory (SQLite's default cap is 1 GiB).
    static func create(on connection: OpaquePointer) throws {
        let flags = UInt32(SQLITE_DESERIALIZE_RESIZEABLE | SQLITE_DESERIALIZE_FREEONCLOSE)
        guard sqlite3_deserialize(connection, "main", nil, 0, 0, flags) == SQLITE_OK else {
            throw QueryError("database", "cannot create the in-memory database: \(String(cString: sqlite3_errmsg(connection)))")
        }
        var limit = sqlite3_int64(clamping: ProcessInfo.processInfo.physicalMemory)
        guard sqlite3_file_control(connection, "main", SQLITE_FCNTL_SIZE_LIMIT, &limit) == SQLITE_OK else {
            throw QueryError("database", "cannot size the in-memory database")
        }
        // The whole load is one transaction on a database nobody else sees: a failed load is thrown away.
        guard sqlite3_exec(connection, "PRAGMA journal_mode = OFF", nil, nil, nil) == SQLITE_OK else {
            throw QueryError("database", "cannot set up the in-memory database: \(String(cString: sqlite3_errmsg(connection)))")
        }
    }

    /// The bytes of a loaded database, which no connection writes any more.
    struct Image: @unchecked Sendable {
        // Safety: after the load, the bytes are only read (by read-only connections), from any thread.
        let pointer: UnsafeMutablePointer<UInt8>
        let size: sqlite3_int64
    }

    /// The image of the main database of `connection` and its size, without copying it.
    static func bytes(of connection: OpaquePointer) throws -> Image {
        var size: sqlite3_int64 = 0
        guard let image = sqlite3_serialize(connection, "main", &size, UInt32(SQLITE_SERIALIZE_NOCOPY)) else {
            throw QueryError("database", "the loaded database is not an in-memory image")
        }
        return Image(pointer: image, size: size)
    }
}
