import Foundation
import Logging

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive lock on `<directory>/.lock` that keeps two builds from running over each other.
///
/// The lock is an `flock(2)` on the file, so the kernel releases it when the holding process dies,
/// even by SIGKILL. Each `BuildLock` opens its own file description, so two instances contend even
/// within one process. While held, the file names the holder (``LockHolder``) so a waiting build can
/// say who it waits for; a file that still names a holder when the lock is taken is left over from a
/// process that died, and is logged as recovered.
///
/// ```swift
/// let lock = BuildLock(directory: out, logger: logger)
/// try lock.acquire(wait: .seconds(60))
/// defer { lock.release() }
/// ```
public final class BuildLock {
    /// The name of the lock file inside the locked directory.
    public static let fileName = ".lock"

    /// The directory the lock protects.
    public let directory: URL
    /// The lock file, `<directory>/.lock`.
    public var path: URL { directory.appendingPathComponent(Self.fileName) }

    private let logger: Logger
    private var descriptor: Int32?

    /// Creates an unheld lock on `directory`; nothing is touched until ``acquire(wait:pollInterval:)``.
    public init(directory: URL, logger: Logger) {
        self.directory = directory.standardizedFileURL
        self.logger = logger
    }

    deinit { release() }

    /// Whether this instance holds the lock.
    public var isHeld: Bool { descriptor != nil }

    /// Takes the lock, polling until `wait` has passed; creates the directory when it is missing.
    ///
    /// - Parameters:
    ///   - wait: How long to wait for another holder; zero tries once.
    ///   - pollInterval: How often to try again while waiting.
    /// - Throws: ``LockError/busy(path:holder:waited:)`` when the lock stayed taken for the whole
    ///   wait, ``LockError/unusable(path:operation:reason:)`` when the file cannot be created or written.
    public func acquire(wait: Duration, pollInterval: Duration = .milliseconds(50)) throws(LockError) {
        guard descriptor == nil else { return }
        let file = try openFile()
        let clock = ContinuousClock()
        let start = clock.now
        var loggedWait = false
        while flock(file, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            if code == EINTR { continue }
            guard code == EWOULDBLOCK else {
                close(file)
                throw .unusable(path: path.path, operation: "lock", reason: SystemCalls.message(code))
            }
            let holder = readHolder(file)
            let waited = clock.now - start
            guard waited < wait else {
                close(file)
                throw .busy(path: path.path, holder: holder, waited: waited)
            }
            if !loggedWait {
                logger.info("waiting for the build lock", metadata: holderMetadata(holder))
                loggedWait = true
            }
            Thread.sleep(forTimeInterval: Self.seconds(min(pollInterval, wait - waited)))
        }
        descriptor = file
        if let previous = readHolder(file) { logRecovered(previous) }
        try writeHolder(file)
    }

    /// Releases the lock and clears the holder from the file; does nothing when not held.
    public func release() {
        guard let file = descriptor else { return }
        descriptor = nil
        _ = ftruncate(file, 0)  // Best effort: a stale holder left behind is only logged by the next build.
        flock(file, LOCK_UN)
        close(file)
    }

    private func openFile() throws(LockError) -> Int32 {
        if let error = SystemCalls.makeDirectories(directory.path) {
            throw .unusable(path: path.path, operation: "create the folder of", reason: error.message)
        }
        switch SystemCalls.openDescriptor(path.path, O_RDWR | O_CREAT | O_CLOEXEC) {
        case .success(let file): return file
        case .failure(let error):
            throw .unusable(path: path.path, operation: "open", reason: error.message)
        }
    }

    private func readHolder(_ file: Int32) -> LockHolder? {
        var buffer = [UInt8](repeating: 0, count: 1024)
        let count = pread(file, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        return LockHolder(fileText: String(decoding: buffer[..<count], as: UTF8.self))
    }

    private func writeHolder(_ file: Int32) throws(LockError) {
        let holder = LockHolder(pid: getpid(), host: SystemCalls.hostName(), since: Date())
        let bytes = Array(holder.fileText.utf8)
        guard ftruncate(file, 0) == 0, pwrite(file, bytes, bytes.count, 0) == bytes.count else {
            let reason = SystemCalls.message(errno)
            release()
            throw .unusable(path: path.path, operation: "write", reason: reason)
        }
        logger.debug("build lock taken", metadata: holderMetadata(holder))
    }

    private func logRecovered(_ previous: LockHolder) {
        let metadata = holderMetadata(previous)
        if previous.isDeadHere {
            logger.info("stale lock of dead process \(previous.pid) recovered", metadata: metadata)
        } else {
            logger.info(
                "lock file named process \(previous.pid) on \(previous.host), which no longer held it; recovered",
                metadata: metadata)
        }
    }

    private func holderMetadata(_ holder: LockHolder?) -> Logger.Metadata {
        var metadata: Logger.Metadata = ["lock.path": "\(path.path)"]
        if let holder {
            metadata["lock.pid"] = "\(holder.pid)"
            metadata["lock.host"] = "\(holder.host)"
            metadata["lock.since"] = "\(holder.sinceText)"
        }
        return metadata
    }

    private static func seconds(_ duration: Duration) -> TimeInterval {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
