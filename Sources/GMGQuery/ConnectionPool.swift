import Synchronization

/// The read-only connections on one loaded in-memory image (see ``ReadOnlyConnection``): one per
/// thread that queries at the same time, so that reports built on several threads, or saved queries
/// run side by side, do not wait for one another. A connection is opened on the same bytes (no copy)
/// the first time every open one is busy, and kept for the next query. A connection that starts
/// querying while no other is busy may sort on a second thread, unless its caller says otherwise
/// (``ReadOnlyConnection/allowSortHelper(_:)``); one that starts beside another may not.
final class ConnectionPool: Sendable {
    private struct State {
        var idle: [ReadOnlyConnection]
        var busy = 0
    }

    private let image: MemoryImage.Image
    /// The loading connection, which owns the image: kept open (and idle) as long as a connection reads it.
    private let owner: any Sendable & AnyObject
    private let state: Mutex<State>

    /// Opens the first connection on `image`, owned by `owner`, which must not write again.
    init(image: MemoryImage.Image, owner: any Sendable & AnyObject) throws {
        self.image = image
        self.owner = owner
        state = Mutex(State(idle: [try ReadOnlyConnection(image: image, owner: owner)]))
    }

    /// Runs `body` with a connection no other thread is using, then keeps the connection for the
    /// next caller; `sortHelper` false: no sort helper thread even when no other connection is busy.
    func withConnection<T>(sortHelper: Bool = true, _ body: (ReadOnlyConnection) throws -> T) throws -> T {
        let (kept, alone) = state.withLock { state in
            state.busy += 1
            return (state.idle.popLast(), state.busy == 1)
        }
        defer { state.withLock { $0.busy -= 1 } }
        let connection = try kept ?? ReadOnlyConnection(image: image, owner: owner)
        defer { state.withLock { $0.idle.append(connection) } }
        connection.allowSortHelper(sortHelper && alone)
        return try body(connection)
    }
}
