import Foundation

/// One run of an external program: found on `PATH`, started with an argument list (never through
/// a shell, so paths are never interpreted), its output collected in a temporary file, stopped when
/// it runs past its time limit.
struct ExternalProgram: Sendable {
    /// The program's name, looked up on `PATH`.
    let name: String
    /// The Debian package that provides it.
    let package: String
    /// What it is needed for, for the "missing" message ("PDF output").
    let purpose: String

    /// The program's full path in `searchPath` (default: `PATH`), or ``ConverterError/missing(program:package:purpose:)``.
    func locate(searchPath: String? = nil) throws -> URL {
        let path = searchPath ?? ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw ConverterError.missing(program: name, package: package, purpose: purpose)
    }

    /// Runs the program in `directory` and waits at most `timeout` seconds.
    /// - Parameter file: the file being converted, for messages.
    func run(_ arguments: [String], in directory: URL, timeout: Int, file: String, searchPath: String? = nil,
             environment: [String: String] = [:]) throws {
        let executable = try locate(searchPath: searchPath)
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("gmg-\(name)-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let output = try FileHandle(forWritingTo: log)
        defer { try? output.close() }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = output
        var variables = ProcessInfo.processInfo.environment
        for (key, value) in environment { variables[key] = value }
        process.environment = variables
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        if finished.wait(timeout: .now() + .seconds(timeout)) == .timedOut {
            process.terminate()
            if finished.wait(timeout: .now() + .seconds(5)) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                finished.wait()
            }
            throw ConverterError.timedOut(program: name, seconds: timeout, file: file)
        }
        guard process.terminationStatus == 0, process.terminationReason == .exit else {
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            let lastLines = text.split(separator: "\n").suffix(5).joined(separator: " | ")
            throw ConverterError.failed(program: name, status: process.terminationStatus, output: String(lastLines.prefix(600)), file: file)
        }
    }
}
