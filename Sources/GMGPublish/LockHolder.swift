import Foundation

/// Who holds (or last held) a build lock: written into the lock file so a waiting build can say.
///
/// The file holds one `key=value` pair a line:
/// ```
/// pid=4242
/// host=build-01
/// since=2025-03-01T02:00:00Z
/// ```
public struct LockHolder: Sendable, Equatable {
    /// The process id of the holder.
    public var pid: Int32
    /// The host the holder runs on.
    public var host: String
    /// When the holder took the lock.
    public var since: Date

    /// Creates a description of a lock holder.
    public init(pid: Int32, host: String, since: Date) {
        self.pid = pid
        self.host = host
        self.since = since
    }

    /// Reads the holder from the text of a lock file; nil when the text is empty or incomplete.
    public init?(fileText: String) {
        var fields: [Substring: Substring] = [:]
        for line in fileText.split(separator: "\n") {
            guard let equals = line.firstIndex(of: "=") else { continue }
            fields[line[..<equals]] = line[line.index(after: equals)...]
        }
        guard let pid = fields["pid"].flatMap({ Int32($0) }),
            let host = fields["host"],
            let since = fields["since"].flatMap({ try? Date(String($0), strategy: .iso8601) })
        else { return nil }
        self.init(pid: pid, host: String(host), since: since)
    }

    /// The text written into the lock file.
    public var fileText: String {
        "pid=\(pid)\nhost=\(host)\nsince=\(sinceText)\n"
    }

    /// The start time as ISO 8601 text in UTC, such as `2025-03-01T02:00:00Z`.
    public var sinceText: String {
        since.formatted(.iso8601)
    }

    /// Whether this holder is known to be dead: on this host and no longer running.
    var isDeadHere: Bool {
        host == SystemCalls.hostName() && !SystemCalls.isAlive(pid: pid)
    }
}
