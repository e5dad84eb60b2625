import GMGTable
import GMGXLSX

extension ReportDocument {
    /// The counting rules the report's figures follow: the notes of its queries, each once, and
    /// what an empty amount means.
    var countingRules: [String] { sheetRules.map(\.rule) }

    /// Each counting rule with the titles of the sections (sheets) it applies to, in section order.
    var sheetRules: [(sheets: [String], rule: String)] {
        var rules: [(sheets: [String], rule: String)] = []
        for section in sections {
            for note in section.table.notes {
                if let index = rules.firstIndex(where: { $0.rule == note }) {
                    rules[index].sheets.append(section.definition.title)
                } else {
                    rules.append(([section.definition.title], note))
                }
            }
        }
        if sections.contains(where: { $0.table.columns.contains { $0.kind == .money } }) {
            rules.append(([], "An amount nobody stated is left empty and not counted as zero; money totals add up the stated amounts only."))
        }
        return rules
    }

    /// The first sheet of the workbook: what it is, for whom, as of when, made how, and where to
    /// find what (a link to every sheet).
    func overviewSheet() -> XLSXTextSheet {
        var items: [XLSXTextSheet.Item] = []
        if !audience.isEmpty { items.append(.paragraph("For \(audience).")) }
        items += PlainText.items((try? Templates.render(report.introduction, context: .object(baseContext), escaping: .markdown,
                                                         file: report.file, key: "introduction")) ?? "")
        items.append(.heading("About this workbook"))
        if let dataDate { items.append(.field("Data as of", .date(dataDate), kind: .date)) }
        items.append(.field("Built", .date(date), kind: .date))
        for parameter in report.parameters {
            guard let value = parameters[parameter.name] else { continue }
            let label = parameter.description.isEmpty ? parameter.name : parameter.description
            let cell: Cell = parameter.type == "integer" ? Int64(value).map(Cell.integer) ?? .text(value) : .text(value)
            items.append(.field(label, cell, kind: parameter.type == "integer" ? .integer : .text))
        }
        items.append(.field("Made with", .text("gmg-reports, from the GMG data and the report definition \(report.file)")))
        let rules = sheetRules
        if !rules.isEmpty {
            items.append(.heading("Counting rules"))
            items += rules.map { entry in
                entry.sheets.isEmpty ? .field("Money columns", .text(entry.rule)) : .field(entry.sheets.joined(separator: ", "), .text(entry.rule))
            }
        }
        items.append(.heading("Sources"))
        items.append(.paragraph("Every figure comes from the GMG's own documents as transcribed in the data; each activity "
                                + "names the document and section it comes from in its Source column."))
        items += sources.map { .bullet($0) }
        items.append(.heading("Sheets"))
        for (index, section) in sections.enumerated() {
            items.append(.link(section.definition.title, sheet: index + 1, description: section.description))
        }
        return XLSXTextSheet(name: "Overview", title: title, items: items)
    }
}
