/// A data row of an interchange file that passed every rule of ``InterchangeFormat``.
public struct InterchangeRow {
    /// The row's fields (valid until the callback returns).
    public let record: CSVRecord
    /// The `year` field.
    public let year: Int
    /// The `estimated_cost_usd` field; nil when empty (not stated).
    public let cost: Double?
    /// The numbers of the row's values when the reader numbers them (``InterchangeReader/numbering``), else nil.
    public var numbers: InterchangeNumbers?
}

/// Reads an activities interchange CSV through ``CSVScanner``, applying ``InterchangeFormat``:
/// the first problem in file order stops the read with an ``InterchangeError``.
///
/// ```swift
/// try InterchangeReader(path: "activities.csv").read { row in
///     print(row.record.string(InterchangeFormat.Column.id), row.year, row.cost ?? "not stated")
/// }
/// ```
public struct InterchangeReader: Sendable {
    /// The file to read.
    public var path: String
    /// Bytes read at a time (small values only make tests cross chunk boundaries).
    public var chunkSize: Int
    /// 0: the file is scanned and checked on the caller's thread, between the calls of `body`.
    /// More: a second thread scans and checks it ahead of `body`, handing the checked rows over
    /// `readAhead` at a time (a few batches at most in flight), so that a loader's work per row
    /// and the reading share two cores; the rows, errors and their order are the same.
    public var readAhead: Int
    /// Whether each row comes with its values numbered (``InterchangeRow/numbers``), on the
    /// reading thread: a loader then only looks up what is new.
    public var numbering: Bool

    /// Creates a reader of the file at `path`.
    public init(path: String, chunkSize: Int = 1 << 20, readAhead: Int = 0, numbering: Bool = false) {
        self.path = path
        self.chunkSize = chunkSize
        self.readAhead = readAhead
        self.numbering = numbering
    }

    /// Reads the file, calling `body` for each data row in order; returns the number of rows.
    ///
    /// - Parameters:
    ///   - checkingDuplicates: whether to refuse an `activity_id` seen before; a second reader of
    ///     the same file beside a checking one may skip this (it is the one rule that costs memory).
    ///   - progress: as ``CSVScanner/scan(path:progress:onError:_:)``'s.
    /// - Throws: ``InterchangeError`` for anything wrong with the file (unreadable, empty, bad CSV,
    ///   wrong header, bad row); what `body` or `progress` throw.
    ///   With ``readAhead``, `progress` and `body` are still called on the caller's thread (progress
    ///   once per batch of rows); when `body` or `progress` throws, the reading thread stops; no
    ///   thread outlives the call.
    @discardableResult
    public func read(checkingDuplicates: Bool = true, progress: (_ read: Int, _ size: Int) throws -> Void = { _, _ in },
                     _ body: (InterchangeRow) throws -> Void) throws -> Int {
        guard readAhead > 0 else { return try readHere(checkingDuplicates: checkingDuplicates, progress: progress, body) }
        let handover = RowHandover(rows: readAhead, depth: 4)
        let reader = BackgroundJob(name: "gmg-interchange") { [self] in
            defer { handover.close() }
            var batch = try handover.emptyBatch()
            do {
                let rows = try readHere(checkingDuplicates: checkingDuplicates, progress: { read, size in
                    try handover.checkNotStopped()
                    batch.progress = (read, size)
                }) { row in
                    batch.append(row)
                    if batch.isFull {
                        let progress = batch.progress
                        handover.send(batch)
                        batch = try handover.emptyBatch()
                        batch.progress = progress
                    }
                }
                handover.send(batch)
                return rows
            } catch {
                // The rows before the problem are taken before it is rethrown (unless the taker stopped).
                if !(error is RowHandover.Stopped) { handover.send(batch) }
                throw error
            }
        }
        do {
            while let batch = handover.next() {
                if let reached = batch.progress { try progress(reached.read, reached.size) }
                try batch.forEachRow(body)
                handover.recycle(batch)
            }
        } catch {
            handover.stop()
            _ = try? reader.join()
            throw error
        }
        return try reader.join()
    }

