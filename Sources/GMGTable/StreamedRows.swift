/// The rows of a result too large to hold as Swift values: a ``Table`` with streamed rows keeps
/// only its first rows in ``Table/rows``, and the renderers that write every row (workbook, CSV)
/// have them replayed from their source (the query, run again) one at a time.
///
/// What the renderers need to know about all rows before or without holding them is counted
/// while the rows first go by: how many there are, the sum of each column's numbers, whether a
/// column has a number and whether it has an empty cell.
public final class StreamedRows: Sendable, Hashable {
    /// What replays the rows: calls its argument once per row, in order.
    public typealias Replay = @Sendable (_ row: ([Cell]) throws -> Void) throws -> Void

    /// How many rows there are.
    public let count: Int
    /// Per column: the sum of its numeric cells.
    public let sums: [Double]
    /// Per column: whether any cell is a number.
    public let hasNumber: [Bool]
    /// Per column: whether any cell is empty.
    public let hasEmpty: [Bool]
    private let replay: Replay

    /// Creates streamed rows from their tallies and the replay of their source.
    public init(count: Int, sums: [Double], hasNumber: [Bool], hasEmpty: [Bool], replay: @escaping Replay) {
        self.count = count
        self.sums = sums
        self.hasNumber = hasNumber
        self.hasEmpty = hasEmpty
        self.replay = replay
    }

    /// Calls `body` with every row, in order, without holding them.
    public func forEach(_ body: ([Cell]) throws -> Void) throws {
        try replay(body)
    }

    /// The same rows with their columns in `order` (an index of the current columns per new column).
    public func reordered(_ order: [Int]) -> StreamedRows {
        let source = replay
        return StreamedRows(count: count, sums: order.map { sums[$0] }, hasNumber: order.map { hasNumber[$0] },
                            hasEmpty: order.map { hasEmpty[$0] }) { body in
            try source { row in try body(order.map { row[$0] }) }
        }
    }

    /// The same rows with every cell passed through `transform`, which must keep numbers and empty cells as they are.
    public func mapCells(_ transform: @escaping @Sendable (Cell) -> Cell) -> StreamedRows {
        let source = replay
        return StreamedRows(count: count, sums: sums, hasNumber: hasNumber, hasEmpty: hasEmpty) { body in
            try source { row in try body(row.map(transform)) }
        }
    }

    /// Streamed rows are equal only to themselves (their source cannot be compared).
    public static func == (lhs: StreamedRows, rhs: StreamedRows) -> Bool { lhs === rhs }

    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}

/// Tallies rows as they go by, for ``StreamedRows``.
public struct RowTally: Sendable {
    /// Rows seen.
    public private(set) var count = 0
    private(set) var sums: [Double]
    private(set) var hasNumber: [Bool]
    private(set) var hasEmpty: [Bool]

    /// A tally of rows of `columns` cells.
    public init(columns: Int) {
        sums = Array(repeating: 0, count: columns)
        hasNumber = Array(repeating: false, count: columns)
        hasEmpty = Array(repeating: false, count: columns)
    }

    /// Counts one row.
    public mutating func add(_ row: [Cell]) {
        count += 1
        for (column, cell) in row.enumerated() where column < sums.count {
            if let number = cell.numericValue {
                sums[column] += number
                hasNumber[column] = true
            } else if cell == .null {
                hasEmpty[column] = true
            }
        }
    }

    /// The tallied rows, replayed by `replay`.
    public func rows(replay: @escaping StreamedRows.Replay) -> StreamedRows {
        StreamedRows(count: count, sums: sums, hasNumber: hasNumber, hasEmpty: hasEmpty, replay: replay)
    }
}

extension Table {
    /// How many rows the table has, held or streamed.
    public var rowCount: Int { streamed?.count ?? rows.count }

    /// Calls `body` with every row, held or streamed, in order.
    public func forEachRow(_ body: ([Cell]) throws -> Void) throws {
        if let streamed {
            try streamed.forEach(body)
        } else {
            for row in rows { try body(row) }
        }
    }

    /// Whether any row has a number in column `index`.
    public func hasNumber(inColumn index: Int) -> Bool {
        streamed.map { $0.hasNumber[index] } ?? rows.contains { $0[index].numericValue != nil }
    }

    /// Whether any row has an empty cell in column `index`.
    public func hasEmpty(inColumn index: Int) -> Bool {
        streamed.map { $0.hasEmpty[index] } ?? rows.contains { $0[index] == .null }
    }
}
