import Foundation
import TestSupport

/// Runs the built `gmg` binary and captures what it prints.
struct GMGRunner {
    typealias Result = ChildProcess.Output

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The `gmg` binary next to the test bundle (the same build folder).
    static let binary: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("gmg")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return root.appendingPathComponent(".build/debug/gmg")
    }()

    /// Starts `gmg` (or `executable`) with `arguments` in `directory` (the package root by default),
    /// with `environment` added to the test's own.
    static func start(_ arguments: [String], in directory: URL = root, environment: [String: String] = [:],
                      executable: URL = binary) throws -> ChildProcess {
        let merged = environment.isEmpty
            ? nil : ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        return try ChildProcess.start(arguments, executable: executable, in: directory, environment: merged)
    }

    /// Runs another program (`arguments[0]`, looked up on the PATH) to completion in `directory`.
    @discardableResult
    static func runProgram(_ arguments: [String], in directory: URL = root) throws -> Result {
        try ChildProcess.run(arguments, in: directory)
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
