import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failure of ``AtomicPublisher``; whenever one is thrown, nothing was published.
public enum PublishError: Error, Equatable, CustomStringConvertible, LocalizedError {
    /// The build stamp is not a plain name of letters, digits, `-` and `_`.
    case invalidStamp(String)
    /// The number of builds to keep is below one.
    case invalidKeep(Int)
    /// The device ran out of space (or quota) while doing `operation` on `path`.
    case diskFull(path: String, operation: String)
    /// The output folder or a file in it cannot be written (permissions, read-only file system).
    case unwritable(path: String, operation: String, reason: String)
    /// Any other failure of a file system call.
    case failed(path: String, operation: String, reason: String)

    /// Classifies an errno from a file system call made on `path`.
    init(_ error: Errno, path: String, operation: String) {
        switch error.code {
        case ENOSPC, EDQUOT:
            self = .diskFull(path: path, operation: operation)
        case EACCES, EPERM, EROFS:
            self = .unwritable(path: path, operation: operation, reason: error.message)
        default:
            self = .failed(path: path, operation: operation, reason: error.message)
        }
    }

    /// A full sentence naming the path and what was being done there.
    public var description: String {
        let untouched = "nothing was published and the previous build is untouched"
        switch self {
        case .invalidStamp(let stamp):
            return "Invalid build stamp \"\(stamp)\": use letters, digits, '-' and '_', starting alphanumeric."
        case .invalidKeep(let keep):
            return "Invalid number of builds to keep (\(keep)): keep at least 1."
        case .diskFull(let path, let operation):
            return "Disk full: no space left to \(operation) \(path); \(untouched)."
        case .unwritable(let path, let operation, let reason):
            return "Output folder not writable: cannot \(operation) \(path) (\(reason)); \(untouched)."
        case .failed(let path, let operation, let reason):
            return "Cannot \(operation) \(path): \(reason); \(untouched)."
        }
    }

    /// The same text as ``description``, for `localizedDescription`.
    public var errorDescription: String? { description }
}
