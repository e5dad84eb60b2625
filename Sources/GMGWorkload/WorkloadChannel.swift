import Foundation

/// What the two threads of a run share: the aggregates the database thread hands to the workbook
/// thread, and a flag that stops both as soon as either fails.
///
/// `@unchecked Sendable`: every stored property is read and written under `condition`'s lock.
final class WorkloadChannel: @unchecked Sendable {
    private let condition = NSCondition()
    private var aggregates: WorkloadAggregates?
    private var failed = false

    /// Hands the aggregates over and wakes the waiting thread.
    func publish(_ value: WorkloadAggregates) {
        condition.lock()
        aggregates = value
        condition.broadcast()
        condition.unlock()
    }

    /// Marks the run as failed, waking a waiting thread.
    func fail() {
        condition.lock()
        failed = true
        condition.broadcast()
        condition.unlock()
    }

    /// Blocks until the aggregates are published.
    /// - Throws: ``WorkloadError/cancelled`` when the run failed first.
    func awaitAggregates() throws -> WorkloadAggregates {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if failed { throw WorkloadError.cancelled }
            if let aggregates { return aggregates }
            condition.wait()
        }
    }

    /// - Throws: ``WorkloadError/cancelled`` once the run has failed.
    func checkNotFailed() throws {
        condition.lock()
        defer { condition.unlock() }
        if failed { throw WorkloadError.cancelled }
    }
}
