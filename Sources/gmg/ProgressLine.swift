import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a long command is doing, as one line on standard error redrawn in place ("gmg build 42 s
/// loading the database into SQLite"), every half second while a phase runs. Only on a terminal:
/// when standard error is a file, a pipe or a log (CI, cron, systemd), or `TERM` is `dumb`, or `CI`
/// is set, nothing is written. The line is cleared when the command ends, before its own output.
///
/// `@unchecked Sendable`: its state is only touched under `lock`.
final class ProgressLine: @unchecked Sendable {
    /// The line of the running command, shared by its phases (nil when not on a terminal).
    static let shared: ProgressLine? = ProgressLine.onTerminal()

    private let lock = NSLock()
    private let command: String
    private let start = ContinuousClock.now
    private var phase = ""
    private var detail = ""
    private var timer: DispatchSourceTimer?
    private var shown = false

    private init(command: String) {
        self.command = command
    }

    /// A line for the running `gmg` command when standard error is a terminal, else nil.
    private static func onTerminal() -> ProgressLine? {
        let environment = ProcessInfo.processInfo.environment
        guard isatty(STDERR_FILENO) == 1, environment["TERM"] != "dumb", environment["CI"] == nil else { return nil }
        let words = CommandLine.arguments.dropFirst().prefix { !$0.hasPrefix("-") }.prefix(1)
        return ProgressLine(command: (["gmg"] + words).joined(separator: " "))
    }

    /// Starts `phase` (what the command now does; `detail` says how far it got), redrawn with the
    /// elapsed time until the next one. The same phase with a new detail updates it.
    func begin(_ phase: String, detail: String = "") {
        lock.withLock {
            self.phase = phase
            self.detail = detail
            draw()
            if timer == nil {
                let timer = DispatchSource.makeTimerSource(queue: .global(qos: .utility))
                timer.schedule(deadline: .now() + .milliseconds(500), repeating: .milliseconds(500))
                timer.setEventHandler { [weak self] in self?.lock.withLock { self?.draw() } }
                timer.resume()
                self.timer = timer
            }
        }
    }

    /// Runs `write` (a log line on standard error) with the line cleared; the next redraw brings it back.
    func interrupting(_ write: () -> Void) {
        lock.withLock {
            if shown { self.write("\r\u{1B}[K") }
            shown = false
            write()
        }
    }

    /// Clears the line and stops redrawing (before the command prints its result or an error).
    func end() {
        lock.withLock {
            timer?.cancel()
            timer = nil
            if shown { write("\r\u{1B}[K") }
            shown = false
        }
    }

    private func draw() {
        let seconds = Int((ContinuousClock.now - start).components.seconds)
        write("\r\u{1B}[K\(command) \(seconds) s  \(phase)" + (detail.isEmpty ? "" : ": \(detail)"))
        shown = true
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

/// Shows `phase` on the terminal's progress line (if any) while `work` runs.
func showing<T>(_ phase: String, _ work: () throws -> T) rethrows -> T {
    ProgressLine.shared?.begin(phase)
    return try work()
}
