import Foundation

/// A program run by a test: its standard output and error go to files under ``Scratch/root``, so
/// no pipe can fill up and block the child, whatever it prints.
public struct ChildProcess {
    /// What a finished program printed.
    public struct Output: Sendable {
        /// Its exit status.
        public var status: Int32
        /// Its standard output, as bytes.
        public var stdoutData: Data
        /// Its standard error, as text.
        public var stderr: String
        /// Its standard output, as text.
        public var stdout: String { String(decoding: stdoutData, as: UTF8.self) }
    }

    /// The running process.
    public let process: Process
    private let stdoutFile: URL
    private let stderrFile: URL

    /// `/usr/bin/env`, which looks its first argument up on the PATH.
    public static let onPath = URL(fileURLWithPath: "/usr/bin/env")

    /// Starts `executable` (by default the program `arguments[0]` found on the PATH) in `directory`,
    /// with `environment` as its whole environment when given.
    public static func start(_ arguments: [String], executable: URL = onPath, in directory: URL? = nil,
                             environment: [String: String]? = nil) throws -> ChildProcess {
        let base = Scratch.root.appendingPathComponent("process-\(UUID().uuidString)")
        let stdoutFile = base.appendingPathExtension("out"), stderrFile = base.appendingPathExtension("err")
        _ = FileManager.default.createFile(atPath: stdoutFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderrFile.path, contents: nil)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: stdoutFile)
        process.standardError = try FileHandle(forWritingTo: stderrFile)
        try process.run()
        return ChildProcess(process: process, stdoutFile: stdoutFile, stderrFile: stderrFile)
    }

    /// Waits for the program to end and returns what it printed.
    public func finish() -> Output {
        process.waitUntilExit()
        defer { [stdoutFile, stderrFile].forEach { try? FileManager.default.removeItem(at: $0) } }
        let stdout = (try? Data(contentsOf: stdoutFile)) ?? Data()
        let stderr = String(decoding: (try? Data(contentsOf: stderrFile)) ?? Data(), as: UTF8.self)
        return Output(status: process.terminationStatus, stdoutData: stdout, stderr: stderr)
    }

    /// Runs a program to completion (see ``start(_:executable:in:environment:)``).
    @discardableResult
    public static func run(_ arguments: [String], executable: URL = onPath, in directory: URL? = nil,
                           environment: [String: String]? = nil) throws -> Output {
        try start(arguments, executable: executable, in: directory, environment: environment).finish()
    }
}
