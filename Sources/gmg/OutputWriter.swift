import Foundation
import GMGRender
import GMGTable
import GMGXLSX

/// Writes one query result in the chosen format to a file or standard output.
struct OutputWriter {
    let format: Query.Format
    let output: String
    let date: CalendarDate?

    func write(_ table: Table) throws {
        switch format {
        case .xlsx:
            let properties = XLSXWorkbook.Properties(
                title: table.title, subject: "GMG query result", keywords: ["GMG"],
                created: date ?? CalendarDate(year: 2015, month: 2, day: 12))
            try XLSXRenderer(options: .init(properties: properties)).render([table], to: URL(fileURLWithPath: output))
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
