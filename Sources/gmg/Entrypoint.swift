import ArgumentParser
import Foundation

/// Runs `gmg`, mapping every error to the README's exit statuses through ``Failure``.
@main
enum Entrypoint {
    static func main() {
        // A closed pipe on standard output (`gmg query ... | head`) is a write error, not a signal.
        signal(SIGPIPE, SIG_IGN)
        do {
            var command = try GMG.parseAsRoot()
            try command.run()
            ProgressLine.shared?.end()
        } catch {
            ProgressLine.shared?.end()
            guard let status = Failure.status(for: error) else { GMG.exit(withError: error) }
            printError(Failure.message(for: error))
            exit(status.code())
        }
    }
}
