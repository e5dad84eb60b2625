import Foundation
import GMGTable

/// Typed reading of row fields; every problem becomes a diagnostic naming file, line and column.
struct FieldReader {
    var diagnostics = Diagnostics()
    /// The documents a `source` may cite (registered from `documents.csv` before any other file).
    var sources = SourceParser()
    private var seenIDs: [String: [String: Int]] = [:]
    /// References not checked, by the unreadable file they point into.
    var uncheckedReferences: [String: Int] = [:]
    /// Ids of rows dropped for a reference into an unreadable file, with that file.
    var droppedIDs: [String: String] = [:]

    mutating func error(_ row: Row, _ column: String, _ message: String) {
        diagnostics.error(row.file, row.line, row.column(column), message, field: column)
    }

    mutating func warning(_ row: Row, _ column: String, _ message: String) {
        diagnostics.warning(row.file, row.line, row.column(column), message, field: column)
    }

    /// A required, unique slug id; nil (reported) when it is empty, malformed or a duplicate.
    mutating func id(_ row: Row, _ column: String = "id") -> String? {
        let value = row[column]
        guard !value.isEmpty else {
            error(row, column, "missing \(column)")
            return nil
        }
        guard value.utf8.allSatisfy({ (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D || $0 == 0x2E }) else {
            error(row, column, "malformed \(column) \"\(value)\": use lowercase letters, digits, '-' and '.'")
            return nil
        }
        if let first = seenIDs[row.file, default: [:]][value] {
            error(row, column, "duplicate \(column) \"\(value)\" (first on line \(first))")
            return nil
        }
        seenIDs[row.file, default: [:]][value] = row.line
        return value
    }

    /// A required non-empty text.
    mutating func required(_ row: Row, _ column: String) -> String? {
        let value = row[column]
        if value.isEmpty { error(row, column, "missing \(column)") }
        return value.isEmpty ? nil : value
    }

    /// A value of a closed set (an enum with string raw values).
    mutating func choice<T: RawRepresentable & CaseIterable>(_ row: Row, _ column: String, as type: T.Type) -> T?
    where T.RawValue == String {
        let value = row[column]
        if let result = T(rawValue: value) { return result }
        let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
        let suggestion = Suggestion.clause(for: value, among: T.allCases.map(\.rawValue))
        error(row, column, value.isEmpty ? "missing \(column) (one of: \(allowed))"
                                         : "unknown \(column) \"\(value)\"\(suggestion) (one of: \(allowed))")
        return nil
    }

    /// A value of a closed list of strings.
    mutating func choice(_ row: Row, _ column: String, in allowed: [String]) -> String? {
        let value = row[column]
        if allowed.contains(value) { return value }
        error(row, column, "unknown \(column) \"\(value)\" (one of: \(allowed.joined(separator: ", ")))")
        return nil
    }

    /// A whole number in a range.
    mutating func integer(_ row: Row, _ column: String, in range: ClosedRange<Int>) -> Int? {
        let value = row[column]
        guard let number = Int(value), range.contains(number) else {
            error(row, column, "\(column) \"\(value)\" is not a whole number in \(range.lowerBound)...\(range.upperBound)")
            return nil
        }
        return number
    }

    /// An optional whole number in a range (empty is nil, not an error).
    mutating func optionalInteger(_ row: Row, _ column: String, in range: ClosedRange<Int>) -> Int?? {
        row[column].isEmpty ? .some(nil) : integer(row, column, in: range).map { .some($0) }
    }

    /// An ISO date.
    mutating func date(_ row: Row, _ column: String) -> CalendarDate? {
        let value = row[column]
        guard let date = CalendarDate(iso: value) else {
            error(row, column, Self.dateProblem(column, value))
            return nil
        }
        return date
    }

    /// The `source` column: `<document id>: <section or place>` (several separated by `; `), each document
    /// listed in `documents.csv`.
    mutating func source(_ row: Row) -> SourceRef? {
        let value = row["source"]
        guard !value.isEmpty else {
            error(row, "source", "missing source: every record names its document and the section or place in it")
            return nil
        }
        switch sources.parse(value) {
        case .success(let source): return source
        case .failure(let problem):
            error(row, "source", problem.description)
            return nil
        }
    }
}
