import Foundation
import TestSupport
import Testing

/// A workspace with the 2014 returns made by the binary, filled by openpyxl as agencies would (one
/// resaved through LibreOffice), and the spoiled-returns corpus, made once for the suite.
struct ReturnsFixture: Sendable {
    /// The returns as `gmg returns make` wrote them.
    let made: URL
    /// Filled returns (ILO by openpyxl; IOM by openpyxl, then resaved by LibreOffice).
    let filled: URL
    /// The spoiled returns.
    let spoiled: URL
    /// The first activity of IOM's return, which the IOM fill reports as delivered.
    let iomActivity: String
    /// What `gmg returns make` printed.
    let makeOutput: String

    static let shared: Result<ReturnsFixture, FixtureFailure> = {
        do {
            let root = try GMGRunner.workspace()
            let made = root.appendingPathComponent("returns")
            let make = try GMGRunner.run(["returns", "make", "--term", "2014", "--date", "2014-12-01", "--out", made.path], in: root)
            guard make.status == 0 else { return .failure(FixtureFailure("returns make: \(make.stderr)")) }
            let filled = root.appendingPathComponent("filled"), spoiled = root.appendingPathComponent("spoiled")
            let fill = try python(["fill", made.path, filled.path])
            _ = try python(["spoil", made.path, spoiled.path])
            return .success(ReturnsFixture(made: made, filled: filled, spoiled: spoiled,
                                           iomActivity: fill.trimmingCharacters(in: .whitespacesAndNewlines),
                                           makeOutput: make.stdout))
        } catch {
            return .failure(FixtureFailure("\(error)"))
        }
    }()

    /// Runs `returns_corpus.py` with `arguments`; its standard output.
    private static func python(_ arguments: [String]) throws -> String {
        let script = GMGRunner.root.appendingPathComponent("Tests/CLITests/returns_corpus.py")
        let result = try ChildProcess.run(["python3", script.path] + arguments)
        guard result.status == 0 else { throw FixtureFailure("returns_corpus.py \(arguments[0]): \(result.stderr)") }
        return result.stdout
    }
}

struct FixtureFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A fresh workspace (Data/, Queries/, Reports/) and the bytes of its progress and documents files.
struct ReturnsWorkspace {
    let root: URL

    init() throws { root = try GMGRunner.workspace() }

    /// `gmg ARGS` in the workspace.
    func gmg(_ arguments: [String]) throws -> GMGRunner.Result { try GMGRunner.run(arguments, in: root) }

    /// The content of `Data/progress.csv` and `Data/documents.csv`.
    func record() throws -> [String] {
        try ["progress.csv", "documents.csv"].map {
            try String(contentsOf: root.appendingPathComponent("Data/\($0)"), encoding: .utf8)
        }
    }

    /// The lines `gmg returns read` added to a file since `before`.
    func added(to file: Int, since before: [String]) throws -> [String] {
        let now = try record()[file]
        return now.hasPrefix(before[file]) ? now.dropFirst(before[file].count).split(separator: "\n").map(String.init) : ["<rewritten>"]
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
