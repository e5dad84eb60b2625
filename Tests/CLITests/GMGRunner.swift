import Foundation

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

    /// Starts `gmg` with `arguments` in `directory` (the package root by default).
    static func start(_ arguments: [String], in directory: URL = root) throws -> (Process, Pipe, Pipe) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        return (process, out, err)
    }

    /// Runs `gmg` to completion.
    @discardableResult
    static func run(_ arguments: [String], in directory: URL = root) throws -> Result {
        let (process, out, err) = try start(arguments, in: directory)
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A temporary working folder holding copies of Data/ (or another data folder), Queries/ and Reports/.
    static func workspace(data: URL = root.appendingPathComponent("Data")) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gmg-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: data, to: folder.appendingPathComponent("Data"))
        for name in ["Queries", "Reports"] {
            try FileManager.default.copyItem(at: root.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        return folder
    }
}
