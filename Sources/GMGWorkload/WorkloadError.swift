#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the workload stopped, besides bad input (`InterchangeError`) and output errors of the
/// renderers.
public enum WorkloadError: Error, Equatable, CustomStringConvertible {
    /// A system call on a file failed.
    case io(path: String, operation: String, errno: Int32)
    /// The output folder holds `entry`, which a run does not write: it is refused, not wiped.
    case foreignFiles(path: String, entry: String)
    /// Stopped because the other half of the work failed; that failure is the one to report.
    case cancelled

    public var description: String {
        switch self {
        case let .io(path, operation, code):
            return "\(path): cannot \(operation): \(String(cString: strerror(code)))"
        case let .foreignFiles(path, entry):
            return "\(path): holds \"\(entry)\", which gmg workload does not write; give an empty or new folder (nothing was written)"
        case .cancelled:
            return "cancelled"
        }
    }
}
