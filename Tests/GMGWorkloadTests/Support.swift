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

/// Runs `python3` with `arguments` (through the one test helper, ``ChildProcess``) and returns its output.
/// - Throws: when it cannot start; a non-zero exit is recorded as a test failure with its stderr.
@discardableResult
func python(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> ChildProcess.Output {
    let result = try ChildProcess.run(["python3"] + arguments)
    #expect(result.status == 0, "python3 \(arguments.joined(separator: " ")) failed: \(result.stderr)",
            sourceLocation: sourceLocation)
    return result
}
