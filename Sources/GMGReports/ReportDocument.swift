import Foundation
import GMGRender
import GMGTable

/// One built report: its sections' results, rendered as Markdown, a workbook or CSV files.
struct ReportDocument {
    let report: ReportDefinition
    let parameters: [String: String]
    let sections: [SectionResult]
    let date: CalendarDate

    /// The title with its parameters filled in.
    var title: String { (try? Templates.render(report.title, context: baseContext, file: report.file, key: "title")) ?? report.title }

    /// The audience with its parameters filled in.
    var audience: String {
        (try? Templates.render(report.audience, context: parameters, file: report.file, key: "audience")) ?? report.audience
    }

    /// Parameters, build date and every key figure: what every template can use.
    var baseContext: [String: Any] {
        var figures: [String: [String: String]] = [:]
        for section in sections where section.definition.render == .keyFigures {
            figures[section.definition.id] = section.table.rows.first.map { CellFormatting.context($0, columns: section.table.columns) }
        }
        return ["params": parameters, "figures": figures, "date": date.description]
            .merging(parameters.mapValues { $0 as Any }) { first, _ in first }
    }

    /// The context of one section's text: the base context plus its rows.
    func context(for section: SectionResult) -> [String: Any] {
        let rows = section.table.rows.map { CellFormatting.context($0, columns: section.table.columns) }
        return baseContext.merging(["rows": rows, "count": rows.count, "empty": rows.isEmpty]) { _, new in new }
    }

    func markdown() throws -> String {
        var text = MarkdownText.heading(title, level: 1) + "\n\n"
        var meta = ["Built \(date)"]
        if !audience.isEmpty { meta.insert("For \(audience)", at: 0) }
        text += "*" + meta.joined(separator: " · ") + "*\n\n"
        if !report.introduction.isEmpty {
            text += try Templates.render(report.introduction, context: baseContext, file: report.file, key: "introduction")
                .trimmingCharacters(in: .whitespacesAndNewlines) + "\n\n"
        }
        for section in sections {
            text += try MarkdownSection(section: section, document: self).render()
        }
        return text
    }
}
