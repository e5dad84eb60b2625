import GMGQuery
import GMGTable

/// The column names a section definition uses (`columns`, `group_by`, chart keys), checked against
/// its query's result so that a misspelt name is an error, not a silently missing column.
enum SectionColumns {
    /// The names `section` uses, with the key path of each (`columns[1]`, `group_by`, `chart.label`).
    static func used(by section: SectionDefinition) -> [(key: String, name: String)] {
        var used = section.columns.enumerated().map { (key: "columns[\($0.offset)]", name: $0.element) }
        if let group = section.groupBy { used.append((key: "group_by", name: group)) }
        if let chart = section.chart {
            used.append((key: "chart.label", name: chart.label))
            for (index, value) in chart.values.enumerated() {
                used.append((key: chart.values.count == 1 ? "chart.value" : "chart.values[\(index)]", name: value))
            }
            if let series = chart.series { used.append((key: "chart.series", name: series)) }
        }
        return used
    }

    /// Fails on the first name `section` uses that `table` (its query's result) has no column for.
    /// A pivoted result also answers to the names the pivot turned into columns and cells (a chart's
    /// `series = "year"` and `value = "cost_usd"` over a source × year table).
    static func check(_ section: SectionDefinition, of report: ReportDefinition, against table: Table,
                      pivot: Pivot? = nil) throws(ReportError) {
        var names = Set(table.columns.map(\.name))
        if let pivot { names.formUnion([pivot.rows, pivot.columns, pivot.value]) }
        for (key, name) in used(by: section) where !names.contains(name) {
            throw ReportError(file: report.file, key: "\(report.sectionKey(section)).\(key)",
                              "query \"\(section.query)\" has no column \"\(name)\" (its columns: "
                              + table.columns.map(\.name).joined(separator: ", ") + ")")
        }
    }
}
