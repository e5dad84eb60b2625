import GMGQuery
import GMGTable

/// What a query's workbook says above its table: what the query answers, with which parameters,
/// and the data's date.
struct QueryContext {
    var dataDate: CalendarDate?
    var lines: [String] = []

    /// The query's description and its parameters as run (a default when not given).
    static func describe(_ query: SavedQuery, given: [String: String]) -> [String] {
        var lines: [String] = []
        if !query.description.isEmpty { lines.append(query.description) }
        let parameters = query.parameters.map { parameter -> String in
            let value = given[parameter.name] ?? parameter.defaultValue ?? ""
            let shown = value == "null" ? "not set" : value
            let meaning = parameter.description.isEmpty ? "" : " \u{2013} \(parameter.description)"
            return "\(parameter.name) = \(shown)\(meaning)"
        }
        lines.append("Parameters: " + (parameters.isEmpty ? "none." : parameters.joined(separator: "; ") + "."))
        return lines
    }
}
