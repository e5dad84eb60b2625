import GMGQuery
import GMGTable

/// A section's chart and the categories left out of it because no value was stated for them.
struct BuiltChart {
    let chart: Chart
    /// Categories left out because no value of theirs is stated.
    let omitted: [String]
    /// How many categories the query result had.
    let categories: Int
    /// The label column's title.
    let label: String
}

/// Builds a section's ``Chart`` from its query result and its ``ChartDefinition``.
///
/// Categories are the label column's values in order of first appearance; rows with the same label
/// are summed. The series are the `values` columns, or, with `series`, one per value of that column
/// (sorted numerically when they are numbers), whether the result is long or was pivoted by the
/// query's `pivot:` header into one column per value. A value nobody stated (an empty cell) is not
/// plotted: a category with no value in any series is left out and named in ``BuiltChart/omitted``.
/// The measure must match the columns: a money chart plots money columns, a count chart integer ones.
struct ChartBuilder {
    let definition: ChartDefinition
    /// The section's title, for the default chart title.
    let sectionTitle: String
    /// The query's pivot, when its result was pivoted.
    let pivot: Pivot?
    /// Where errors point: the definition file and `sections.<id>.chart`.
    let file: String
    let key: String

    /// One series: its legend name and how a row contributes to it (nil: nothing stated).
    private struct Source {
        let name: String
        let value: ([Cell]) -> Double?
    }

    func build(from table: Table, context: TemplateValue) throws -> BuiltChart {
        let label = try column(definition.label, in: table, key: "label")
        let (sources, kinds) = try seriesSources(table)
        let measure = try checkedMeasure(kinds)
        var categories: [String] = []
        var sums: [String: [Double?]] = [:]
        for row in table.rows {
            let name = row[label] == .null ? "(not stated)" : CellFormatting.raw(row[label])
            if sums[name] == nil {
                categories.append(name)
                sums[name] = Array(repeating: nil, count: sources.count)
            }
            for (index, source) in sources.enumerated() {
                guard let value = source.value(row) else { continue }
                sums[name]![index] = (sums[name]![index] ?? 0) + value
            }
        }
        // Nothing to draw for a category without a value other than zero; it is named when some
        // value of it is not stated.
        let drawn = { (name: String) in sums[name]!.contains { ($0 ?? 0) != 0 } }
        let omitted = categories.filter { name in !drawn(name) && sums[name]!.contains { $0 == nil } }
        var shown = categories.filter(drawn)
        if definition.kind == .pie { shown = shown.filter { (sums[$0]![0] ?? 0) > 0 } }
        // Series without anything to draw (a year without a stated amount) are left out too.
        let kept = sources.indices.filter { index in shown.contains { (sums[$0]![index] ?? 0) != 0 } }
        let title = try definition.title.map {
            try Templates.render($0, context: context, escaping: .plainText, file: file, key: key + ".title")
        }
            ?? sectionTitle
        let chart = Chart(kind: definition.kind, title: title, measure: measure, categories: shown,
                          series: kept.map { index in
                              ChartSeries(name: sources[index].name.isEmpty ? measure.axisTitle : sources[index].name,
                                          values: shown.map { sums[$0]![index] ?? 0 })
                          })
        return BuiltChart(chart: chart.limitingCategories(to: definition.limit), omitted: omitted, categories: categories.count,
                          label: CellFormatting.label(definition.label))
    }

    /// The series and the kinds of the columns their values come from.
    private func seriesSources(_ table: Table) throws -> ([Source], [ColumnKind]) {
        guard let seriesName = definition.series, let valueName = definition.values.first else {
            let columns = try definition.values.enumerated().map { index, name in
                try column(name, in: table, key: definition.values.count == 1 ? "value" : "values[\(index)]")
            }
            // One value column is named by what it measures (the axis says the same); several by their titles.
            let sources = columns.map { index in
                Source(name: columns.count == 1 ? "" : CellFormatting.label(table.columns[index].name), value: { $0[index].numericValue })
            }
            return (sources, columns.map { table.columns[$0].kind })
        }
        if let pivot, pivot.columns == seriesName, pivot.value == valueName {
            // The pivot made one column per series value, then a Total column.
            let columns = Array(table.columns.indices.dropFirst().filter { table.columns[$0].name != "Total" })
            let sources = columns.map { index in Source(name: table.columns[index].name, value: { $0[index].numericValue }) }
            return (sources, columns.map { table.columns[$0].kind })
        }
        let seriesColumn = try column(seriesName, in: table, key: "series")
        let valueColumn = try column(valueName, in: table, key: "value")
        var values: [Cell] = []
        for row in table.rows where !values.contains(row[seriesColumn]) { values.append(row[seriesColumn]) }
        if values.allSatisfy({ $0.numericValue != nil }) { values.sort { $0.numericValue! < $1.numericValue! } }
        let sources = values.map { value in
            Source(name: value == .null ? "(not stated)" : CellFormatting.raw(value),
                   value: { $0[seriesColumn] == value ? $0[valueColumn].numericValue : nil })
        }
        return (sources, [table.columns[valueColumn].kind])
    }

    /// The measure the definition asks for (or the columns imply), checked against the columns.
    private func checkedMeasure(_ kinds: [ColumnKind]) throws -> ChartMeasure {
        let money = ChartMeasure.money(currency: "USD"), count = ChartMeasure.count(noun: definition.noun)
        let wanted = definition.measure ?? (kinds.first == .money ? .money : .count)
        for kind in kinds {
            switch (wanted, kind) {
            case (.money, .money), (.count, .integer): continue
            case (.money, _):
                throw ReportError(file: file, key: key + ".measure", "a money chart plots money columns; a value column holds \(kind.rawValue) values")
            case (.count, _):
                throw ReportError(file: file, key: key + ".measure", "a count chart plots whole-number columns; a value column holds \(kind.rawValue) values")
            }
        }
        return wanted == .money ? money : count
    }

    private func column(_ name: String, in table: Table, key: String) throws -> Int {
        guard let index = table.columns.firstIndex(where: { $0.name == name }) else {
            throw ReportError(file: file, key: self.key + "." + key,
                              "the query result has no column \"\(name)\" (it has: \(table.columns.map(\.name).joined(separator: ", ")))")
        }
        return index
    }
}
