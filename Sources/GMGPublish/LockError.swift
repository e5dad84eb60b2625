import Foundation

/// A failure to take or hold the build lock.
public enum LockError: Error, Equatable, CustomStringConvertible, LocalizedError {
    /// Another build held the lock for the whole wait; `holder` is nil when its file names nobody.
    case busy(path: String, holder: LockHolder?, waited: Duration)
    /// The lock file could not be created, opened or written (an unwritable or missing output folder).
    case unusable(path: String, operation: String, reason: String)

    /// A full sentence naming the lock file and, when busy, the holder and since when.
    public var description: String {
        switch self {
        case .busy(let path, let holder, let waited):
            let tenths = waited.components.seconds * 10 + waited.components.attoseconds / 100_000_000_000_000_000
            let wait = "after waiting \(tenths / 10).\(tenths % 10) s"
            guard let holder else {
                return "Another build holds the lock \(path) (holder unknown); gave up \(wait)."
            }
            let who = "process \(holder.pid) on \(holder.host) since \(holder.sinceText)"
            let note =
                holder.isDeadHere
                ? " That process is no longer running, but a process it started still holds the lock." : ""
            return "Another build holds the lock \(path): \(who); gave up \(wait).\(note)"
        case .unusable(let path, let operation, let reason):
            return "Cannot \(operation) the lock file \(path): \(reason)."
        }
    }

    /// The same text as ``description``, for `localizedDescription`.
    public var errorDescription: String? { description }
}
