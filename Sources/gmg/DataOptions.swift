import ArgumentParser
import Foundation
import GMGData
import GMGPublish

/// The `--data` option shared by every command that reads the data folder.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: "The data folder.")
    var data: String = "Data"

    /// The data folder as a URL.
    var url: URL { URL(fileURLWithPath: data) }

    /// Loads the data folder; prints its errors and exits with status 1 when there are any.
    func loadValidated() throws -> DataLoader.Result {
        let result = showing("reading and checking \(data)") { DataLoader.load(from: url, displayName: data) }
        guard result.diagnostics.errorCount == 0 else {
            for diagnostic in result.diagnostics.sorted where diagnostic.severity == .error {
                printError(diagnostic.description)
            }
            printError("gmg: \(data) has \(result.diagnostics.errorCount) error(s); run `gmg check` and fix them first")
            throw ExitStatus.dataError.exitCode
        }
        return result
    }
}

/// Writes a line to standard error.
func printError(_ line: String) {
    let write: () -> Void = { try? FileHandle.standardError.write(contentsOf: Data((line + "\n").utf8)) }
    guard let progress = ProgressLine.shared else { return write() }
    progress.interrupting(write)
}
