import Foundation
import Testing

@testable import GMGPublish

/// Small tmpfs mounts for real full-disk and read-only failures (needs root and CAP_SYS_ADMIN).
enum Tmpfs {
    /// Whether this machine lets the tests mount a tmpfs.
    static let available: Bool = {
        guard geteuid() == 0, let probe = try? temporaryDirectory() else { return false }
        defer { try? FileManager.default.removeItem(at: probe) }
        guard (try? mount(probe, options: "size=64k")) != nil else { return false }
        unmount(probe)
        return true
    }()

    /// Mounts a tmpfs with `options` (such as `size=64k`) on `folder`.
    static func mount(_ folder: URL, options: String) throws {
        let result = try run("/bin/mount", ["-t", "tmpfs", "-o", options, "gmg-publish-test", folder.path])
        guard result.status == 0 else { throw MountFailure(message: result.stderr) }
    }

    /// Remounts `folder` read-only.
    static func makeReadOnly(_ folder: URL) throws {
        let result = try run("/bin/mount", ["-o", "remount,ro", folder.path])
        guard result.status == 0 else { throw MountFailure(message: result.stderr) }
    }

    /// Unmounts `folder` (best effort: a test that fails still cleans up).
    static func unmount(_ folder: URL) {
        _ = try? run("/bin/umount", [folder.path])
    }

    struct MountFailure: Error { var message: String }
}

@Suite(.cleanTemporaryFiles) struct PublishFailureTests {
    let recorder = LogRecorder()

    @Test func fileWhereTheBuildsFolderBelongsFailsWithNothingPublished() throws {
        let root = try temporaryDirectory()
        try Data("not a folder".utf8).write(to: root.appendingPathComponent("builds"))
        let error = #expect(throws: PublishError.self) { try publish(root, stamp: "s1", files: ["a": "1"]) }
        let builds = root.path + "/builds"
        let untouched = "nothing was published and the previous build is untouched."
        #expect(error == .failed(path: builds, operation: "create the builds folder", reason: "Not a directory"))
        #expect(
            "\(error!)"
                == "Cannot create the builds folder \(builds): Not a directory; \(untouched)"
        )
        #expect(names(root, hidden: true) == [".lock", "builds"])
    }

    @Test(.enabled(if: Tmpfs.available)) func readOnlyOutputFolderFailsAtTheLockWithNothingPublished() throws {
        let root = try temporaryDirectory()
        try Tmpfs.mount(root, options: "size=1m")
        defer { Tmpfs.unmount(root) }
        let first = try publish(root, stamp: "s1", files: ["report.md": "first\n"])
        try Tmpfs.makeReadOnly(root)
        let error = #expect(throws: LockError.self) { try publish(root, stamp: "s2", files: ["report.md": "2\n"]) }
        let lockFile = root.path + "/.lock"
        #expect(error == .unusable(path: lockFile, operation: "open", reason: "Read-only file system"))
        #expect("\(error!)" == "Cannot open the lock file \(lockFile): Read-only file system.")
        #expect(AtomicPublisher(root: root, logger: recorder.logger).latestBuild?.path == first.path)
        #expect(try text(root.appendingPathComponent("latest/report.md")) == "first\n")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/chattr") && geteuid() == 0))
    func outputFolderThatRefusesNewEntriesFailsCleanly() throws {
        let root = try temporaryDirectory()
        let first = try publish(root, stamp: "s1", files: ["report.md": "first\n"])
        let lock = BuildLock(directory: root, logger: recorder.logger)
        try lock.acquire(wait: .zero)
        // Immutable: even root cannot add entries, as for a folder owned by someone else.
        try #require(try run("/usr/bin/chattr", ["+i", root.path]).status == 0)
        defer { _ = try? run("/usr/bin/chattr", ["-i", root.path]) }

        let publisher = AtomicPublisher(root: root, logger: recorder.logger)
        let error = #expect(throws: PublishError.self) {
            try publisher.publish(stamp: "s2", keep: 5, lock: lock) { try write(["report.md": "2\n"], into: $0) }
        }
        let staging = root.path + "/.staging-s2-\(getpid())"
        let reason = "Operation not permitted"
        #expect(error == .unwritable(path: staging, operation: "create the staging folder", reason: reason))
        #expect(
            "\(error!)"
                == "Output folder not writable: cannot create the staging folder \(staging) (\(reason)); "
                + "nothing was published and the previous build is untouched.")
        #expect(publisher.latestBuild?.path == first.path)
        #expect(names(root, hidden: true) == [".lock", "builds", "latest"])
        #expect(try text(root.appendingPathComponent("latest/report.md")) == "first\n")
    }

    @Test(.enabled(if: Tmpfs.available)) func fullDiskWhileTheBodyWritesLeavesThePreviousBuild() throws {
        let root = try temporaryDirectory()
        try Tmpfs.mount(root, options: "size=64k")
        defer { Tmpfs.unmount(root) }
        let first = try publish(root, stamp: "s1", files: ["report.md": "first\n"])
        #expect(throws: (any Error).self) {
            try publish(root, stamp: "s2", files: ["big.csv": String(repeating: "x", count: 256 * 1024)])
        }
        #expect(AtomicPublisher(root: root, logger: recorder.logger).latestBuild?.path == first.path)
        #expect(names(root, hidden: true) == [".lock", "builds", "latest"])
        #expect(names(root.appendingPathComponent("builds")) == ["s1"])
        #expect(try text(root.appendingPathComponent("latest/report.md")) == "first\n")
        // The staging folder was removed, so its space is free again for the next build.
        try publish(root, stamp: "s3", files: ["report.md": "third\n"])
        #expect(try text(root.appendingPathComponent("latest/report.md")) == "third\n")
    }

    @Test(.enabled(if: Tmpfs.available)) func fullDiskInThePublisherMapsToDiskFull() throws {
        let root = try temporaryDirectory()
        try Tmpfs.mount(root, options: "size=1m,nr_inodes=16")
        defer { Tmpfs.unmount(root) }
        let first = try publish(root, stamp: "s1", files: ["report.md": "first\n"])
        let filler = root.appendingPathComponent("filler")
        try FileManager.default.createDirectory(at: filler, withIntermediateDirectories: false)
        var count = 0
        while true {
            let file = open(filler.path + "/\(count)", O_CREAT | O_WRONLY | O_CLOEXEC, 0o644)
            if file < 0 { break }
            close(file)
            count += 1
        }
        #expect(errno == ENOSPC)

        let error = #expect(throws: PublishError.self) { try publish(root, stamp: "s2", files: ["a": "1"]) }
        let staging = root.path + "/.staging-s2-\(getpid())"
        #expect(error == .diskFull(path: staging, operation: "create the staging folder"))
        #expect(
            "\(error!)"
                == "Disk full: no space left to create the staging folder \(staging); "
                + "nothing was published and the previous build is untouched.")
        #expect(AtomicPublisher(root: root, logger: recorder.logger).latestBuild?.path == first.path)
        #expect(try text(root.appendingPathComponent("latest/report.md")) == "first\n")
    }
}
