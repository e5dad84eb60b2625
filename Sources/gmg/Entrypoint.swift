import ArgumentParser
import Foundation

/// Runs `gmg`, mapping argument mistakes to exit status 2 (the README's exit statuses).
@main
enum Entrypoint {
    static func main() {
        do {
            var command = try GMG.parseAsRoot()
            try command.run()
        } catch {
            let code = GMG.exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((GMG.fullMessage(for: error) + "\n").utf8))
                exit(ExitStatus.usage.rawValue)
            }
            GMG.exit(withError: error)
        }
    }
}
