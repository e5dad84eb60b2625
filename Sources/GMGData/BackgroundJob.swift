import Foundation

/// The outcome of a block run on its own thread, collected by ``join()``.
///
/// `@unchecked Sendable`: `result` is written once by the thread before it signals `done`, and
/// read only after waiting on `done`.
public final class BackgroundJob<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<Value, any Error>?

    /// Starts `body` on a new thread.
    public init(name: String, _ body: @escaping @Sendable () throws -> Value) {
        let thread = Thread { [self] in
            result = Result { try body() }
            done.signal()
        }
        thread.name = name
        thread.stackSize = 8 << 20  // as a process's main thread has: report rendering and SQLite may recurse deeply
        thread.start()
    }

    /// Waits for the thread to finish and returns its value or rethrows its error.
    public func join() throws -> Value {
        done.wait()
        return try result!.get()
    }
}
