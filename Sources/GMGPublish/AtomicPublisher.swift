import Foundation
import Logging

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Publishes a build folder all at once: either the whole new build becomes `latest`, or nothing changes.
///
/// Layout of the output root:
/// ```
/// <root>/.lock                  the BuildLock file
/// <root>/builds/<stamp>/        one folder per published build
/// <root>/latest -> builds/<stamp>   a relative symlink to the newest build
/// ```
/// A build is written into `<root>/.staging-<stamp>-<pid>/`, flushed to disk, renamed into
/// `builds/`, and only then is `latest` swapped, by renaming a new symlink over it. A failure or a
/// kill at any point leaves `latest` and every published build as they were; staging folders left
/// by killed runs are removed by the next run. Files at the root that describe the latest build
/// (``RootEntry``, such as `index.md`) are replaced in the same step as `latest`.
///
/// ```swift
/// let lock = BuildLock(directory: out, logger: logger)
/// try lock.acquire(wait: .seconds(60))
/// defer { lock.release() }
/// let publisher = AtomicPublisher(root: out, logger: logger)
/// let build = try publisher.publish(stamp: AtomicPublisher.stamp(for: Date()), keep: 7, lock: lock) { folder in
///     try renderAllReports(into: folder)
/// }
/// ```
public struct AtomicPublisher: Sendable {
    /// The output root holding `builds/` and `latest`.
    public let root: URL
    private let logger: Logger

    /// Creates a publisher for the output root `root`.
    public init(root: URL, logger: Logger) {
        self.root = root.standardizedFileURL
        self.logger = logger
    }

    /// The folder of published builds, `<root>/builds`.
    public var buildsFolder: URL { root.appending(path: "builds", directoryHint: .isDirectory) }

    /// The `latest` symlink, `<root>/latest`.
    public var latestLink: URL { root.appendingPathComponent("latest") }