    /// ``read(checkingDuplicates:progress:_:)`` on the caller's thread.
    private func readHere(checkingDuplicates: Bool, progress: (_ read: Int, _ size: Int) throws -> Void,
                          _ body: (InterchangeRow) throws -> Void) throws -> Int {
        var state = ReadState(file: path, checkingDuplicates: checkingDuplicates)
        var numbering = numbering ? InterchangeNumbering() : nil
        do {
            try CSVScanner(chunkSize: chunkSize).scan(path: path, progress: progress) { record in
                guard var row = try state.check(record) else { return }
                row.numbers = numbering?.numbers(of: record, year: row.year)
                try body(row)
            }
        } catch let error as CSVSyntaxError {
            throw InterchangeError(file: path, line: error.line, column: error.column, message: error.explanation)
        } catch let error as CSVFileError {
            throw InterchangeError(file: path, line: 1, column: 1, message: "cannot \(error.operation) the file: \(error.reason)")
        }
        guard state.sawHeader else {
            throw InterchangeError(file: path, line: 1, column: 1, message: """
                empty file: the header row is missing (\(InterchangeFormat.header.joined(separator: ",")))
                """)
        }
        return state.rows
    }
}

/// What one read has seen: the header, the ids, the running cost total.
private struct ReadState {
    let file: String
    let checkingDuplicates: Bool
    var sawHeader = false
    var rows = 0
    var ids = ByteInterner()
    var firstLines: [Int] = []
    var totalCost = 0.0

    init(file: String, checkingDuplicates: Bool) {
        self.file = file
        self.checkingDuplicates = checkingDuplicates
    }

    private func fail(_ record: CSVRecord, _ column: Int, _ message: String) -> InterchangeError {
        InterchangeError(file: file, line: record.line, column: column + 1, message: message)
    }

    /// The row of `record`, nil for the header; throws at the first rule it breaks.
    mutating func check(_ record: CSVRecord) throws -> InterchangeRow? {
        typealias Column = InterchangeFormat.Column
        let header = InterchangeFormat.header
        guard sawHeader else {
            if let wrong = header.indices.first(where: { $0 >= record.count || record.string($0) != header[$0] })
                ?? (record.count > header.count ? header.count : nil) {
                throw fail(record, wrong, "bad header: expected \(header.joined(separator: ","))")
            }
            sawHeader = true
            return nil
        }
        guard record.count == header.count else {
            throw fail(record, min(record.count, header.count), "wrong column count: \(record.count) fields, header has \(header.count)")
        }
        for column in 0..<header.count where record.field(column).count > TextLimits.cellCharacters {
            if let length = TextLimits.overlong(record.string(column)) {
                throw fail(record, column, """
                    text of \(length) characters is longer than a spreadsheet cell holds (32,767 characters)
                    """)
            }
        }
        if record.isEmpty(Column.id) { throw fail(record, Column.id, "missing activity_id") }
        guard let year = InterchangeFormat.year(record.field(Column.year)) else {
            throw fail(record, Column.year, "year \(quoted(record, Column.year)) is not a whole number from 1900 to 2100")
        }
        var cost: Double?
        if !record.isEmpty(Column.cost) {
            guard let value = InterchangeFormat.cost(record.cString(Column.cost), record.field(Column.cost)) else {
                throw fail(record, Column.cost, """
                    estimated_cost_usd \(quoted(record, Column.cost)) is not a non-negative number (such as 1200 or 1200.50)
                    """)
            }
            guard value <= InterchangeFormat.maximumCost else {
                throw fail(record, Column.cost, """
                    estimated_cost_usd \(quoted(record, Column.cost)) is more than the limit of USD 1,000,000,000,000
                    """)
            }
            totalCost += value
            guard totalCost <= InterchangeFormat.maximumTotalCost else {
                throw fail(record, Column.cost, """
                    the costs up to this row add up to more than the limit of USD 1,000,000,000,000,000
                    """)
            }
            cost = value
        }
        if checkingDuplicates {
            let found = ids.id(of: record.field(Column.id))
            if found.isNew {
                firstLines.append(record.line)
            } else {
                throw fail(record, Column.id, """
                    duplicate activity_id \(quoted(record, Column.id)) (first on line \(firstLines[Int(found.id) - 1]))
                    """)
            }
        }
        rows += 1
        return InterchangeRow(record: record, year: year, cost: cost)
    }

    /// A field's text for a message: quoted, cut at 40 characters, control characters shown as `?`.
    private func quoted(_ record: CSVRecord, _ column: Int) -> String {
        let text = record.string(column)
        let shown = String(text.unicodeScalars.prefix(40).map { $0.properties.generalCategory == .control ? "?" : Character($0) })
        return "\"\(shown)\(text.unicodeScalars.count > 40 ? "…" : "")\""
    }
}
