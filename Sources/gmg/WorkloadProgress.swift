import Foundation
import GMGWorkload

/// Shows a workload run on the command's one progress line (``ProgressLine``: only on a terminal)
/// as the phase of each of its two streams ("database: read and load 40% | workbook: activities
/// sheet 35%"), and with `verbose` prints a timing line per phase on standard error.
///
/// `@unchecked Sendable`: its state is only touched under `lock`.
final class WorkloadProgress: WorkloadReporter, @unchecked Sendable {
    private let lock = NSLock()
    private let verbose: Bool
    private let line = ProgressLine.shared
    private let start = ContinuousClock.now
    private var phases: [String: String] = [:]
    private var percents: [String: Int] = [:]

    init(verbose: Bool) {
        self.verbose = verbose
    }

    func progress(stream: String, fraction: Double) {
        guard let line else { return }
        lock.withLock {
            let percent = Int(fraction * 100)
            guard percents[stream] != percent else { return }
            percents[stream] = percent
            line.begin(text())
        }
    }

    func phaseStarted(stream: String, phase: String) {
        lock.withLock {
            phases[stream] = phase
            percents[stream] = nil
            line?.begin(text())
        }
    }

    func phaseEnded(stream: String, phase: String, seconds: Double, detail: String) {
        guard verbose else { return }
        let (whole, fraction) = (ContinuousClock.now - start).components
        let elapsed = String(format: "%7.2f", Double(whole) + Double(fraction) / 1e18)
        let note = detail.isEmpty ? "" : "  (\(detail))"
        let text = "gmg workload: [\(elapsed) s] \(stream): \(phase) " + String(format: "%.2f s", seconds) + note + "\n"
        let write = { FileHandle.standardError.write(Data(text.utf8)) }
        lock.withLock {
            if let line { line.interrupting(write) } else { write() }
        }
    }

    /// The line's text: each stream's phase and how much of the input it has read.
    private func text() -> String {
        phases.keys.sorted().map { stream in
            "\(stream): " + (phases[stream] ?? "") + (percents[stream].map { " \($0)%" } ?? "")
        }.joined(separator: " | ")
    }
}
