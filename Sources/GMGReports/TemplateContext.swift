import GMGTable

/// What report templates can use: parameters, the build date, key figures, and a section's rows.
enum TemplateContext {
    /// Names every template has, which report parameters cannot take.
    static let reservedNames: Set<String> = ["params", "figures", "date", "data_date", "rows", "count", "one", "empty"]

    /// Parameters (`{{term}}` and `{{params.term}}`), the build date (`{{date}}`), the data's date
    /// (`{{data_date}}`, the build date when the data has none) and the first row of every
    /// key-figure and text section (`{{figures.<section id>.<column>}}`, empty when it has no row).
    static func base(parameters: [String: String], sections: [SectionResult], date: CalendarDate,
                     dataDate: CalendarDate?) -> [String: TemplateValue] {
        var figures: [String: TemplateValue] = [:]
        for section in sections where section.definition.render == .keyFigures || section.definition.render == .text {
            figures[section.definition.id] = row(section.table.rows.first, columns: section.table.columns)
        }
        var context = parameters.mapValues(TemplateValue.text)
        context["params"] = .object(parameters.mapValues(TemplateValue.text))
        context["figures"] = .object(figures)
        context["date"] = .text(date.description)
        context["data_date"] = .text((dataDate ?? date).description)
        return context
    }

    /// The base context plus a section's rows (`{{#rows}}...{{/rows}}`, those the document shows),
    /// `{{count}}` (every row, shown or not), `{{#one}}` (exactly one row) and `{{#empty}}`.
    static func section(_ section: SectionResult, base: [String: TemplateValue]) -> TemplateValue {
        let columns = section.table.columns
        var context = base
        // `rows` are those the document shows (cut at the reading limit); `count` is all of them.
        let count = section.cut?.total ?? section.table.rowCount
        context["rows"] = .list(section.table.rows.map { row($0, columns: columns) }, item: row(nil, columns: columns))
        context["count"] = .text(String(count))
        context["empty"] = .flag(count == 0)
        context["one"] = .flag(count == 1)
        return .object(context)
    }

    /// A row as column name → formatted text; every column is present, an empty cell (or no row)
    /// as empty text, which is false in `{{#column}}...{{/column}}`.
    static func row(_ row: [Cell]?, columns: [Column]) -> TemplateValue {
        var values: [String: TemplateValue] = [:]
        for (index, column) in columns.enumerated() {
            let cell = row.flatMap { index < $0.count ? $0[index] : nil } ?? .null
            values[column.name] = .text(CellFormatting.text(cell, kind: column.kind))
        }
        return .object(values)
    }
}
