import Foundation
import Testing

@testable import GMGPublish

/// Publishes `files` (relative path → content) as one build of `root`, under the lock.
@discardableResult
func publish(
    _ root: URL, stamp: String, keep: Int = 5, files: [String: String], recorder: LogRecorder = LogRecorder()
) throws -> URL {
    let lock = BuildLock(directory: root, logger: recorder.logger)
    try lock.acquire(wait: .seconds(30))
    defer { lock.release() }
    return try AtomicPublisher(root: root, logger: recorder.logger).publish(stamp: stamp, keep: keep, lock: lock) {
        folder in try write(files, into: folder)
    }
}

/// Writes `files` (relative path → content) under `folder`, creating subfolders.
func write(_ files: [String: String], into folder: URL) throws {
    for (path, content) in files.sorted(by: { $0.key < $1.key }) {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(content.utf8).write(to: url)
    }
}

/// The names in `folder`, sorted; hidden ones only when asked.
func names(_ folder: URL, hidden: Bool = false) -> [String] {
    let all = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return all.filter { hidden || !$0.hasPrefix(".") }.sorted()
}

struct Failure: Error, Equatable {}

@Suite(.cleanTemporaryFiles) struct AtomicPublisherTests {
    let recorder = LogRecorder()

    @Test func publishesIntoBuildsAndPointsLatestAtIt() throws {
        let root = try temporaryDirectory().appendingPathComponent("out")
        let build = try publish(root, stamp: "20250301T020000Z", files: ["a.csv": "1\n", "sub/b.md": "# B\n"])
        #expect(build.path == root.path + "/builds/20250301T020000Z")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: root.path + "/latest")
            == "builds/20250301T020000Z")
        #expect(try text(root.appendingPathComponent("latest/sub/b.md")) == "# B\n")
        #expect(AtomicPublisher(root: root, logger: recorder.logger).latestBuild?.path == build.path)
        #expect(names(root, hidden: true) == [".lock", "builds", "latest"])
    }

    @Test func bodyThatThrowsMidwayLeavesThePreviousBuildAndLatestUntouched() throws {
        let root = try temporaryDirectory()
        let first = try publish(root, stamp: "s1", files: ["report.md": "first\n"])
        let lock = BuildLock(directory: root, logger: recorder.logger)
        try lock.acquire(wait: .zero)
        let publisher = AtomicPublisher(root: root, logger: recorder.logger)
        #expect(throws: Failure()) {
            try publisher.publish(stamp: "s2", keep: 5, lock: lock) { folder in
                try write(["report.md": "half"], into: folder)
                throw Failure()
            }
        }
        #expect(publisher.latestBuild?.path == first.path)
        #expect(names(root.appendingPathComponent("builds")) == ["s1"])
        #expect(names(root, hidden: true) == [".lock", "builds", "latest"])
        #expect(try text(root.appendingPathComponent("latest/report.md")) == "first\n")
    }

    @Test func killedRunLeftoversAreCleanedAndTheNextRunPublishes() throws {
        let root = try temporaryDirectory()
        let first = try publish(root, stamp: "s1", files: ["report.md": "first\n"])
        // What a build killed by SIGKILL midway leaves: a half-filled staging folder, a temporary
        // symlink, and a lock file naming the dead process (the kernel released the flock itself).
        let dead = try deadProcessID()
        try write(["report.md": "half"], into: root.appendingPathComponent(".staging-s2-\(dead)"))
        let link = root.path + "/.latest-\(dead)"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "nowhere")
        let stale = LockHolder(pid: dead, host: SystemCalls.hostName(), since: Date())
        try stale.fileText.write(to: root.appendingPathComponent(".lock"), atomically: false, encoding: .utf8)

        #expect(AtomicPublisher(root: root, logger: recorder.logger).latestBuild?.path == first.path)
        #expect(try text(root.appendingPathComponent("latest/report.md")) == "first\n")

        let second = try publish(root, stamp: "s2", files: ["report.md": "second\n"], recorder: recorder)
        #expect(AtomicPublisher(root: root, logger: recorder.logger).latestBuild?.path == second.path)
        #expect(names(root, hidden: true) == [".lock", "builds", "latest"])
        #expect(try text(first.appendingPathComponent("report.md")) == "first\n")
        #expect(try text(root.appendingPathComponent("latest/report.md")) == "second\n")
        let messages = recorder.messages
        #expect(messages.contains("stale lock of dead process \(dead) recovered"))
        #expect(messages.filter { $0 == "removed leftover of an interrupted build" }.count == 2)
    }

    @Test func stampCollisionGetsASuffixAndNeverOverwrites() throws {
        let root = try temporaryDirectory()
        let builds = try (1...3).map { try publish(root, stamp: "s", files: ["n.txt": "\($0)"]) }
        #expect(builds.map(\.lastPathComponent) == ["s", "s.2", "s.3"])
        #expect(try builds.map { try text($0.appendingPathComponent("n.txt")) } == ["1", "2", "3"])
        #expect(AtomicPublisher(root: root, logger: recorder.logger).latestBuild?.path == builds[2].path)
    }

    @Test func prunesAllButTheNewestKeepBuilds() throws {
        let root = try temporaryDirectory()
        for stamp in ["s1", "s2", "s3", "s3", "s4"] {
            try publish(root, stamp: stamp, keep: 2, files: ["x": stamp])
        }
        #expect(names(root.appendingPathComponent("builds")) == ["s3.2", "s4"])
    }

    @Test func neverPrunesTheBuildLatestPointsTo() throws {
        let root = try temporaryDirectory()
        try publish(root, stamp: "s2", keep: 1, files: ["x": "2"])
        let older = try publish(root, stamp: "s1", keep: 1, files: ["x": "1"])  // A clock set back.
        #expect(names(root.appendingPathComponent("builds")) == ["s1", "s2"])
        #expect(AtomicPublisher(root: root, logger: recorder.logger).latestBuild?.path == older.path)
    }

    @Test(arguments: ["", ".hidden", "a/b", "..", "a b", "é"])
    func rejectsStampsThatAreNotPlainNames(stamp: String) throws {
        let root = try temporaryDirectory()
        #expect(throws: PublishError.invalidStamp(stamp)) { try publish(root, stamp: stamp, files: [:]) }
        #expect(names(root, hidden: true) == [".lock"])
    }

    @Test func rejectsKeepBelowOne() throws {
        let root = try temporaryDirectory()
        #expect(throws: PublishError.invalidKeep(0)) { try publish(root, stamp: "s", keep: 0, files: [:]) }
        #expect("\(PublishError.invalidKeep(0))" == "Invalid number of builds to keep (0): keep at least 1.")
    }

    @Test func stampsSortInTimeOrder() {
        let date = Date(timeIntervalSince1970: 1_740_794_400)
        #expect(AtomicPublisher.stamp(for: date) == "20250301T020000Z")
        #expect(AtomicPublisher.stamp(for: date + 1) > AtomicPublisher.stamp(for: date))
    }

    @Test func twoThreadsPublishingAtOnceTakeTurns() throws {
        let root = try temporaryDirectory()
        let spans = Spans()
        let group = DispatchGroup()
        for worker in 0..<2 {
            DispatchQueue.global().async(group: group) { [logger = recorder.logger] in
                do {
                    let lock = BuildLock(directory: root, logger: logger)
                    try lock.acquire(wait: .seconds(30))
                    defer { lock.release() }
                    _ = try AtomicPublisher(root: root, logger: logger).publish(stamp: "s", keep: 5, lock: lock) {
                        folder in
                        let start = Date()
                        for part in 0..<5 {
                            try write(["part\(part)": "\(worker)"], into: folder)
                            Thread.sleep(forTimeInterval: 0.04)
                        }
                        spans.add(start...Date())
                    }
                } catch {
                    spans.fail("\(error)")
                }
            }
        }
        group.wait()
        #expect(spans.failures.isEmpty)
        let (first, second) = try #require(spans.sorted.count == 2 ? (spans.sorted[0], spans.sorted[1]) : nil)
        #expect(first.upperBound <= second.lowerBound)
        #expect(names(root.appendingPathComponent("builds")) == ["s", "s.2"])
        for build in ["s", "s.2"] {
            let parts = try (0..<5).map { try text(root.appendingPathComponent("builds/\(build)/part\($0)")) }
            #expect(Set(parts).count == 1, "build \(build) mixes the output of both threads: \(parts)")
        }
    }
}

/// Time spans recorded from several threads.
final class Spans: @unchecked Sendable {
    private let lock = NSLock()
    private var spans: [ClosedRange<Date>] = []
    private var errors: [String] = []

    var sorted: [ClosedRange<Date>] { lock.withLock { spans.sorted { $0.lowerBound < $1.lowerBound } } }
    var failures: [String] { lock.withLock { errors } }

    func add(_ span: ClosedRange<Date>) { lock.withLock { spans.append(span) } }
    func fail(_ error: String) { lock.withLock { errors.append(error) } }
}
