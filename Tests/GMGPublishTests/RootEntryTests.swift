import Foundation
import Testing

@testable import GMGPublish

/// Files at the root that describe the latest build (`index.md`, the `gmg.sqlite` link) change in
/// the same step as `latest`, or not at all.
@Suite(.cleanTemporaryFiles) struct RootEntryTests {
    let recorder = LogRecorder()

    /// Publishes `files` and the root `index` (and a link) as one build of `root`.
    @discardableResult
    private func publish(_ root: URL, stamp: String, files: [String: String], index: String) throws -> URL {
        let lock = BuildLock(directory: root, logger: recorder.logger)
        try lock.acquire(wait: .seconds(30))
        defer { lock.release() }
        return try AtomicPublisher(root: root, logger: recorder.logger).publishWithRootEntries(stamp: stamp, keep: 5, lock: lock) { folder in
            try write(files, into: folder)
            return [.file(name: "index.md", contents: Data(index.utf8)), .symlink(name: "report.md", target: "latest/report.md")]
        }
    }

    @Test func rootEntriesFollowLatest() throws {
        let root = try temporaryDirectory()
        try publish(root, stamp: "s1", files: ["report.md": "first\n"], index: "index 1\n")
        #expect(try text(root.appendingPathComponent("index.md")) == "index 1\n")
        #expect(try text(root.appendingPathComponent("report.md")) == "first\n")
        try publish(root, stamp: "s2", files: ["report.md": "second\n"], index: "index 2\n")
        #expect(try text(root.appendingPathComponent("index.md")) == "index 2\n")
        #expect(try text(root.appendingPathComponent("report.md")) == "second\n")
        #expect(names(root, hidden: true) == [".lock", "builds", "index.md", "latest", "report.md"])
    }

    @Test func aFailingBodyLeavesTheRootEntriesAsTheyWere() throws {
        let root = try temporaryDirectory()
        try publish(root, stamp: "s1", files: ["report.md": "first\n"], index: "index 1\n")
        let lock = BuildLock(directory: root, logger: recorder.logger)
        try lock.acquire(wait: .zero)
        #expect(throws: Failure()) {
            try AtomicPublisher(root: root, logger: recorder.logger).publishWithRootEntries(stamp: "s2", keep: 5, lock: lock) { _ in
                throw Failure()
            }
        }
        lock.release()
        #expect(try text(root.appendingPathComponent("index.md")) == "index 1\n")
        #expect(names(root, hidden: true) == [".lock", "builds", "index.md", "latest", "report.md"])
    }

    @Test(.enabled(if: Tmpfs.available)) func aRootEntryThatDoesNotFitLeavesEverythingOnThePreviousBuild() throws {
        let root = try temporaryDirectory()
        try Tmpfs.mount(root, options: "size=128k")
        defer { Tmpfs.unmount(root) }
        let first = try publish(root, stamp: "s1", files: ["report.md": "first\n"], index: "index 1\n")
        let error = #expect(throws: PublishError.self) {
            try publish(root, stamp: "s2", files: ["report.md": "second\n"], index: String(repeating: "x", count: 256 * 1024))
        }
        #expect(error == .diskFull(path: root.path + "/index.md", operation: "write"))
        #expect(AtomicPublisher(root: root, logger: recorder.logger).latestBuild?.path == first.path)
        #expect(try text(root.appendingPathComponent("index.md")) == "index 1\n")
        #expect(try text(root.appendingPathComponent("report.md")) == "first\n")
        #expect(names(root, hidden: true) == [".lock", "builds", "index.md", "latest", "report.md"])
        #expect(names(root.appendingPathComponent("builds")) == ["s1"])
    }

    @Test func leftoversOfAKilledRunAreRemoved() throws {
        let root = try temporaryDirectory()
        try publish(root, stamp: "s1", files: ["report.md": "first\n"], index: "index 1\n")
        try Data("half".utf8).write(to: root.appendingPathComponent(".publish-99999-index.md"))
        try publish(root, stamp: "s2", files: ["report.md": "second\n"], index: "index 2\n")
        #expect(names(root, hidden: true) == [".lock", "builds", "index.md", "latest", "report.md"])
    }
}
