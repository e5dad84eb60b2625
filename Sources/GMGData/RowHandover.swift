import Foundation

/// Checked interchange rows copied out of the scanner's buffer (fields, offsets, year, cost, numbers),
/// so that the reading thread can go on scanning while another thread takes them.
///
/// `@unchecked Sendable`: a batch is filled by one thread, then handed over through
/// ``RowHandover`` (under its lock) and only read by the other until it is handed back.
final class RowBatch: @unchecked Sendable {
    private struct Entry {
        var line: Int
        var endLine: Int
        var count: Int
        /// Where the row's fields start in ``bytes``, and its `count + 1` offsets in ``starts``.
        var bytesAt: Int
        var startsAt: Int
        var year: Int
        var cost: Double?
        var numbers: InterchangeNumbers?
    }

    private var bytes: [UInt8] = []
    private var starts: [Int] = []
    private var entries: [Entry] = []
    /// The rows a batch holds before it is handed over.
    let capacity: Int
    /// The scan's progress when the batch was handed over (nil before the first chunk is read).
    var progress: (read: Int, size: Int)?

    init(capacity: Int) {
        self.capacity = capacity
        entries.reserveCapacity(capacity)
    }

    /// Whether the batch is full.
    var isFull: Bool { entries.count >= capacity }

    /// Copies `row`, whose record is only valid during the scanner's callback.
    func append(_ row: InterchangeRow) {
        let record = row.record
        entries.append(Entry(line: record.line, endLine: record.endLine, count: record.count, bytesAt: bytes.count,
                             startsAt: starts.count, year: row.year, cost: row.cost, numbers: row.numbers))
        bytes.append(contentsOf: UnsafeBufferPointer(start: record.bytes, count: record.starts[record.count]))
        starts.append(contentsOf: UnsafeBufferPointer(start: record.starts, count: record.count + 1))
    }

    /// Calls `body` with each row in order, its record pointing into the batch.
    func forEachRow(_ body: (InterchangeRow) throws -> Void) throws {
        try bytes.withUnsafeBufferPointer { bytes in
            try starts.withUnsafeBufferPointer { starts in
                for entry in entries {
                    let record = CSVRecord(line: entry.line, endLine: entry.endLine, count: entry.count,
                                           bytes: bytes.baseAddress! + entry.bytesAt, starts: starts.baseAddress! + entry.startsAt)
                    try body(InterchangeRow(record: record, year: entry.year, cost: entry.cost, numbers: entry.numbers))
                }
            }
        }
    }

    /// Empties the batch for reuse, keeping its memory.
    func reset() {
        bytes.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        entries.removeAll(keepingCapacity: true)
        progress = nil
    }
}

/// The bounded queue between the thread that scans and checks an interchange file and the thread
/// that takes its rows (``InterchangeReader/read(checkingDuplicates:progress:_:)`` with
/// `readAhead`): at most ``depth`` batches exist, so the reader waits when the taker falls behind
/// and memory stays flat; batches are reused.
///
/// `@unchecked Sendable`: every stored property is read and written under `condition`'s lock.
final class RowHandover: @unchecked Sendable {
    /// Thrown on the reading thread once the taker has stopped.
    struct Stopped: Error {}

    private let condition = NSCondition()
    private let rows: Int
    private let depth: Int
    private var made = 0
    private var spare: [RowBatch] = []
    private var ready: [RowBatch] = []
    private var closed = false
    private var stopped = false

    /// A queue of at most `depth` batches of `rows` rows each.
    init(rows: Int, depth: Int) {
        self.rows = max(1, rows)
        self.depth = max(2, depth)
    }

    /// An empty batch to fill: a spare one, a new one while fewer than ``depth`` exist, or the
    /// next one handed back (waiting for it).
    /// - Throws: ``Stopped`` once the taker has stopped.
    func emptyBatch() throws -> RowBatch {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if stopped { throw Stopped() }
            if let batch = spare.popLast() { return batch }
            if made < depth {
                made += 1
                return RowBatch(capacity: rows)
            }
            condition.wait()
        }
    }

    /// Hands a filled batch to the taker.
    func send(_ batch: RowBatch) {
        condition.lock()
        ready.append(batch)
        condition.broadcast()
        condition.unlock()
    }

    /// No batch follows (the reading thread ends).
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch in order, waiting for it; nil once the reader has closed and every batch was taken.
    func next() -> RowBatch? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if !ready.isEmpty { return ready.removeFirst() }
            if closed { return nil }
            condition.wait()
        }
    }

    /// Gives a batch whose rows were taken back to the reader.
    func recycle(_ batch: RowBatch) {
        batch.reset()
        condition.lock()
        spare.append(batch)
        condition.broadcast()
        condition.unlock()
    }

    /// The taker stops (it failed): the reader's next wait or check throws ``Stopped``.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    /// - Throws: ``Stopped`` once the taker has stopped.
    func checkNotStopped() throws {
        condition.lock()
        defer { condition.unlock() }
        if stopped { throw Stopped() }
    }
}
