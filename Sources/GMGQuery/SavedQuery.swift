import Foundation
import GMGTable

/// The type of a query parameter.
public enum ParameterType: String, Sendable, CaseIterable {
    case text, integer, number, date
}

/// A parameter a saved query declares in its header.
public struct QueryParameter: Sendable, Hashable {
    public var name: String
    public var type: ParameterType
    /// The default as written (`null` for none); nil when the parameter is required.
    public var defaultValue: String?
    public var description: String
}

/// A pivot of a long result into a cross table: one row per `rows` value, one column per `columns`
/// value (sorted), cells summed from `value`, plus a `Total` column and a `Total` row.
public struct Pivot: Sendable, Hashable {
    public var rows: String
    public var columns: String
    public var value: String
}

/// A query kept as a file in `Queries/`: a comment header, then one SQL statement.
///
/// ```sql
/// -- title: Activities and money by funding source
/// -- description: One row per funding source; money split equally among an activity's sources.
/// -- param: year integer = null  Only this plan year (all years when null)
/// -- column: cost_usd money
/// -- totals: activities, cost_usd
/// -- note: An activity with several funding sources counts once for each.
/// -- pivot: rows=funding_source columns=year value=cost_usd
/// SELECT ...
/// ```
public struct SavedQuery: Sendable {
    /// The file name without `.sql`, e.g. `by-agency`.
    public var name: String
    /// The path shown in messages, e.g. `Queries/by-agency.sql`.
    public var file: String
    public var title: String
    public var description: String
    public var parameters: [QueryParameter]
    /// Declared column kinds; undeclared columns take their kind from their values.
    public var columnKinds: [String: ColumnKind]
    /// Columns summed in a totals row.
    public var totals: [String]
    public var notes: [String]
    public var pivot: Pivot?
    public var sql: String

    /// Reads and checks a query file.
    ///
    /// - Throws: ``QueryError`` naming the file and line of a bad header, or a parameter used in
    ///   the SQL but not declared (or declared but not used).
    public init(file: String, name: String, text: String) throws {
        self.name = name
        self.file = file
        title = name
        description = ""
        parameters = []
        columnKinds = [:]
        totals = []
        notes = []
        sql = ""
        var sqlLines: [Substring] = []
        var inHeader = true
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingScalars(in: .whitespaces)
            guard inHeader, trimmed.hasPrefix("--") else {
                if !trimmed.isEmpty { inHeader = false }
                sqlLines.append(line)
                continue
            }
            try readHeaderLine(trimmed.dropFirst(2).trimmingScalars(in: .whitespaces), line: index + 1)
        }
        sql = sqlLines.joined(separator: "\n").trimmingScalars(in: .whitespacesAndNewlines)
        guard !sql.isEmpty else { throw QueryError(file, "no SQL after the header") }
        try checkPlaceholders()
    }

    private mutating func readHeaderLine(_ text: String, line: Int) throws {
        guard let colon = text.firstIndex(of: ":") else { return }
        let key = text[..<colon].trimmingScalars(in: .whitespaces)
        let value = text[text.index(after: colon)...].trimmingScalars(in: .whitespaces)
        switch key {
        case "title": title = value
        case "description": description += (description.isEmpty ? "" : " ") + value
        case "note": notes.append(value)
        case "totals": totals = value.split(separator: ",").map { $0.trimmingScalars(in: .whitespaces) }
        case "column":
            let parts = value.split(separator: " ", omittingEmptySubsequences: true)
            guard parts.count == 2, let kind = ColumnKind(rawValue: String(parts[1])) else {
                throw QueryError("\(file):\(line)", "bad column line \"\(value)\": expected `column: NAME KIND` with KIND one of "
                                 + ColumnKind.allCases.map(\.rawValue).joined(separator: ", "))
            }
            guard columnKinds.updateValue(kind, forKey: String(parts[0])) == nil else {
                throw QueryError("\(file):\(line)", "column \(parts[0]) is declared twice")
            }
        case "param":
            let parameter = try Self.parameter(value, at: "\(file):\(line)")
            guard !parameters.contains(where: { $0.name == parameter.name }) else {
                throw QueryError("\(file):\(line)", "parameter \(parameter.name) is declared twice")
            }
            parameters.append(parameter)
        case "pivot":
            var fields: [String: String] = [:]
            for part in value.split(separator: " ") {
                let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
                if pair.count == 2 { fields[pair[0]] = pair[1] }
            }
            guard let rows = fields["rows"], let columns = fields["columns"], let value = fields["value"] else {
                throw QueryError("\(file):\(line)", "bad pivot line: expected `pivot: rows=COLUMN columns=COLUMN value=COLUMN`")
            }
            pivot = Pivot(rows: rows, columns: columns, value: value)
        default:
            throw QueryError("\(file):\(line)", "unknown header key \"\(key)\" (title, description, param, column, totals, note, pivot)")
        }
    }

    private static func parameter(_ text: String, at location: String) throws -> QueryParameter {
        var words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard words.count >= 2, let type = ParameterType(rawValue: words[1]) else {
            throw QueryError(location, "bad param line \"\(text)\": expected `param: NAME TYPE [= DEFAULT] DESCRIPTION` with TYPE one of "
                             + ParameterType.allCases.map(\.rawValue).joined(separator: ", "))
        }
        let name = words[0]
        words.removeFirst(2)
        var defaultValue: String?
        if words.first == "=", words.count >= 2 {
            defaultValue = words[1]
            words.removeFirst(2)
        }
        let parameter = QueryParameter(name: name, type: type, defaultValue: defaultValue, description: words.joined(separator: " "))
        if let defaultValue, defaultValue != "null", (try? ParameterBinder.convert(defaultValue, to: type)) == nil {
            throw QueryError(location, "default \"\(defaultValue)\" of parameter \(name) is not of type \(type.rawValue)")
        }
        return parameter
    }

    private func checkPlaceholders() throws {
        let used = Set(Self.placeholders(in: sql))
        let declared = Set(parameters.map(\.name))
        if let undeclared = used.subtracting(declared).sorted().first {
            throw QueryError(file, "the SQL uses :\(undeclared) but the header declares no such parameter")
        }
        if let unused = declared.subtracting(used).sorted().first {
            throw QueryError(file, "parameter \(unused) is declared but the SQL does not use :\(unused)")
        }
    }

    /// The `:name` placeholders of SQL text, outside quotes and comments.
    static func placeholders(in sql: String) -> [String] {
        var names: [String] = []
        var quote: Character?
        var index = sql.startIndex
        while index < sql.endIndex {
            let character = sql[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "'" || character == "\"" {
                quote = character
            } else if character == "-", sql[index...].hasPrefix("--") {
                index = sql[index...].firstIndex(of: "\n") ?? sql.endIndex
                continue
            } else if character == "/", sql[index...].hasPrefix("/*") {
                // As in SQLite, a block comment left open runs to the end of the text.
                let body = sql[sql.index(index, offsetBy: 2)...]
                index = body.range(of: "*/")?.upperBound ?? sql.endIndex
                continue
            } else if character == ":" {
                let rest = sql[sql.index(after: index)...]
                let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                if !name.isEmpty, name.first!.isLetter || name.first == "_" { names.append(String(name)) }
            }
            index = sql.index(after: index)
        }
        return names
    }
}
