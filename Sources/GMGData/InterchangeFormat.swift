#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The activities interchange CSV: one row per activity, the flat export of other systems and the
/// benchmark's input (`gmg query --interchange`, `gmg db export --interchange`, `gmg workload`).
/// This is its one definition; ``InterchangeReader`` applies it on every path, so a file gets the
/// same verdict whichever command reads it.
///
/// - The header is exactly ``header``; an empty file (not even a header) is an error.
/// - Every row has 13 fields; `activity_id` is not empty and appears once in the file; `year` is a
///   whole number in ``years``; `estimated_cost_usd` is empty (unknown, never zero) or a
///   non-negative decimal number (`1200`, `1200.50`, `1.2e3`) of at most ``maximumCost``, and all
///   costs together stay within ``maximumTotalCost`` (so every sum is exact); no field is longer
///   than a spreadsheet cell holds (``TextLimits/cellCharacters``).
/// - `lead_agencies` and `funding_sources` are `;`-separated lists (see ``names(in:)``).
/// - CSV syntax errors, NUL bytes and invalid UTF-8 are errors (``CSVScanner``).
public enum InterchangeFormat {
    /// The header, in order.
    public static let header = ["activity_id", "plan", "year", "work_stream", "output_code", "output_title", "activity_code",
                                "activity", "timeframe", "lead_agencies", "funding_sources", "estimated_cost_usd", "status"]

    /// Column positions (0-based) in ``header``.
    public enum Column {
        public static let id = 0
        public static let plan = 1
        public static let year = 2
        public static let workStream = 3
        public static let outputCode = 4
        public static let outputTitle = 5
        public static let activityCode = 6
        public static let activity = 7
        public static let timeframe = 8
        public static let leads = 9
        public static let funding = 10
        public static let cost = 11
        public static let status = 12
    }

    /// The years a row may have.
    public static let years = 1900...2100
    /// The largest cost of one activity, in US dollars (one trillion).
    public static let maximumCost = AmountParser.maximum
    /// The largest sum of all costs of a file, in US dollars, so that sums in thousandths of a
    /// dollar stay exact 64-bit integers.
    public static let maximumTotalCost = 1e15

    /// The names of a `;`-separated list: split on `;`, each trimmed of white space, empty ones
    /// dropped, and a name listed twice kept once (a lead listed twice counts once).
    public static func names(in text: String) -> [String] {
        var names: [String] = []
        for part in text.split(separator: ";", omittingEmptySubsequences: true) {
            let name = trimmed(part)
            if !name.isEmpty, !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// The words other systems use for the five statuses of `Data/progress.csv`, in the form
    /// ``progressStatus(_:)`` compares them (lower case, hyphens for spaces and underscores).
    public static let statusSynonyms: [String: ProgressStatus] = [
        "completed": .delivered, "complete": .delivered, "done": .delivered,
        "ongoing": .inProgress, "on-going": .inProgress, "under-way": .inProgress, "underway": .inProgress,
        "not-started": .planned,
        "deferred": .postponed, "on-hold": .postponed,
        "canceled": .cancelled,
    ]

    /// The progress status a `status` field means: one of the five statuses of `Data/progress.csv`
    /// or a word of ``statusSynonyms``, compared after trimming spaces, without regard to ASCII case,
    /// with spaces and underscores read as hyphens ("In progress" and "in_progress" are
    /// `in-progress`, "Completed" is `delivered`). Nil for anything else, which is stored as written.
    public static func progressStatus(_ field: UnsafeBufferPointer<UInt8>) -> ProgressStatus? {
        var start = field.startIndex
        var end = field.endIndex
        while start < end, field[start] == UInt8(ascii: " ") { start += 1 }
        while end > start, field[end - 1] == UInt8(ascii: " ") { end -= 1 }
        guard start < end, end - start <= 16 else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { word -> ProgressStatus? in
            var count = 0
            for byte in field[start..<end] {
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): word[count] = byte | 0x20
                case UInt8(ascii: " "), UInt8(ascii: "_"): word[count] = UInt8(ascii: "-")
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "-"): word[count] = byte
                default: return nil
                }
                count += 1
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: word[..<count]), as: UTF8.self)
            return ProgressStatus(rawValue: text) ?? statusSynonyms[text]
        }
    }

    /// `text` without leading and trailing white space (as Python's `str.strip()`).
    private static func trimmed(_ text: Substring) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }

    /// The year of field `year`, or nil when it is not a whole number in ``years``.
    static func year(_ field: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !field.isEmpty, field.count <= 4 else { return nil }
        var value = 0
        for byte in field {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return years.contains(value) ? value : nil
    }

    /// The cost of a non-empty field `cost`: decimal digits with an optional point and exponent,
    /// read by `strtod` as a whole; nil when it is not such a number, negative or not finite.
    static func cost(_ text: UnsafePointer<CChar>, _ field: UnsafeBufferPointer<UInt8>) -> Double? {
        let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
        guard digits.contains(field[0]) || field[0] == UInt8(ascii: "."),
              field.allSatisfy({ digits.contains($0) || $0 == UInt8(ascii: ".") || $0 | 0x20 == UInt8(ascii: "e")
                  || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") })
        else { return nil }
        var end: UnsafeMutablePointer<CChar>?
        let number = strtod(text, &end)
        let consumed = end.map { UnsafeRawPointer($0) - UnsafeRawPointer(text) } ?? 0
        guard consumed == field.count, number.isFinite, number >= 0 else { return nil }
        return number
    }
}

/// Why an interchange file was refused: the first problem in file order, located like a `gmg
/// check` diagnostic (`file:line:column: error: message (column name)`).
public struct InterchangeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where and what.
    public var diagnostic: Diagnostic

    /// Creates an error at `line` and `column` (1-based), about the field of that column when there is one.
    public init(file: String, line: Int, column: Int, message: String) {
        let field = (1...InterchangeFormat.header.count).contains(column) ? InterchangeFormat.header[column - 1] : nil
        diagnostic = Diagnostic(file: file, line: line, column: column, severity: .error, message: message, field: field)
    }

    /// The line of the problem.
    public var line: Int { diagnostic.line }
    /// The CSV column of the problem.
    public var column: Int { diagnostic.column }
    /// What is wrong.
    public var message: String { diagnostic.message }

    public var description: String { diagnostic.description }
}
