import Foundation

/// A daily unattended build: a systemd service and timer pair, and an equivalent crontab line.
///
/// The service is a `oneshot` run at idle CPU and I/O priority in the project's working directory,
/// with the given environment, logging to the journal or appending to a file; the timer starts it
/// every day at the given time and catches up after downtime (`Persistent=true`). The tool takes
/// its own build lock, so neither form wraps it in `flock`. Every value is quoted for systemd or
/// `/bin/sh` (and cron's `%`), so paths and arguments may hold spaces, quotes, `%` and `$`.
///
/// ```swift
/// let units = try ScheduleUnits(
///     executable: "/usr/local/bin/gmg", workingDirectory: "/srv/gmg",
///     arguments: ["build", "--if-changed", "--keep", "14"], at: "02:00",
///     environment: ["LANG": "C.UTF-8"], log: .file("/var/log/gmg-build.log"))
/// print(units.service, units.timer, units.crontabLine, separator: "\n")
/// ```
public struct ScheduleUnits: Sendable, Equatable {
    /// Where the build's standard output and standard error go.
    public enum LogTarget: Sendable, Equatable {
        /// The systemd journal (for cron: through `systemd-cat`), tagged with the unit name.
        case journal
        /// Appended to the file at this absolute path.
        case file(String)
    }

    /// The unit name without suffix, such as `gmg-build`.
    public let name: String
    /// The absolute path of the tool's binary.
    public let executable: String
    /// The absolute path the build runs in.
    public let workingDirectory: String
    /// The arguments after the binary, such as `["build", "--if-changed"]`.
    public let arguments: [String]
    /// The hour of the daily run, 0–23.
    public let hour: Int
    /// The minute of the daily run, 0–59.
    public let minute: Int
    /// Environment variables for the build.
    public let environment: [String: String]
    /// Where output goes.
    public let log: LogTarget
    /// A random delay of up to this many seconds (systemd only), or nil.
    public let randomizedDelaySeconds: Int64?
    /// How long a run may take before systemd stops it.
    public let timeoutSeconds: Int64

    /// Checks and keeps the schedule.
    ///
    /// - Parameters:
    ///   - name: The unit name, without `.service` or `.timer`.
    ///   - executable: The absolute path of the binary to run.
    ///   - workingDirectory: The absolute path to run it in.
    ///   - arguments: The arguments after the binary.
    ///   - time: `HH:MM` (24-hour; `H:MM` accepted).
    ///   - environment: Variables to set.
    ///   - log: Where output goes.
    ///   - randomizedDelay: A random delay up to this long before each run (systemd only), or nil.
    ///   - timeout: How long a run may take.
    /// - Throws: ``ScheduleError`` naming the first invalid value.
    public init(
        name: String = "gmg-build", executable: String, workingDirectory: String, arguments: [String],
        at time: String, environment: [String: String] = [:], log: LogTarget = .journal,
        randomizedDelay: Duration? = nil, timeout: Duration = .seconds(3600)
    ) throws(ScheduleError) {
        guard !name.isEmpty, name.unicodeScalars.allSatisfy(Self.isUnitNameCharacter) else {
            throw .invalidUnitName(name)
        }
        (hour, minute) = try Self.parse(time: time)
        try Self.checkAbsolute(executable, what: "executable")
        if executable.contains(where: { "\\\"'".contains($0) }) { throw .unsafeExecutable(executable) }
        try Self.checkAbsolute(workingDirectory, what: "working directory")
        if case .file(let path) = log { try Self.checkAbsolute(path, what: "log file") }
        for argument in arguments where UnitEscaping.hasControlCharacter(argument) {
            throw .controlCharacter(what: "argument \(argument.debugDescription)")
        }
        for (variable, value) in environment.sorted(by: { $0.key < $1.key }) {
            guard Self.isVariableName(variable) else { throw .invalidVariableName(variable) }
            if UnitEscaping.hasControlCharacter(value) { throw .controlCharacter(what: "value of \(variable)") }
        }
        timeoutSeconds = try Self.seconds(timeout, what: "timeout")
        randomizedDelaySeconds = try randomizedDelay.map { (delay) throws(ScheduleError) in
            try Self.seconds(delay, what: "randomized delay")
        }
        self.name = name
        self.executable = executable
        self.workingDirectory = workingDirectory
        self.arguments = arguments
        self.environment = environment
        self.log = log
    }

    /// The service file's name, such as `gmg-build.service`.
    public var serviceFileName: String { "\(name).service" }

    /// The timer file's name, such as `gmg-build.timer`.
    public var timerFileName: String { "\(name).timer" }

    /// The time as `HH:MM`.
    public var time: String { String(format: "%02d:%02d", hour, minute) }

    /// Writes the service and timer files into `folder` (such as `/etc/systemd/system`).
    ///
    /// - Returns: The two files written.
    public func write(into folder: URL) throws -> [URL] {
        let files = [(serviceFileName, service), (timerFileName, timer)]
        return try files.map { name, text in
            let url = folder.appendingPathComponent(name)
            try Data(text.utf8).write(to: url, options: .atomic)
            return url
        }
    }

    private static func parse(time: String) throws(ScheduleError) -> (Int, Int) {
        let parts = time.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let hour = Int(parts[0]), let minute = Int(parts[1]), (0...23).contains(hour), (0...59).contains(minute)
        else { throw .invalidTime(time) }
        return (hour, minute)
    }

    private static func checkAbsolute(_ path: String, what: String) throws(ScheduleError) {
        guard path.hasPrefix("/") else { throw .notAbsolute(what: what, path: path) }
        if UnitEscaping.hasControlCharacter(path) { throw .controlCharacter(what: what) }
    }

    private static func seconds(_ duration: Duration, what: String) throws(ScheduleError) -> Int64 {
        let (seconds, attoseconds) = duration.components
        guard seconds > 0, attoseconds == 0 else { throw .invalidDuration(what: what) }
        return seconds
    }

    private static func isUnitNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCIIAlphanumeric || "-_.".unicodeScalars.contains(scalar)
    }

    private static func isVariableName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { $0.isASCIIAlphanumeric || $0 == "_" }
    }
}
