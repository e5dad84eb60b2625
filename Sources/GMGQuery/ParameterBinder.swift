import GMGTable

/// Turns `name=value` parameters into SQL arguments, checked against a query's declarations.
enum ParameterBinder {
    /// A value of a declared type; nil for `null`.
    static func convert(_ text: String, to type: ParameterType) throws -> ReadOnlyConnection.Argument {
        if text == "null" { return .null }
        switch type {
        case .text: return .text(text)
        case .integer:
            guard let value = Int64(text) else { throw ConversionError() }
            return .integer(value)
        case .number:
            guard let value = Double(text), value.isFinite else { throw ConversionError() }
            return .real(value)
        case .date:
            guard let date = CalendarDate(iso: text) else { throw ConversionError() }
            return .text(date.description)
        }
    }

    struct ConversionError: Error {}

    /// The arguments of a query run: every declared parameter bound by name.
    ///
    /// - Throws: ``QueryError`` naming the query file for an unknown, missing or ill-typed parameter.
    static func arguments(for query: SavedQuery, values: [String: String]) throws -> [String: ReadOnlyConnection.Argument] {
        let declared = Dictionary(query.parameters.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        if let unknown = values.keys.sorted().first(where: { declared[$0] == nil }) {
            let known = query.parameters.map(\.name).joined(separator: ", ")
            throw QueryError(query.file, "unknown parameter \"\(unknown)\" (this query takes: \(known.isEmpty ? "none" : known))")
        }
        var arguments: [String: ReadOnlyConnection.Argument] = [:]
        for parameter in query.parameters {
            guard let text = values[parameter.name] ?? parameter.defaultValue else {
                throw QueryError(query.file, "missing parameter \(parameter.name) (\(parameter.type.rawValue)): pass --param \(parameter.name)=VALUE")
            }
            do {
                arguments[parameter.name] = try convert(text, to: parameter.type)
            } catch {
                let example = ["text": "any text", "integer": "2014", "number": "1.5", "date": "2014-06-30"][parameter.type.rawValue]!
                let article = parameter.type == .integer ? "an" : "a"
                throw QueryError(query.file, "parameter \(parameter.name): \"\(text)\" is not \(article) \(parameter.type.rawValue) (e.g. \(example))")
            }
        }
        return arguments
    }
}
