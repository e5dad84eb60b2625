import Foundation
import GMGRender
import GMGTable

/// One section of a report as blocks of the section model: heading, text, then its key figures,
/// table, chart or timeline, and the query's notes.
struct DocumentSection {
    let section: SectionResult
    let document: ReportDocument

    private var definition: SectionDefinition { section.definition }
    private var table: Table { section.table }
    private var key: String { document.report.sectionKey(definition) }

    func blocks() throws -> [Document.Block] {
        var blocks = try content()
        if let cut = section.cut { blocks.append(.prose(ReadingLimit.note(cut, noun: definition.noun))) }
        return blocks
    }

    private func content() throws -> [Document.Block] {
        var blocks: [Document.Block] = [.heading(definition.title, level: definition.level, anchor: definition.id)]
        if definition.render == .text, table.rows.isEmpty, !definition.emptyText.isEmpty {
            return blocks + [.prose(definition.emptyText)]
        }
        if !definition.text.isEmpty {
            let body = try Templates.render(definition.text, context: document.context(for: section), escaping: .markdown,
                                            file: document.report.file, key: "\(key).text")
            let prose = body.trimmingScalars(in: .whitespacesAndNewlines)
            if !prose.isEmpty { blocks.append(.prose(prose)) }
        }
        if definition.render == .text { return blocks }
        if table.rows.isEmpty { return blocks + [.prose(definition.emptyText)] }
        switch definition.render {
        case .keyFigures: blocks.append(keyFigures())
        case .chart:
            blocks += chart()
            blocks += tables()
        case .gantt: blocks += try timeline()
        case .table, .text: blocks += tables()
        }
        if !table.notes.isEmpty { blocks.append(.notes(table.notes)) }
        return blocks
    }

    private func keyFigures() -> Document.Block {
        let row = table.rows.first ?? []
        return .keyFigures(zip(table.columns, row).map { column, cell in
            KeyFigure(label: CellFormatting.label(column.name), value: CellFormatting.text(cell, kind: column.kind).nonEmptyOr("not stated"))
        })
    }

    /// The shown columns of `table`, labelled for readers.
    private func shown(_ table: Table, dropping dropped: String? = nil) -> Table {
        let keep = table.columns.indices.filter { index in
            let name = table.columns[index].name
            return name != dropped && (definition.columns.isEmpty || definition.columns.contains(name))
        }
        var result = table
        result.columns = keep.map { table.columns[$0] }.map { Column(CellFormatting.label($0.name), $0.kind) }
        result.rows = table.rows.map { row in
            keep.map { index in table.columns[index].kind == .money && row[index] == .null ? .text("not stated") : row[index] }
        }
        result.totals = table.totals.map { totals in
            Totals(label: totals.label, summedColumns: totals.summedColumns.compactMap { keep.firstIndex(of: $0) })
        }
        if result.totals?.summedColumns.isEmpty == true { result.totals = nil }
        result.notes = []
        return result
    }

    private func tables() -> [Document.Block] {
        guard let group = definition.groupBy, let index = table.columns.firstIndex(where: { $0.name == group }) else {
            return [.table(shown(table))]
        }
        var order: [Cell] = []
        for row in table.rows where !order.contains(row[index]) { order.append(row[index]) }
        var blocks: [Document.Block] = []
        for value in order {
            var part = table
            part.rows = table.rows.filter { $0[index] == value }
            let title = CellFormatting.raw(value)
            blocks.append(.heading(title, level: definition.level + 1, anchor: "\(definition.id)-\(FileNames.safe(title).lowercased())"))
            blocks.append(.table(shown(part, dropping: group)))
        }
        return blocks
    }

    /// The section's chart (built by ``ChartBuilder`` from the definition), and a note naming what
    /// it leaves out because nothing is stated for it.
    private func chart() -> [Document.Block] {
        guard let built = section.chart, !built.chart.categories.isEmpty else { return [] }
        var blocks: [Document.Block] = [.chart(built.chart)]
        if !built.omitted.isEmpty { blocks.append(.prose(MarkdownText.value(ChartNotes.omitted(built)))) }
        return blocks
    }

    private func timeline() throws -> [Document.Block] {
        func column(_ name: String) throws -> Int {
            guard let index = table.columns.firstIndex(where: { $0.name == name }) else {
                throw ReportError(file: document.report.file, key: "\(key).query",
                                  "a gantt section needs columns section, label, starts and ends; \"\(name)\" is missing")
            }
            return index
        }
        let sectionColumn = try column("section"), labelColumn = try column("label")
        let startColumn = try column("starts"), endColumn = try column("ends")
        let tentativeColumn = table.columns.firstIndex { $0.name == "tentative" }
        var sections: [Timeline.Section] = []
        var undated = 0
        for row in table.rows {
            guard case .date(let start) = row[startColumn], case .date(let end) = row[endColumn] else {
                undated += 1
                continue
            }
            let tentative = tentativeColumn.map { ![.null, .integer(0), .text(""), .text("no")].contains(row[$0]) } ?? false
            let item = Timeline.Item(label: CellFormatting.raw(row[labelColumn]), start: start, end: end, tentative: tentative)
            let name = CellFormatting.raw(row[sectionColumn])
            if let last = sections.indices.last, sections[last].name == name {
                sections[last].items.append(item)
            } else {
                sections.append(Timeline.Section(name: name, items: [item]))
            }
        }
        let dates = sections.flatMap(\.items)
        guard let earliest = dates.map(\.start).min(), let latest = dates.map(\.end).max() else {
            return [.prose(definition.emptyText)]
        }
        var from = earliest, to = latest
        if let period = definition.period {
            from = try date(period.from, key: "\(key).from")
            to = try date(period.to, key: "\(key).to")
        }
        let timeline = Timeline(title: definition.title, from: from, to: to, sections: sections)
        let outside = dates.count - timeline.itemCount
        var blocks: [Document.Block] = [.timeline(timeline)]
        var remarks: [String] = []
        if undated > 0 {
            remarks.append("\(Plural.count(undated, "activity", "activities")) \(undated == 1 ? "has" : "have") no readable time frame and \(undated == 1 ? "is" : "are") not shown.")
        }
        if outside > 0 {
            remarks.append("\(Plural.count(outside, "activity", "activities")) \(outside == 1 ? "falls" : "fall") wholly outside \(from) to \(to) and \(outside == 1 ? "is" : "are") not shown.")
        }
        if !remarks.isEmpty { blocks.append(.prose(remarks.joined(separator: " "))) }
        return blocks
    }

    private func date(_ template: String, key: String) throws -> CalendarDate {
        let text = try Templates.render(template, context: .object(document.baseContext), escaping: .plainText,
                                        file: document.report.file, key: key)
        guard let date = CalendarDate(iso: text.trimmingScalars(in: .whitespaces)) else {
            throw ReportError(file: document.report.file, key: key, "\"\(text)\" is not a date (YYYY-MM-DD)")
        }
        return date
    }
}

/// "1 activity", "2 activities".
enum Plural {
    static func count(_ number: Int, _ singular: String, _ plural: String) -> String {
        "\(NumberFormatting.integer(Int64(number), grouping: true)) \(number == 1 ? singular : plural)"
    }
}
