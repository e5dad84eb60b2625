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
            used.append((key: "chart.value", name: chart.value))
        }
        return used
    }

    /// Fails on the first name `section` uses that `table` (its query's result) has no column for.
    static func check(_ section: SectionDefinition, of report: ReportDefinition, against table: Table) throws(ReportError) {
        let names = Set(table.columns.map(\.name))
        for (key, name) in used(by: section) where !names.contains(name) {
            throw ReportError(file: report.file, key: "\(report.sectionKey(section)).\(key)",
                              "query \"\(section.query)\" has no column \"\(name)\" (its columns: "
                              + table.columns.map(\.name).joined(separator: ", ") + ")")
        }
    }
}
