import Foundation
import GMGRender
import GMGTable
import GMGXLSX

/// Writes one query result in the chosen format to a file or standard output.
struct OutputWriter {
    let format: Query.Format
    let output: String
    /// The workbook's created date.
    let date: CalendarDate
    /// What the workbook says about the query above its table.
    var context = QueryContext()

    func write(_ table: Table) throws {
        switch format {
        case .xlsx:
            let properties = XLSXWorkbook.Properties(
                title: table.title, subject: "GMG query result", keywords: ["GMG"], created: date)
            var readable = table
            readable.columns = table.columns.map { Column(Column.readableTitle($0.name), $0.kind) }
            let header = XLSXPageSetup.Running(left: table.title, right: context.dataDate.map { "Data as of \($0)" } ?? "")
            try XLSXRenderer(options: .init(properties: properties, runningHeader: header))
                .render(sheets: [.init(readable, introduction: context.lines)], to: URL(fileURLWithPath: output))
        case .csv where output != "-":
            try CSVRenderer().render(table, to: URL(fileURLWithPath: output))
        case .markdown where output != "-":
            try MarkdownRenderer().render([table], to: URL(fileURLWithPath: output))
        default:
            try emit(text(table))
        }
    }

    private func text(_ table: Table) throws -> String {
        switch format {
        case .csv: return try csvText(table)
        case .markdown: return try MarkdownRenderer().document([table])
        case .json: return try JSONTable.text(table)
        default: return TerminalTable.text(table)
        }
    }

    /// CSV goes through a temporary file so that standard output is never truncated or reopened.
    private func csvText(_ table: Table) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gmg-query-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        try CSVRenderer().render(table, to: url)
        return try String(contentsOf: url, encoding: .utf8)
    }

    private func emit(_ text: String) throws {
        if output == "-" {
            do {
                try FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
            } catch {
                throw OutputError(path: "standard output", reason: String(cString: strerror(errno)))
            }
        } else {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        }
    }
}
