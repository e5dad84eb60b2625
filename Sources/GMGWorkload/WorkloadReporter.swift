/// Hears how a run is going; called from both of its threads. The `gmg` command shows it on its one
/// progress line (and, with `--verbose`, a timing line per phase).
public protocol WorkloadReporter: Sendable {
    /// A stream of the run ("database" or "workbook") has read `fraction` (0...1) of the input.
    func progress(stream: String, fraction: Double)
    /// A phase of a stream begins.
    func phaseStarted(stream: String, phase: String)
    /// A phase of a stream ended after `seconds`; `detail` says what it did.
    func phaseEnded(stream: String, phase: String, seconds: Double, detail: String)
}

/// Hears nothing: for runs nobody watches (tests, library use).
public struct SilentReporter: WorkloadReporter {
    /// Creates a reporter that ignores everything.
    public init() {}
    public func progress(stream: String, fraction: Double) {}
    public func phaseStarted(stream: String, phase: String) {}
    public func phaseEnded(stream: String, phase: String, seconds: Double, detail: String) {}
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        let (whole, fraction) = components
        return Double(whole) + Double(fraction) / 1e18
    }
}
