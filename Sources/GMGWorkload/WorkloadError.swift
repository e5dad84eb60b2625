#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the workload stopped. Messages name the file, line and column, never a cell's value.
public enum WorkloadError: Error, Equatable, CustomStringConvertible {
    /// The input is not RFC 4180 CSV (or not UTF-8) at this line; `field` counts from 1.
    case csv(line: Int, field: Int, message: String)
    /// A row of the activities CSV breaks a rule of the interchange format.
    case row(line: Int, column: String, message: String)
    /// The first line is not the interchange header.
    case header(expected: String)
    /// A system call on a file failed.
    case io(path: String, operation: String, errno: Int32)
    /// Stopped because the other half of the work failed; that failure is the one to report.
    case cancelled

    public var description: String {
        switch self {
        case let .csv(line, field, message):
            return "line \(line), field \(field): \(message)"
        case let .row(line, column, message):
            return "line \(line), column \(column): \(message)"
        case let .header(expected):
            return "line 1: the header must be exactly \(expected)"
        case let .io(path, operation, code):
            return "\(path): \(operation) failed: \(String(cString: strerror(code)))"
        case .cancelled:
            return "cancelled"
        }
    }
}
