import Foundation
import GMGRender
import GMGTable

/// One built report: its sections' results, rendered as Markdown, a workbook or CSV files.
struct ReportDocument {
    let report: ReportDefinition
    let parameters: [String: String]
    let sections: [SectionResult]
    let date: CalendarDate

    /// The title with its parameters filled in (plain text).
    let title: String
    /// The audience with its parameters filled in (plain text).
    let audience: String
    /// What every template of the report can use (``TemplateContext/base(parameters:sections:date:)``).
    let baseContext: [String: TemplateValue]

    /// Renders the title and audience; a template mistake in them names the file and key.
    init(report: ReportDefinition, parameters: [String: String], sections: [SectionResult], date: CalendarDate) throws {
        self.report = report
        self.parameters = parameters
        self.sections = sections
        self.date = date
        baseContext = TemplateContext.base(parameters: parameters, sections: sections, date: date)
        title = try Templates.render(report.title, context: .object(baseContext), escaping: .plainText, file: report.file, key: "title")
        audience = try Templates.render(report.audience, context: .object(baseContext), escaping: .plainText,
                                        file: report.file, key: "audience")
    }

    /// The context of one section's text: the base context plus its rows.
    func context(for section: SectionResult) -> TemplateValue {
        TemplateContext.section(section, base: baseContext)
    }

    func markdown() throws -> String {
        var text = MarkdownText.heading(title, level: 1) + "\n\n"
        var meta = ["Built \(date)"]
        if !audience.isEmpty { meta.insert("For \(MarkdownText.inline(audience))", at: 0) }
        text += "*" + meta.joined(separator: " · ") + "*\n\n"
        if !report.introduction.isEmpty {
            text += try Templates.render(report.introduction, context: .object(baseContext), escaping: .markdown,
                                         file: report.file, key: "introduction")
                .trimmingCharacters(in: .whitespacesAndNewlines) + "\n\n"
        }
        for section in sections {
            text += try MarkdownSection(section: section, document: self).render()
        }
        return text
    }
}
