import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The output folder of a run, replaced whole or not at all.
///
/// A run writes into a staging folder beside the destination (`.NAME.gmg-staging-PID-N`); only
/// when every file is written does ``commit()`` rename it into place. A destination that exists
/// is first renamed aside and removed after the new folder is in place, so the folder never mixes
/// two runs; if anything fails, the staging folder is removed and the destination is untouched.
/// A destination holding files a run does not write is refused before anything is written, so
/// `--out` cannot wipe a folder of other work.
struct OutputFolder {
    /// Where the outputs end up.
    let destination: URL
    /// Where they are written first.
    let staging: URL

    /// Checks the destination and creates the staging folder (and missing parents).
    /// - Throws: ``WorkloadError/io(path:operation:errno:)`` when a folder cannot be created;
    ///   ``WorkloadError/foreignFiles(path:entry:)`` when the destination holds other files.
    init(destination url: URL, outputs: Set<String>) throws {
        destination = url.standardizedFileURL.resolvingSymlinksInPath()
        let path = destination.path
        var info = stat()
        if stat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw WorkloadError.io(path: path, operation: "use as the output folder", errno: ENOTDIR)
            }
            let entries: [String]
            do {
                entries = try FileManager.default.contentsOfDirectory(atPath: path)
            } catch {
                throw WorkloadError.io(path: path, operation: "list", errno: Self.code(of: error))
            }
            if let foreign = entries.sorted().first(where: { !outputs.contains($0) }) {
                throw WorkloadError.foreignFiles(path: path, entry: foreign)
            }
        }
        let parent = destination.deletingLastPathComponent()
        try Self.makeDirectories(parent)
        staging = try Self.makeUnique(in: parent, prefix: ".\(destination.lastPathComponent).gmg-staging")
    }

    /// Moves the staging folder into place, replacing the destination.
    func commit() throws {
        let path = destination.path
        var aside: URL?
        if access(path, F_OK) == 0 {
            let parent = destination.deletingLastPathComponent()
            let moved = try Self.makeUnique(in: parent, prefix: ".\(destination.lastPathComponent).gmg-old")
            guard rename(path, moved.path) == 0 else {
                let code = errno
                rmdir(moved.path)
                throw WorkloadError.io(path: path, operation: "replace", errno: code)
            }
            aside = moved
        }
        guard rename(staging.path, path) == 0 else {
            let code = errno
            if let aside { rename(aside.path, path) }
            throw WorkloadError.io(path: path, operation: "replace", errno: code)
        }
        if let aside { try? FileManager.default.removeItem(at: aside) }
    }

    /// Removes the staging folder and what was written in it.
    func discard() {
        try? FileManager.default.removeItem(at: staging)
    }

    /// Creates a new, empty folder `prefix-PID-N` in `parent` (N counting up until the name is free).
    private static func makeUnique(in parent: URL, prefix: String) throws -> URL {
        var attempt = 0
        while true {
            attempt += 1
            let candidate = parent.appendingPathComponent("\(prefix)-\(getpid())-\(attempt)")
            if mkdir(candidate.path, 0o755) == 0 { return candidate }
            if errno != EEXIST || attempt > 1000 {
                throw WorkloadError.io(path: candidate.path, operation: "create folder", errno: errno)
            }
        }
    }

    /// Creates the folder at `url` and its missing parents (`mkdir -p`).
    private static func makeDirectories(_ url: URL) throws {
        var path = ""
        for component in url.path.split(separator: "/") {
            path += "/" + component
            if mkdir(path, 0o755) != 0, errno != EEXIST {
                throw WorkloadError.io(path: path, operation: "create folder", errno: errno)
            }
        }
    }

    /// The POSIX error number of a Foundation file error (EIO when it has none).
    static func code(of error: any Error) -> Int32 {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let underlying, underlying.domain == NSPOSIXErrorDomain { return Int32(underlying.code) }
        if (error as NSError).domain == NSPOSIXErrorDomain { return Int32((error as NSError).code) }
        return EIO
    }
}
