/// The documented exit statuses of an unattended build (`gmg build`), as in the README's table.
///
/// | Status | Code | Meaning |
/// | --- | --- | --- |
/// | ``built`` | 0 | A new build was published; `latest` points to it. |
/// | ``skippedUnchanged`` | 0, or N | `--if-changed`: inputs and tool version unchanged, nothing written. |
/// | ``dataError`` | 1 | The data has errors; nothing published. |
/// | ``usageError`` | 2 | Invalid command-line arguments. |
/// | ``definitionError`` | 3 | A saved query or report definition is wrong; nothing published. |
/// | ``lockBusy`` | 4 | Another build held the lock for the whole `--wait`; nothing done. |
/// | ``outputError`` | 5 | The output folder could not be locked or written (unwritable, disk full). |
///
/// A skip exits 0 by default, so a scheduler sees success; one that wants to tell a skip from a
/// build asks for a distinct code (`--skipped-status N`, passed to ``code(skippedStatus:)``), such
/// as ``suggestedSkippedStatus``. After any non-zero status other than a skip, nothing was
/// published: `latest` and every earlier build are untouched.
public enum ExitStatus: Sendable, Equatable, CaseIterable {
    /// A new build was published.
    case built
    /// The inputs were unchanged, so the build was skipped.
    case skippedUnchanged
    /// The input data is invalid.
    case dataError
    /// The command line is invalid.
    case usageError
    /// A saved query or report definition is invalid.
    case definitionError
    /// Another build holds the lock.
    case lockBusy
    /// The output folder could not be locked or written.
    case outputError

    /// A distinct code for a skip, clear of every other status: 10.
    public static let suggestedSkippedStatus: Int32 = 10

    /// The process exit code; `skippedStatus` is the code of ``skippedUnchanged`` (0 unless asked).
    public func code(skippedStatus: Int32 = 0) -> Int32 {
        switch self {
        case .built: 0
        case .skippedUnchanged: skippedStatus
        case .dataError: 1
        case .usageError: 2
        case .definitionError: 3
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
