import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Thin wrappers over the POSIX calls the publisher and the lock need, each returning the errno.
enum SystemCalls {
    /// The text of an errno value, such as "No space left on device".
    static func message(_ code: Int32) -> String {
        String(cString: strerror(code))
    }

    /// Opens `path` and retries on EINTR; returns the descriptor or the errno.
    static func openDescriptor(_ path: String, _ flags: Int32, _ mode: mode_t = 0o644) -> Result<Int32, Errno> {
        while true {
            let descriptor = path.withCString { open($0, flags, mode) }
            if descriptor >= 0 { return .success(descriptor) }
            if errno != EINTR { return .failure(Errno(errno)) }
        }
    }

    /// Flushes the file or directory at `path` to stable storage.
    static func sync(path: String, directory: Bool) -> Errno? {
        let flags = O_RDONLY | O_CLOEXEC | (directory ? O_DIRECTORY : 0)
        switch openDescriptor(path, flags) {
        case .failure(let error):
            return error
        case .success(let descriptor):
            defer { close(descriptor) }
            return fsync(descriptor) == 0 ? nil : Errno(errno)
        }
    }

    /// Creates (or truncates) the file at `path`, writes `contents` and flushes it to disk.
    static func writeFile(_ path: String, _ contents: Data) -> Errno? {
        let descriptor: Int32
        switch openDescriptor(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC) {
        case .failure(let error): return error
        case .success(let opened): descriptor = opened
        }
        var failure = contents.withUnsafeBytes { writeAll(descriptor, $0) }
        if failure == nil, fsync(descriptor) != 0 { failure = Errno(errno) }
        if close(descriptor) != 0, failure == nil { failure = Errno(errno) }
        return failure
    }

    /// Writes every byte of `bytes` to `descriptor`, retrying on EINTR and after short writes.
    static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Errno? {
        var offset = 0
        while offset < bytes.count {
            let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written > 0 {
                offset += written
            } else if errno != EINTR {
                return Errno(errno)
            }
        }
        return nil
    }

    /// Whether a process with this id is running on this host (zombies count as dead).
    static func isAlive(pid: Int32) -> Bool {
        guard pid > 0 else { return false }
        if kill(pid, 0) != 0 && errno != EPERM { return false }
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let nameEnd = stat.lastIndex(of: ")")
        else { return true }
        let state = stat[stat.index(after: nameEnd)...].drop(while: { $0 == " " }).first
        return state != "Z" && state != "X"
    }

    /// The host name, or "localhost" when it cannot be read.
    static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "localhost" }
        return String(decoding: buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Creates the directory at `path` and its missing parents, like `mkdir -p`; symlinks are followed.
    static func makeDirectories(_ path: String) -> Errno? {
        var info = stat()
        if stat(path, &info) == 0 { return info.st_mode & S_IFMT == S_IFDIR ? nil : Errno(ENOTDIR) }
        let parent = (path as NSString).deletingLastPathComponent
        if parent != path, !parent.isEmpty, let error = makeDirectories(parent) { return error }
        if mkdir(path, 0o755) == 0 { return nil }
        let code = errno
        return code == EEXIST && stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR ? nil : Errno(code)
    }

    /// The entry at `path` without following a final symlink, or nil when there is none.
    static func lstatKind(_ path: String) -> mode_t? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return info.st_mode & S_IFMT
    }
}

/// An errno value with its text.
struct Errno: Error, Equatable {
    /// The raw code, such as `ENOSPC`.
    let code: Int32

    init(_ code: Int32) { self.code = code }

    /// The text, such as "No space left on device".
    var message: String { SystemCalls.message(code) }
}
