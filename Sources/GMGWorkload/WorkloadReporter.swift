import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Hears how a run is going; called from both of its threads.
public protocol WorkloadReporter: Sendable {
    /// A stream of the run ("database" or "workbook") has read `fraction` (0...1) of the input.
    func progress(stream: String, fraction: Double)
    /// A phase of a stream begins.
    func phaseStarted(stream: String, phase: String)
    /// A phase of a stream ended after `seconds`; `detail` says what it did.
    func phaseEnded(stream: String, phase: String, seconds: Double, detail: String)
}

/// Reports to standard error: a progress line redrawn in place, only when standard error is a
/// terminal (so nothing in CI, logs or under a scheduler), and with `verbose` one timing line per
/// phase. Without either it prints nothing.
///
/// `@unchecked Sendable`: its state is only touched under `lock`.
public final class TerminalReporter: WorkloadReporter, @unchecked Sendable {
    private let lock = NSLock()
    private let verbose: Bool
    private let showsProgress: Bool
    private let start = ContinuousClock.now
    private var fractions: [String: Double] = [:]
    private var phases: [String: String] = [:]
    private var lastDraw = ContinuousClock.now - .seconds(1)
    private var lineShown = false

    /// - Parameters:
    ///   - verbose: print a line per phase with its wall time.
    ///   - progress: draw the progress line; defaults to whether standard error is a terminal.
    public init(verbose: Bool, progress: Bool = isatty(STDERR_FILENO) == 1) {
        self.verbose = verbose
        showsProgress = progress
    }

    public func progress(stream: String, fraction: Double) {
        guard showsProgress else { return }
        lock.lock()
        defer { lock.unlock() }
        fractions[stream] = fraction
        let now = ContinuousClock.now
        guard now - lastDraw >= .milliseconds(200) else { return }
        lastDraw = now
        draw()
    }

    public func phaseStarted(stream: String, phase: String) {
        lock.lock()
        defer { lock.unlock() }
        phases[stream] = phase
        fractions[stream] = nil
        if showsProgress { draw() }
    }

    public func phaseEnded(stream: String, phase: String, seconds: Double, detail: String) {
        lock.lock()
        defer { lock.unlock() }
        if verbose {
            clearLine()
            let elapsed = String(format: "%7.2f", (ContinuousClock.now - start).seconds)
            let note = detail.isEmpty ? "" : "  (\(detail))"
            emit("gmg workload: [\(elapsed) s] \(stream): \(phase) " + String(format: "%.2f s", seconds) + note + "\n")
            if showsProgress { draw() }
        }
    }

    /// Removes the progress line, at the end of a run.
    public func finish() {
        lock.lock()
        defer { lock.unlock() }
        clearLine()
    }

    private func draw() {
        let parts = phases.keys.sorted().map { stream -> String in
            "\(stream): " + (phases[stream] ?? "") + (fractions[stream].map { " \(Int($0 * 100))%" } ?? "")
        }
        let elapsed = String(format: "%.0f", (ContinuousClock.now - start).seconds)
        emit("\r\u{1B}[Kgmg workload \(elapsed) s  " + parts.joined(separator: " | "))
        lineShown = true
    }

    private func clearLine() {
        if lineShown { emit("\r\u{1B}[K") }
        lineShown = false
    }

    private func emit(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        let (whole, fraction) = components
        return Double(whole) + Double(fraction) / 1e18
    }
}
