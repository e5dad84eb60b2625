import ArgumentParser
import Foundation
import GMGData
import GMGDocuments
import GMGPublish
import GMGQuery
import GMGRender
import GMGReports
import GMGReturns
import GMGWorkload
import GMGXLSX

/// The one mapping from errors to the README's exit statuses, and the message each gets:
///
/// | status | errors |
/// |---|---|
/// | 1 | bad data: ``InterchangeError``; and any unforeseen failure |
/// | 2 | usage: ArgumentParser's validation errors, an invalid build stamp or `--keep`, a return's empty scope |
/// | 3 | definitions: ``QueryError``, ``ReportError``, a return's definition |
/// | 4 | ``LockError/busy(path:holder:waited:)`` |
/// | 5 | output not written: an unusable lock file, ``PublishError``, ``ManifestError``, ``DatabaseExportError``, ``OutputError``, ``XLSXError``, ``RenderError``, a document converter's failure, ``WorkloadError`` (the workload's output), an unwritable return, Foundation's file errors |
enum Failure {
    /// The status of `error`; nil for what ArgumentParser reports itself (help, `--version`,
    /// usage mistakes it found, an ``ExitCode`` a command chose).
    static func status(for error: any Error) -> ExitStatus? {
        if let status = ExitStatus(for: error) { return status }
        switch error {
        case is ExitCode: return nil
        case let error as NothingPublished: return status(for: error.cause) == .definitionError ? .definitionError : .outputError
        case is QueryError, is ReportError: return .definitionError
        case is InterchangeError: return .dataError
        case let error as ReturnsError:
            switch error {
            case .definition: return .definitionError
            case .emptyScope: return .usageError
            case .unwritable: return .outputError
            }
        case is DatabaseExportError, is WorkloadError, is OutputError, is XLSXError, is RenderError, is ConverterError, is CocoaError, is POSIXError:
            return .outputError
        default:
            switch GMG.exitCode(for: error) {
            case .success: return nil
            case .validationFailure: return .usageError
            default: return .dataError
            }
        }
    }

    /// The line printed on standard error for `error` (without the `gmg: ` prefix for
    /// ArgumentParser's own messages, which carry the usage).
    static func message(for error: any Error) -> String {
        switch error {
        case let error as CocoaError: return "gmg: " + OutputError(error).description
        case let error as POSIXError: return "gmg: \(error.code.rawValue == 0 ? "\(error)" : String(cString: strerror(error.code.rawValue)))"
        case is ValidationError: return GMG.fullMessage(for: error)
        default:
            if status(for: error) == .usageError, !(error is PublishError || error is ReturnsError) { return GMG.fullMessage(for: error) }
            return "gmg: \(error)"
        }
    }
}

/// A file or folder that could not be written, with the system's reason in plain words.
struct OutputError: Error, CustomStringConvertible {
    let path: String
    /// What could not be done: `write`, `create the output folder`.
    let operation: String
    let reason: String

    init(path: String, operation: String = "write", reason: String) {
        self.path = path
        self.operation = operation
        self.reason = reason
    }

    /// The path and the system's reason from one of Foundation's file errors.
    init(_ error: CocoaError, operation: String = "write") {
        self.operation = operation
        path = error.filePath ?? error.url?.path ?? "(unknown file)"
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            reason = String(cString: strerror(Int32(underlying.code)))
        } else {
            switch error.code {
            case .fileWriteOutOfSpace: reason = String(cString: strerror(ENOSPC))
            case .fileWriteNoPermission, .fileReadNoPermission: reason = String(cString: strerror(EACCES))
            case .fileWriteVolumeReadOnly: reason = String(cString: strerror(EROFS))
            case .fileWriteFileExists: reason = String(cString: strerror(EEXIST))
            case .fileNoSuchFile, .fileReadNoSuchFile: reason = String(cString: strerror(ENOENT))
            default: reason = error.localizedDescription
            }
        }
    }

    /// Creates the folder at `path` and its parents; a failure names the folder and the reason.
    static func createFolder(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw OutputError(path: path, operation: "create the output folder", reason: String(cString: strerror(ENOTDIR)))
            }
            return
        }
        let parent = (path as NSString).deletingLastPathComponent
        if parent != path, !parent.isEmpty { try createFolder(parent) }
        if mkdir(path, 0o755) != 0, errno != EEXIST {
            throw OutputError(path: path, operation: "create the output folder", reason: String(cString: strerror(errno)))
        }
    }

    var description: String { "cannot \(operation) \(path): \(reason)" }
}

/// A build that failed before it was published: the cause, and that the previous build stands.
struct NothingPublished: Error, CustomStringConvertible {
    let cause: any Error

    var description: String {
        let text = (cause as? CocoaError).map { OutputError($0).description } ?? "\(cause)"
        return "\(text); nothing was published and the previous build is untouched"
    }
}
