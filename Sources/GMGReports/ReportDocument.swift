import Foundation
import GMGRender
import GMGTable

/// One built report: its sections' results, assembled into the section model (``Document``) and
/// written as Markdown, HTML, PDF, Word, a workbook or CSV files.
struct ReportDocument {
    let report: ReportDefinition
    let parameters: [String: String]
    let sections: [SectionResult]
    /// The build date ("built ..."), pinned by `--date`.
    let date: CalendarDate
    /// The date of the latest source the data rests on ("data as of ..."), when known.
    let dataDate: CalendarDate?
    /// The documents the data comes from, as cited (title and date), for the workbook's overview.
    var sources: [String] = []

    /// The title with its parameters filled in (plain text).
    let title: String
    /// The audience with its parameters filled in (plain text).
    let audience: String
    /// What every template of the report can use (``TemplateContext/base(parameters:sections:date:dataDate:)``).
    let baseContext: [String: TemplateValue]

    /// Renders the title and audience; a template mistake in them names the file and key.
    init(report: ReportDefinition, parameters: [String: String], sections: [SectionResult], date: CalendarDate,
         dataDate: CalendarDate?) throws {
        self.report = report
        self.parameters = parameters
        self.sections = sections
        self.date = date
        self.dataDate = dataDate
        baseContext = TemplateContext.base(parameters: parameters, sections: sections, date: date, dataDate: dataDate)
        title = try Templates.render(report.title, context: .object(baseContext), escaping: .plainText, file: report.file, key: "title")
        audience = try Templates.render(report.audience, context: .object(baseContext), escaping: .plainText,
                                        file: report.file, key: "audience")
    }

    /// The context of one section's text: the base context plus its rows.
    func context(for section: SectionResult) -> TemplateValue {
        TemplateContext.section(section, base: baseContext)
    }

    /// The lines under the title: audience, data date, build date (plain text).
    var subtitle: [String] {
        var lines: [String] = []
        if !audience.isEmpty { lines.append("For \(audience)") }
        if let dataDate { lines.append("Data as of \(dataDate)") }
        lines.append("Built \(date)")
        return lines
    }

    /// The section model every text format is written from.
    func document() throws -> Document {
        var blocks: [Document.Block] = []
        if !report.introduction.isEmpty {
            let text = try Templates.render(report.introduction, context: .object(baseContext), escaping: .markdown,
                                            file: report.file, key: "introduction")
            blocks.append(.prose(text.trimmingScalars(in: .whitespacesAndNewlines)))
        }
        for section in sections {
            blocks += try DocumentSection(section: section, document: self).blocks()
        }
        return Document(title: title, subtitle: subtitle, blocks: blocks)
    }
}
