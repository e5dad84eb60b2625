import GMGTable

/// Field rules for values people type by hand (progress rows, new plans).
extension FieldReader {
    /// A value of a closed set that may be written in another case or with spaces or underscores
    /// for hyphens ("Delivered", "In progress"): accepted with a warning giving the spelling to use.
    mutating func lenientChoice<T: RawRepresentable & CaseIterable>(_ row: Row, _ column: String, as type: T.Type) -> T?
    where T.RawValue == String {
        let value = row[column]
        if let result = T(rawValue: value) { return result }
        let normalized = value.lowercased().split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "-" }).joined(separator: "-")
        if !normalized.isEmpty, let result = T(rawValue: normalized) {
            warning(row, column, "\(column) \"\(value)\" read as \"\(normalized)\"; write it that way")
            return result
        }
        return choice(row, column, as: type)
    }

    /// Why `value` of `column` is not an ISO date: a day that does not exist, or not the shape YYYY-MM-DD.
    static func dateProblem(_ column: String, _ value: String) -> String {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
           let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month), day >= 1 {
            let days = CalendarDate.days(inMonth: month, year: year)
            return "\(column) \"\(value)\" is not a real date: \(Partial.monthNames[month - 1]) \(year) has \(days) days"
        }
        return "\(column) \"\(value)\" is not a date YYYY-MM-DD"
    }

    /// Reports an unknown reference, suggesting the closest known name. When a file the name could
    /// be defined in (`tables`) has unreadable rows, or the name is the id of a row dropped for
    /// such a reference, the reference is only counted (see ``Diagnostics/unreadableFiles``): the
    /// row defining it may be the one that could not be read. Returns that file then, else nil.
    @discardableResult
    mutating func unknown(_ row: Row, _ column: String, _ what: String, _ name: String, among candidates: some Sequence<String>,
                          in tables: [String], advice: String = "") -> String? {
        if let table = droppedIDs[name] ?? tables.first(where: diagnostics.isUnreadable) {
            uncheckedReferences[table, default: 0] += 1
            return table
        }
        let suggestion = Suggestion.closest(to: name, among: candidates)
        var message = "unknown \(what) \"\(name)\""
        if let suggestion { message += "; did you mean \"\(suggestion)\"?" }
        if !advice.isEmpty { message += suggestion == nil ? ": \(advice)" : " If it is new, \(advice)" }
        error(row, column, message)
        return nil
    }
}
