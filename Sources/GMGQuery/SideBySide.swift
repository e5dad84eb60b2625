import Foundation
import GMGData
import Synchronization

/// Independent jobs run side by side on a few threads: each thread takes the next job not yet
/// taken, in the order given (so the longest should come first), until none is left. Saved queries
/// run this way on connections of their own (``GMGDatabase/run(_:threads:)``), and so do the
/// reports of a build. The caller's thread is one of them; the others are new threads, which
/// inherit its scheduling priority.
public enum SideBySide {
    /// Runs `job(0)`, `job(1)`... `job(count - 1)` on up to `threads` threads and returns their
    /// values in that order.
    ///
    /// - Throws: the error of the first job, in the order given, that failed; once one has failed,
    ///   the jobs not yet started are not started.
    public static func run<Value: Sendable>(_ count: Int, threads: Int, _ job: @escaping @Sendable (Int) throws -> Value) throws
        -> [Value] {
        let next = Atomic(0)
        let failed = Atomic(false)
        let results = Mutex([Result<Value, any Error>?](repeating: nil, count: count))
        let work: @Sendable () -> Void = {
            while !failed.load(ordering: .relaxed) {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < count else { return }
                let result = Result { try job(index) }
                if case .failure = result { failed.store(true, ordering: .relaxed) }
                results.withLock { $0[index] = result }
            }
        }
        let helpers = (1..<max(1, min(threads, count))).map { _ in BackgroundJob(name: "gmg-side-by-side", work) }
        work()
        for helper in helpers { _ = try? helper.join() }  // `work` throws nothing
        let finished = results.withLock { $0 }
        for case .failure(let error)? in finished { throw error }
        return try finished.map { try $0!.get() }
    }
}
