import GRDB

/// Appends rows to a table through one INSERT of ``batch`` rows, run once per full batch, and a
/// one-row INSERT for the last few: SQLite starts the statement and opens the table's cursor once a
/// batch instead of once a row. For the loader's pre-summed tables, which insert their rows after
/// the last activity.
struct BatchedInsert<Row> {
    /// The rows of one execution of the multi-row statement.
    static var batch: Int { 64 }

    private let many: PreparedInsert
    private let one: PreparedInsert
    private let columns: Int32
    private let bind: (Row, PreparedInsert, Int32) throws -> Void
    private var pending: [Row] = []

    /// Prepares both statements on `db`, inside the loader's transaction.
    /// - Parameters:
    ///   - table: the table, whose every column is given, in order.
    ///   - columns: how many columns the table has.
    ///   - bind: binds a row's `columns` values to the statement's parameters from the index given.
    init(_ db: Database, table: String, columns: Int, bind: @escaping (Row, PreparedInsert, Int32) throws -> Void) throws {
        let row = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
        many = try PreparedInsert(db, "INSERT INTO \(table) VALUES " + Array(repeating: row, count: Self.batch).joined(separator: ", "))
        one = try PreparedInsert(db, "INSERT INTO \(table) VALUES \(row)")
        self.columns = Int32(columns)
        self.bind = bind
        pending.reserveCapacity(Self.batch)
    }

    /// Adds `row`, inserted when its batch is full or at ``finish()``.
    mutating func append(_ row: Row) throws {
        pending.append(row)
        guard pending.count == Self.batch else { return }
        for (index, row) in pending.enumerated() { try bind(row, many, Int32(index) * columns + 1) }
        try many.execute()
        pending.removeAll(keepingCapacity: true)
    }

    /// Inserts the rows of the last, partial batch one by one.
    mutating func finish() throws {
        for row in pending {
            try bind(row, one, 1)
            try one.execute()
        }
        pending.removeAll()
    }
}
