import Foundation
import TestSupport

/// Runs the built `gmg` binary and captures what it prints.
struct GMGRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The `gmg` binary next to the test bundle (the same build folder).
    static let binary: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("gmg")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return root.appendingPathComponent(".build/debug/gmg")
    }()

    /// A started `gmg` process whose output goes to temporary files (no pipe to fill or to be
    /// interrupted while reading).
    struct Started {
        let process: Process
        let stdout: URL
        let stderr: URL

        /// Waits for the process and returns what it printed.
        func finish() -> Result {
            process.waitUntilExit()
            defer { [stdout, stderr].forEach { try? FileManager.default.removeItem(at: $0) } }
            let read = { (url: URL) in (try? String(contentsOf: url, encoding: .utf8)) ?? "" }
            return Result(status: process.terminationStatus, stdout: read(stdout), stderr: read(stderr))
        }
    }

    /// Starts `gmg` (or `executable`) with `arguments` in `directory` (the package root by default).
    static func start(_ arguments: [String], in directory: URL = root, environment: [String: String] = [:],
                      executable: URL = binary) throws -> Started {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        let base = Scratch.root.appendingPathComponent("gmg-run-\(UUID().uuidString)")
        let stdout = base.appendingPathExtension("out"), stderr = base.appendingPathExtension("err")
        _ = FileManager.default.createFile(atPath: stdout.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderr.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: stdout)
        process.standardError = try FileHandle(forWritingTo: stderr)
        try process.run()
        return Started(process: process, stdout: stdout, stderr: stderr)
    }

    /// Runs another program (`arguments[0]`, looked up on the PATH) to completion in `directory`.
    @discardableResult
    static func runProgram(_ arguments: [String], in directory: URL = root) throws -> Result {
        try start(arguments, in: directory, executable: URL(fileURLWithPath: "/usr/bin/env")).finish()
    }

    /// Runs `gmg` to completion.
    @discardableResult
    static func run(_ arguments: [String], in directory: URL = root, environment: [String: String] = [:]) throws -> Result {
        try start(arguments, in: directory, environment: environment).finish()
    }

    /// A temporary working folder holding copies of Data/ (or another data folder), Queries/ and Reports/.
    ///
    /// Unless `documents` is set, the copied report definitions drop the `pdf` and `docx` outputs:
    /// converting every report takes tens of seconds, and the build tests that use this are about
    /// publishing (the documents are tested once per kind in GMGReportsTests and below).
    static func workspace(data: URL = root.appendingPathComponent("Data"), documents: Bool = false) throws -> URL {
        let folder = Scratch.root.appendingPathComponent("gmg-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: data, to: folder.appendingPathComponent("Data"))
        for name in ["Queries", "Reports"] {
            try FileManager.default.copyItem(at: root.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        if !documents {
            let reports = folder.appendingPathComponent("Reports")
            for file in try FileManager.default.contentsOfDirectory(atPath: reports.path) where file.hasSuffix(".toml") {
                let url = reports.appendingPathComponent(file)
                let text = try String(contentsOf: url, encoding: .utf8)
                try Data(text.replacingOccurrences(of: ", \"pdf\", \"docx\"", with: "").utf8).write(to: url)
            }
        }
        return folder
    }
}
