import Foundation
import GMGRender
import GMGTable
import GMGXLSX

extension ReportDocument {
    /// A note every sheet and CSV folder carries: where the figures come from and when.
    private var provenance: String {
        "Built \(date) by gmg-reports from the GMG data (Data/), report definition \(report.file)."
    }

    /// The workbook companion: one sheet per section (text-only sections have none), with
    /// readable column headers (`cost_usd` → `Cost (USD)`).
    func writeWorkbook(to url: URL) throws {
        let sheets = sections.filter { $0.definition.render != .text }.map { section -> XLSXRenderer.Sheet in
            var table = section.table
            table.notes.append(provenance)
            table.columns = table.columns.map { Column(CellFormatting.label($0.name), $0.kind) }
            return XLSXRenderer.Sheet(table, name: section.definition.sheet ?? section.definition.title, chart: xlsxChart(for: section))
        }
        let properties = XLSXWorkbook.Properties(
            title: title, subject: audience.isEmpty ? "GMG report" : "GMG report for \(audience)",
            keywords: ["GMG", "Global Migration Group", report.name], created: date)
        try XLSXRenderer(options: .init(properties: properties)).render(sheets: sheets, to: url)
    }

    private func xlsxChart(for section: SectionResult) -> XLSXChart? {
        guard let chart = section.definition.chart,
              let label = section.table.columns.firstIndex(where: { $0.name == chart.label }),
              let value = section.table.columns.firstIndex(where: { $0.name == chart.value }),
              !section.table.rows.isEmpty else { return nil }
        return XLSXChart(chart.kind == "pie" ? .pie : .bar, labelColumn: label, valueColumn: value, title: section.definition.title)
    }

    /// One CSV per section in `folder`; returns the written paths relative to `directory`.
    func writeCSV(into directory: URL, folder: String) throws -> [String] {
        let target = directory.appendingPathComponent(folder, isDirectory: true)
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        var files: [String] = []
        for section in sections where section.definition.render != .text {
            let name = "\(folder)/\(section.definition.id).csv"
            try CSVRenderer(options: .init(byteOrderMark: true)).render(section.table, to: directory.appendingPathComponent(name))
            files.append(name)
        }
        return files
    }
}