    /// The build `latest` points to, or nil before the first build.
    public var latestBuild: URL? {
        guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: latestLink.path) else {
            return nil
        }
        let build = target.hasPrefix("/") ? URL(fileURLWithPath: target) : root.appending(path: target)
        return build.standardizedFileURL
    }

    /// Builds into a staging folder with `body`, then publishes it as `builds/<stamp>` and `latest`.
    ///
    /// - Parameters:
    ///   - stamp: The build's name, letters, digits, `-` and `_`, sorting in time order
    ///     (``stamp(for:)`` makes one); when a build of that name exists, `.2`, `.3`… is appended.
    ///   - keep: How many builds to keep; older ones are removed, never the one `latest` names.
    ///   - lock: The held lock on ``root``; it guarantees no other run publishes meanwhile.
    ///   - body: Fills the staging folder it is given.
    /// - Returns: The published build folder.
    /// - Throws: ``PublishError``, or whatever `body` throws; either way nothing was published.
    public func publish(stamp: String, keep: Int, lock: BuildLock, body: (URL) throws -> Void) throws -> URL {
        try publishWithRootEntries(stamp: stamp, keep: keep, lock: lock) { folder in
            try body(folder)
            return []
        }
    }

    /// Like ``publish(stamp:keep:lock:body:)``, and also replaces the `entries` that `body` returns
    /// at the root (such as an `index.md` whose links go through `latest/`) in the same step as
    /// `latest`: they are written and flushed next to it before the swap and renamed into place
    /// right after it, so a failure at any point (a full disk included) leaves `latest` and every
    /// root entry on the previous build.
    public func publishWithRootEntries(stamp: String, keep: Int, lock: BuildLock, body: (URL) throws -> [RootEntry]) throws -> URL {
        precondition(lock.isHeld && lock.directory.path == root.path, "publish needs the held lock of \(root.path)")
        guard BuildName.isValidStamp(stamp) else { throw PublishError.invalidStamp(stamp) }
        guard keep >= 1 else { throw PublishError.invalidKeep(keep) }
        removeLeftovers()
        try make(directory: buildsFolder, operation: "create the builds folder")
        let staging = root.appendingPathComponent(".staging-\(stamp)-\(getpid())")
        try make(directory: staging, operation: "create the staging folder")
        let build: URL
        var staged: [StagedEntry] = []
        do {
            let entries = try body(staging)
            try syncTree(staging)
            for entry in entries { staged.append(try stage(entry)) }
            try sync(directory: root)
            build = try moveIntoBuilds(staging, stamp: stamp)
        } catch {
            remove(staging, reason: "failed build")
            staged.forEach { unlink($0.temporary.path) }
            throw error
        }
        let previous = try? FileManager.default.destinationOfSymbolicLink(atPath: latestLink.path)
        do {
            try sync(directory: buildsFolder)
            try pointLatest(to: "builds/\(build.lastPathComponent)")
            for entry in staged { try place(entry) }
        } catch {
            if let previous, (try? FileManager.default.destinationOfSymbolicLink(atPath: latestLink.path)) != previous {
                try? pointLatest(to: previous)
            }
            staged.forEach { unlink($0.temporary.path) }
            remove(build, reason: "build that could not become latest")
            throw error
        }
        logger.info("build published", metadata: ["publish.build": "\(build.path)"])
        do {
            try sync(directory: root)
            prune(keep: keep, latest: build.lastPathComponent)
        } catch {
            // The swap happened; until it is on disk, a crash could bring back the old `latest`, so keep every build.
            logger.info("not pruning: \(error)", metadata: ["publish.build": "\(build.path)"])
        }
        return build
    }

    /// A stamp for a build started at `date`: UTC, sorting in time order, such as `20250301T020000Z`.
    public static func stamp(for date: Date) -> String {
        let style = Date.ISO8601FormatStyle(dateSeparator: .omitted, timeSeparator: .omitted, timeZone: .gmt)
        return date.formatted(style)
    }

    private func make(directory: URL, operation: String) throws(PublishError) {
        if let error = SystemCalls.makeDirectories(directory.path) {
            throw PublishError(error, path: directory.path, operation: operation)
        }
    }

    /// Flushes every file and folder under `folder` (and `folder` itself) to disk.
    private func syncTree(_ folder: URL) throws(PublishError) {
        var paths: [(String, Bool)] = []
        if let walk = FileManager.default.enumerator(atPath: folder.path) {
            for case let relative as String in walk {
                let path = folder.appendingPathComponent(relative).path
                switch SystemCalls.lstatKind(path) {
                case S_IFREG: paths.append((path, false))
                case S_IFDIR: paths.append((path, true))
                default: continue
                }
            }
        }
        paths.append((folder.path, true))
        for (path, isDirectory) in paths {
            if let error = SystemCalls.sync(path: path, directory: isDirectory) {
                throw PublishError(error, path: path, operation: "flush to disk")
            }
        }
    }

    /// Renames the staging folder to a free name in `builds/`.
    private func moveIntoBuilds(_ staging: URL, stamp: String) throws(PublishError) -> URL {
        var name = stamp
        var counter = 1
        while SystemCalls.lstatKind(buildsFolder.appendingPathComponent(name).path) != nil {
            counter += 1
            name = "\(stamp).\(counter)"
        }
        let build = buildsFolder.appending(path: name, directoryHint: .isDirectory)
        if rename(staging.path, build.path) != 0 {
            throw PublishError(Errno(errno), path: build.path, operation: "move the staged build to")
        }
        return build
    }

    /// Swaps `latest` to `target` (`builds/<stamp>`) by renaming a fresh symlink over it.
    private func pointLatest(to target: String) throws(PublishError) {
        let temporary = root.appendingPathComponent(".latest-\(getpid())")
        unlink(temporary.path)
        if symlink(target, temporary.path) != 0 {
            throw PublishError(Errno(errno), path: temporary.path, operation: "create the symlink")
        }
        if rename(temporary.path, latestLink.path) != 0 {
            let error = Errno(errno)
            unlink(temporary.path)
            throw PublishError(error, path: latestLink.path, operation: "replace the symlink")
        }
    }

    /// A root entry written under a temporary name, waiting to be renamed into place.
    private struct StagedEntry {
        let temporary: URL
        let final: URL
    }

    /// Writes `entry` next to its place under a temporary name and flushes it.
    private func stage(_ entry: RootEntry) throws(PublishError) -> StagedEntry {
        let final = root.appendingPathComponent(entry.name)
        let temporary = root.appendingPathComponent(".publish-\(getpid())-\(entry.name)")
        unlink(temporary.path)
        switch entry {
        case .symlink(_, let target):
            if symlink(target, temporary.path) != 0 {
                throw PublishError(Errno(errno), path: final.path, operation: "create the symlink")
            }
        case .file(_, let contents):
            if let error = SystemCalls.writeFile(temporary.path, contents) {
                unlink(temporary.path)
                throw PublishError(error, path: final.path, operation: "write")
            }
        }
        return StagedEntry(temporary: temporary, final: final)
    }

    private func place(_ entry: StagedEntry) throws(PublishError) {
        if rename(entry.temporary.path, entry.final.path) != 0 {
            throw PublishError(Errno(errno), path: entry.final.path, operation: "replace")
        }
    }

    private func sync(directory: URL) throws(PublishError) {
        if let error = SystemCalls.sync(path: directory.path, directory: true) {
            throw PublishError(error, path: directory.path, operation: "flush to disk")
        }
    }

    /// Removes staging folders and temporary symlinks of earlier runs that were killed.
    private func removeLeftovers() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        for name in names.sorted() where name.hasPrefix(".staging-") || name.hasPrefix(".latest-") || name.hasPrefix(".publish-") {
            remove(root.appendingPathComponent(name), reason: "leftover of an interrupted build")
        }
    }

    /// Removes the oldest builds beyond `keep`, never `latest`; failures are only logged.
    private func prune(keep: Int, latest: String) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: buildsFolder.path)) ?? []
        let builds = names.compactMap(BuildName.init).sorted().reversed()
        for old in builds.dropFirst(keep) where old.text != latest {
            remove(buildsFolder.appendingPathComponent(old.text), reason: "pruned old build")
        }
    }

    private func remove(_ url: URL, reason: String) {
        let metadata: Logger.Metadata = ["publish.path": "\(url.path)", "publish.reason": "\(reason)"]
        do {
            try FileManager.default.removeItem(at: url)
            logger.info("removed \(reason)", metadata: metadata)
        } catch {
            logger.info("could not remove \(reason): \(error)", metadata: metadata)
        }
    }
}

/// A file or symlink at the root of the output folder that goes with `latest`, such as an
/// `index.md` whose links go through `latest/`.
public enum RootEntry: Sendable, Equatable {
    /// A regular file with these contents.
    case file(name: String, contents: Data)
    /// A symbolic link to `target` (relative to the root).
    case symlink(name: String, target: String)

    /// The entry's file name in the root.
    public var name: String {
        switch self {
        case .file(let name, _), .symlink(let name, _): name
        }
    }
}
