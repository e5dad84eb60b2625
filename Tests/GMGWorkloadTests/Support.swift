import Foundation
import TestSupport
import Testing

/// A fresh temporary folder, removed with everything in it when the value is released.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = Scratch.root.appendingPathComponent("gmg-workload-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// Writes `contents` to a file of the folder and returns its URL.
    func file(_ name: String, contents: Data) throws -> URL {
        let file = url.appendingPathComponent(name)
        try contents.write(to: file)
        return file
    }

    /// A path in the folder.
    func path(_ name: String) -> URL {
        url.appendingPathComponent(name)
    }
}

/// The package root and the workload fixtures: the tests' own input generator and oracle.
enum Paths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let fixtures = root.appendingPathComponent("Tests/Fixtures/workload")
    /// The product's saved queries, which give the workload's aggregates.
    static let queries = root.appendingPathComponent("Queries")

    /// A fixture script's path.
    static func script(_ name: String) -> String {
        fixtures.appendingPathComponent(name).path
    }
}

/// The outcome of a finished process.
struct ProcessOutput {
    var status: Int32
    var standardOutput: Data
    var standardError: String
}

/// Runs `python3` with `arguments` and returns its output.
/// - Throws: when it cannot start; a non-zero exit is recorded as a test failure with its stderr.
@discardableResult
func python(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> ProcessOutput {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let result = ProcessOutput(status: process.terminationStatus, standardOutput: outputData,
                               standardError: String(decoding: errorData, as: UTF8.self))
    #expect(result.status == 0, "python3 \(arguments.joined(separator: " ")) failed: \(result.standardError)",
            sourceLocation: sourceLocation)
    return result
}
