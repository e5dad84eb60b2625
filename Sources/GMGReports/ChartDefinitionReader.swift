import GMGTable

/// Reads a section's `chart = { ... }` table.
///
/// ```toml
/// chart = { type = "pie", label = "status", value = "activities" }
/// chart = { type = "bar", label = "funding_source", values = ["activities", "costed_activities"] }
/// chart = { type = "column", label = "funding_source", series = "year", value = "cost_usd", measure = "money" }
/// ```
enum ChartDefinitionReader {
    static let keys = ["type", "title", "label", "value", "values", "series", "measure", "noun", "limit"]

    static func read(_ fields: TOMLFields) throws -> ChartDefinition {
        try fields.checkKeys(keys)
        let typeName = try fields.string("type") ?? "bar"
        guard let kind = Chart.Kind(rawValue: typeName) else {
            throw fields.error("type", "unknown chart type \"\(typeName)\" (\(Chart.Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        var values = try fields.strings("values")
        if let value = try fields.string("value") {
            guard values.isEmpty else { throw fields.error("values", "give value or values, not both") }
            values = [value]
        }
        guard !values.isEmpty else { throw fields.error("value", "missing: the column to plot (value = \"...\" or values = [...])") }
        let series = try fields.string("series")
        if series != nil, values.count != 1 {
            throw fields.error("values", "with series, give exactly one value column")
        }
        if kind == .pie, series != nil || values.count != 1 {
            throw fields.error("type", "a pie shows one value column, without series")
        }
        var measure: ChartDefinition.Measure?
        if let name = try fields.string("measure") {
            guard let known = ChartDefinition.Measure(rawValue: name) else {
                throw fields.error("measure", "unknown measure \"\(name)\" (count, money)")
            }
            measure = known
        }
        let limit = try fields.integer("limit") ?? 8
        guard (2...30).contains(limit) else { throw fields.error("limit", "between 2 and 30 slices or bars") }
        return ChartDefinition(kind: kind, title: try fields.string("title"), label: try fields.requiredString("label"),
                               values: values, series: series, measure: measure,
                               noun: try fields.string("noun") ?? "activities", limit: limit)
    }
}
