import Foundation
import Logging
import TestSupport
import Testing

/// A fresh directory for one test: inside the test's scratch folder (see ``CleanTemporaryFiles``),
/// or directly under the system's temporary directory outside a test.
func temporaryDirectory() throws -> URL {
    let base = CleanTemporaryFiles.scratch ?? Scratch.root
    let url = base.appendingPathComponent("gmg-publish-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Gives each test a scratch folder for ``temporaryDirectory()`` and removes it when the test ends.
struct CleanTemporaryFiles: SuiteTrait, TestTrait, TestScoping {
    @TaskLocal static var scratch: URL?

    var isRecursive: Bool { true }

    func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        guard testCase != nil else { return try await function() }
        let folder = Scratch.root
            .appendingPathComponent("gmg-publish-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try await Self.$scratch.withValue(folder) { try await function() }
    }
}

extension Trait where Self == CleanTemporaryFiles {
    /// Removes what each test wrote with ``temporaryDirectory()`` when it ends.
    static var cleanTemporaryFiles: Self { Self() }
}

/// Collects log lines so tests can check what a library logged (no `LoggingSystem.bootstrap`).
final class LogRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    /// The messages logged so far.
    var messages: [String] { lock.withLock { lines } }

    /// A logger writing into this recorder, at debug level.
    var logger: Logger {
        var logger = Logger(label: "gmg-publish-tests") { _ in Handler(recorder: self) }
        logger.logLevel = .debug
        return logger
    }

    fileprivate func append(_ line: String) { lock.withLock { lines.append(line) } }

    private struct Handler: LogHandler {
        let recorder: LogRecorder
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .debug

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) { recorder.append(event.message.description) }
    }
}

/// Starts `executable` with `arguments`; output goes to files so no pipe can fill up.
func start(_ executable: String, _ arguments: [String], output: URL? = nil) throws -> Process {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.standardInput = FileHandle.nullDevice
    if let output {
        try Data().write(to: output)
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = handle
    }
    try process.run()
    return process
}

/// Runs `executable` to completion and returns its status and output.
@discardableResult
func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws -> ChildProcess.Output {
    try ChildProcess.run(arguments, executable: URL(fileURLWithPath: executable), environment: environment)
}

/// The pid of a process that has exited and been reaped, so it names no running process.
func deadProcessID() throws -> Int32 {
    let process = try start("/bin/true", [])
    process.waitUntilExit()
    return process.processIdentifier
}

/// Polls `condition` every 20 ms for up to `seconds`.
func eventually(within seconds: Double = 10, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if condition() { return true }
        Thread.sleep(forTimeInterval: 0.02)
    }
    return condition()
}

/// The text of a file.
func text(_ url: URL) throws -> String {
    try String(contentsOf: url, encoding: .utf8)
}
