/// The documented exit statuses of an unattended build (`gmg build`).
///
/// | Status | Code | Meaning |
/// | --- | --- | --- |
/// | ``built`` | 0 | A new build was published and `latest` points to it. |
/// | ``skippedUnchanged`` | 0, or 10 when asked | `--if-changed` found the inputs and tool version of the latest build unchanged; nothing was written. Schedulers that want to tell it apart ask for the distinct code (`code(distinctSkip: true)`). |
/// | ``dataError`` | 1 | The input data or report definitions are invalid; nothing was published. |
/// | ``usageError`` | 2 | Invalid command-line arguments. |
/// | ``lockBusy`` | 4 | Another build held the lock for the whole `--wait`; nothing was done. |
/// | ``outputError`` | 5 | The output folder could not be locked or written (unwritable, disk full); nothing was published and the previous build is untouched. |
///
/// Code 3 is left unused so that it is never mistaken for a skip.
public enum ExitStatus: Sendable, Equatable, CaseIterable {
    /// A new build was published.
    case built
    /// The inputs were unchanged, so the build was skipped.
    case skippedUnchanged
    /// The input data is invalid.
    case dataError
    /// The command line is invalid.
    case usageError
    /// Another build holds the lock.
    case lockBusy
    /// The output folder could not be locked or written.
    case outputError

    /// The code a skipped build exits with when a distinct one is asked for.
    public static let distinctSkipCode: Int32 = 10

    /// The process exit code; `distinctSkip` makes ``skippedUnchanged`` exit 10 instead of 0.
    public func code(distinctSkip: Bool = false) -> Int32 {
        switch self {
        case .built: 0
        case .skippedUnchanged: distinctSkip ? Self.distinctSkipCode : 0
        case .dataError: 1
        case .usageError: 2
        case .lockBusy: 4
        case .outputError: 5
        }
    }

    /// The status for an error of this library: ``lockBusy`` for a busy lock, ``usageError`` for an
    /// invalid stamp or `--keep`, ``outputError`` for an unusable lock file, a publishing failure or
    /// an unwritable manifest; nil for other errors (such as those a build body throws), which the
    /// caller classifies.
    public init?(for error: any Error) {
        switch error {
        case LockError.busy: self = .lockBusy
        case PublishError.invalidStamp, PublishError.invalidKeep: self = .usageError
        case is LockError, is PublishError: self = .outputError
        case ManifestError.unwritable, ManifestError.unencodable: self = .outputError
        default: return nil
        }
    }
}
