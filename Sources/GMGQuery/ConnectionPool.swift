import Synchronization

/// The read-only connections on one loaded in-memory image (see ``ReadOnlyConnection``): one per
/// thread that queries at the same time, so that reports built on several threads, or saved queries
/// run side by side, do not wait for one another. A connection is opened on the same bytes (no copy)
/// the first time every open one is busy, and kept for the next query.
final class ConnectionPool: Sendable {
    private let image: MemoryImage.Image
    /// The loading connection, which owns the image: kept open (and idle) as long as a connection reads it.
    private let owner: any Sendable & AnyObject
    private let idle: Mutex<[ReadOnlyConnection]>

    /// Opens the first connection on `image`, owned by `owner`, which must not write again.
    init(image: MemoryImage.Image, owner: any Sendable & AnyObject) throws {
        self.image = image
        self.owner = owner
        idle = Mutex([try ReadOnlyConnection(image: image, owner: owner)])
    }

    /// Runs `body` with a connection no other thread is using, then keeps the connection for the next caller.
    func withConnection<T>(_ body: (ReadOnlyConnection) throws -> T) throws -> T {
        let connection = try idle.withLock { $0.popLast() } ?? ReadOnlyConnection(image: image, owner: owner)
        defer { idle.withLock { $0.append(connection) } }
        return try body(connection)
    }
}
