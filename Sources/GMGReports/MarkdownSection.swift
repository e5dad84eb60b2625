import GMGRender
import GMGTable

/// One section of a report in Markdown: heading, text, then the table, key figures or chart.
struct MarkdownSection {
    let section: SectionResult
    let document: ReportDocument

    private var definition: SectionDefinition { section.definition }
    private var table: Table { section.table }
    private static let renderer = MarkdownTable(options: .init(moneyDecimals: 0, percentDecimals: 0))

    func render() throws -> String {
        var text = MarkdownText.heading(definition.title, level: 2) + "\n\n"
        if !definition.text.isEmpty {
            let body = try Templates.render(definition.text, context: document.context(for: section), escaping: .markdown,
                                            file: document.report.file, key: "\(document.report.sectionKey(definition)).text")
            text += body.trimmingCharacters(in: .whitespacesAndNewlines) + "\n\n"
        }
        if definition.render == .text { return text }
        if table.rows.isEmpty { return text + definition.emptyText + "\n\n" }
        switch definition.render {
        case .keyFigures: text += keyFigures()
        case .chart: text += try chart() + "\n" + (try tables())
        case .gantt: text += try gantt()
        case .table, .text: text += try tables()
        }
        if !table.notes.isEmpty {
            text += table.notes.map(MarkdownText.blockQuote).joined(separator: "\n>\n") + "\n\n"
        }
        return text
    }

    private func keyFigures() -> String {
        guard let row = table.rows.first else { return "" }
        return zip(table.columns, row).map { column, cell in
            "- **\(CellFormatting.label(column.name))**: \(MarkdownText.inline(CellFormatting.text(cell, kind: column.kind)))"
        }.joined(separator: "\n") + "\n\n"
    }

    private func shown(_ table: Table, dropping dropped: String? = nil) -> Table {
        let keep = table.columns.indices.filter { index in
            let name = table.columns[index].name
            return name != dropped && (definition.columns.isEmpty || definition.columns.contains(name))
        }
        var result = table
        result.columns = keep.map { table.columns[$0] }.map { Column(CellFormatting.label($0.name), $0.kind) }
        result.rows = table.rows.map { row in keep.map { row[$0] } }
        result.totals = table.totals.map { totals in
            Totals(label: totals.label, summedColumns: totals.summedColumns.compactMap { keep.firstIndex(of: $0) })
        }
        if result.totals?.summedColumns.isEmpty == true { result.totals = nil }
        return result
    }

    private func tables() throws -> String {
        guard let group = definition.groupBy, let index = table.columns.firstIndex(where: { $0.name == group }) else {
            return try Self.renderer.render(shown(table)) + "\n"
        }
        var order: [Cell] = []
        for row in table.rows where !order.contains(row[index]) { order.append(row[index]) }
        var text = ""
        for value in order {
            var part = table
            part.rows = table.rows.filter { $0[index] == value }
            text += MarkdownText.heading(CellFormatting.raw(value), level: 3) + "\n\n"
            text += try Self.renderer.render(shown(part, dropping: group)) + "\n"
        }
        return text
    }

    private func chart() throws -> String {
        guard let chart = definition.chart,
              let label = table.columns.firstIndex(where: { $0.name == chart.label }),
              let value = table.columns.firstIndex(where: { $0.name == chart.value }) else {
            throw ReportError(file: document.report.file, key: "sections.\(definition.id).chart",
                              "the query result has no column \"\(definition.chart?.label ?? "")\" or \"\(definition.chart?.value ?? "")\"")
        }
        let labels = table.rows.map { CellFormatting.raw($0[label]) }
        let values = table.rows.map { $0[value].numericValue ?? 0 }
        if chart.kind == "pie" {
            let slices = zip(labels, values).filter { $0.1 > 0 }.map { Mermaid.Slice(label: $0.0, value: $0.1) }
            if slices.isEmpty { return "" }
            return try Mermaid.pie(title: definition.title, slices: slices) + "\n"
        }
        return try Mermaid.bar(title: definition.title, categories: labels, values: values,
                               valueAxis: CellFormatting.label(chart.value)) + "\n"
    }

    private func gantt() throws -> String {
        func column(_ name: String) throws -> Int {
            guard let index = table.columns.firstIndex(where: { $0.name == name }) else {
                throw ReportError(file: document.report.file, key: "sections.\(definition.id).query",
                                  "a gantt section needs columns section, label, starts and ends; \"\(name)\" is missing")
            }
            return index
        }
        let sectionColumn = try column("section"), labelColumn = try column("label")
        let startColumn = try column("starts"), endColumn = try column("ends")
        var sections: [Mermaid.GanttSection] = []
        var undated = 0
        for row in table.rows {
            guard case .date(let start) = row[startColumn], case .date(let end) = row[endColumn] else {
                undated += 1
                continue
            }
            let name = CellFormatting.raw(row[sectionColumn])
            let task = Mermaid.GanttTask(label: CellFormatting.raw(row[labelColumn]), start: start, end: end)
            if let last = sections.indices.last, sections[last].name == name {
                sections[last].tasks.append(task)
            } else {
                sections.append(Mermaid.GanttSection(name: name, tasks: [task]))
            }
        }
        var text = try Mermaid.gantt(title: nil, sections: sections) + "\n"
        if undated > 0 { text += "\(undated) activit\(undated == 1 ? "y has" : "ies have") no readable time frame and \(undated == 1 ? "is" : "are") not shown.\n\n" }
        return text
    }
}
