import ArgumentParser
import Foundation
import GMGData
import GMGDocuments
import GMGPublish
import GMGQuery
import GMGReports
import GMGReturns

/// Runs `gmg`, mapping errors to the README's exit statuses: 2 for argument mistakes, 3 for saved
/// query and report definition errors, 1 for bad interchange data, 4 and 5 for lock and output errors.
@main
enum Entrypoint {
    static func main() {
        do {
            var command = try GMG.parseAsRoot()
            try command.run()
        } catch {
            if let status = status(for: error) {
                FileHandle.standardError.write(Data((message(for: error) + "\n").utf8))
                exit(status.code())
            }
            GMG.exit(withError: error)
        }
    }

    private static func status(for error: any Error) -> ExitStatus? {
        switch error {
        case is QueryError, is ReportError: return .definitionError
        case is InterchangeError: return .dataError
        case let error as ReturnsError:
            switch error {
            case .definition: return .definitionError
            case .emptyScope: return .usageError
            case .unwritable: return .outputError
            }
        case is ConverterError: return .outputError
        default:
            if GMG.exitCode(for: error) == .validationFailure { return .usageError }
            return ExitStatus(for: error)
        }
    }

    private static func message(for error: any Error) -> String {
        switch error {
        case is QueryError, is ReportError, is InterchangeError, is LockError, is PublishError, is ReturnsError,
             is ConverterError: return "gmg: \(error)"
        default: return GMG.fullMessage(for: error)
        }
    }
}
