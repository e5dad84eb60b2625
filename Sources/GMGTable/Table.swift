import Foundation

/// The kind of values a column holds; renderers choose formats from it.
public enum ColumnKind: String, Sendable, Hashable, CaseIterable {
    /// Free text, always written as text (never a formula).
    case text
    /// A whole number.
    case integer
    /// A calendar year: a whole number written without thousands separators (`2014`).
    case year
    /// An amount of money in US dollars.
    case money
    /// A fraction (0.25 means 25 %).
    case percentage
    /// A calendar date (no time of day).
    case date
}

/// One column of a ``Table``: a header and the kind of its values.
public struct Column: Sendable, Hashable {
    /// The header text.
    public var name: String
    /// The kind of the values in this column.
    public var kind: ColumnKind

    /// Creates a column.
    public init(_ name: String, _ kind: ColumnKind = .text) {
        self.name = name
        self.kind = kind
    }
}

/// A calendar date without a time of day.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Creates a date; the caller guarantees it is a real date.
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses an ISO date `YYYY-MM-DD`; nil when the text is not one.
    public init?(iso text: some StringProtocol) {
        self.init(iso: String(text))
    }

    /// Parses an ISO date `YYYY-MM-DD`; nil when the text is not one. (Not generic: a date cell of
    /// every row of a streamed result comes through here, and its bytes are read directly.)
    public init?(iso text: String) {
        var text = text
        let fields: (year: Int, month: Int, day: Int)
        if let digits = text.withUTF8({ Self.digitFields($0) }) {
            fields = digits
        } else {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
                  let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
            else { return nil }
            fields = (year, month, day)
        }
        guard (1...12).contains(fields.month), fields.day >= 1, fields.day <= CalendarDate.days(inMonth: fields.month, year: fields.year)
        else { return nil }
        self.init(year: fields.year, month: fields.month, day: fields.day)
    }

    /// The fields of text that is ten ASCII bytes `DDDD-DD-DD` (every date SQLite gives back), read
    /// on the bytes; nil for anything else, which the general parse above then reads.
    private static func digitFields(_ bytes: UnsafeBufferPointer<UInt8>) -> (year: Int, month: Int, day: Int)? {
        guard bytes.count == 10 else { return nil }
        var fields = (year: 0, month: 0, day: 0)
        for (offset, byte) in bytes.enumerated() {
            if offset == 4 || offset == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            switch offset {
            case ..<4: fields.year = fields.year * 10 + digit
            case ..<7: fields.month = fields.month * 10 + digit
            default: fields.day = fields.day * 10 + digit
            }
        }
        return fields
    }

    /// The number of days in a month of a year (Gregorian).
    public static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

/// One value of a table. `null` is an empty cell.
public enum Cell: Sendable, Hashable {
    case null
    case text(String)
    case integer(Int64)
    case number(Double)
    case date(CalendarDate)

    /// The value as a number when it is one (integer or number); nil otherwise.
    public var numericValue: Double? {
        switch self {
        case .integer(let value): return Double(value)
        case .number(let value): return value
        default: return nil
        }
    }
}

/// A totals row: a label in the first column and sums of the named columns.
public struct Totals: Sendable, Hashable {
    /// The text of the first cell of the row, usually "Total".
    public var label: String
    /// Indexes of the columns to sum (integer, money or percentage columns).
    public var summedColumns: [Int]

    /// Creates a totals row summing the given columns.
    public init(label: String = "Total", summedColumns: [Int]) {
        self.label = label
        self.summedColumns = summedColumns
    }
}

/// A titled, typed table: what a query returns and every renderer draws.
public struct Table: Sendable, Hashable {
    /// A heading for the table (sheet title, Markdown heading).
    public var title: String
    /// The columns, in order.
    public var columns: [Column]
    /// The rows; each has exactly `columns.count` cells. With ``streamed`` rows, only the first ones.
    public var rows: [[Cell]]
    /// Every row, replayed from the source, when there were too many to hold (see ``StreamedRows``).
    public var streamed: StreamedRows?
    /// Notes shown with the table (source, counting rule, build date...).
    public var notes: [String]
    /// An optional totals row, computed by the renderers from `rows`.
    public var totals: Totals?

    /// Creates a table.
    public init(title: String, columns: [Column], rows: [[Cell]] = [], notes: [String] = [], totals: Totals? = nil) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.notes = notes
        self.totals = totals
    }

    /// The sum of a column over all rows, held or streamed (non-numeric cells count as 0).
    public func sum(ofColumn index: Int) -> Double {
        streamed.map { $0.sums[index] } ?? rows.reduce(0) { $0 + ($1[index].numericValue ?? 0) }
    }
}

/// Renders tables to a file: the one shape every output format (CSV, Markdown, XLSX) shares.
///
/// A renderer takes all the tables of one output at once because formats differ in how many fit in a
/// file: a workbook holds a sheet per table and a Markdown document a section per table, while a CSV
/// file holds exactly one table (the CSV renderer throws for any other count). Writing the file is
/// the renderer's only side effect; it never publishes or moves it.
public protocol TableRenderer {
    /// Writes `tables` to the file at `url`, replacing it.
    /// - Throws: an error naming the table, row and column of the first value that cannot be
    ///   written, or the I/O failure.
    func render(_ tables: [Table], to url: URL) throws
}
