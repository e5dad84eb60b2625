import Foundation

/// A row of a data file: its line and its values by column name.
struct Row {
    let file: String
    let line: Int
    private let values: [String: String]
    private let columns: [String: Int]

    init(file: String, line: Int, values: [String: String], columns: [String: Int]) {
        self.file = file
        self.line = line
        self.values = values
        self.columns = columns
    }

    /// The trimmed value of a column ("" when empty).
    subscript(_ column: String) -> String {
        values[column, default: ""]
    }

    /// The 1-based column number of a column, for diagnostics.
    func column(_ name: String) -> Int { (columns[name] ?? 0) + 1 }
}

/// Reads a data file with a header row, checking its columns, and reports problems as diagnostics.
enum TableFile {
    /// Reads `name` in `directory`; nil (with diagnostics) when the file is missing or unreadable.
    static func read(
        _ name: String, in directory: URL, displayDirectory: String, columns expected: [String],
        required: Bool = true, diagnostics: inout Diagnostics
    ) -> [Row]? {
        let display = displayDirectory.isEmpty ? name : "\(displayDirectory)/\(name)"
        let url = directory.appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            if required { diagnostics.error(display, 1, 1, "missing file (expected columns: \(expected.joined(separator: ",")))") }
            return required ? nil : []
        }
        var rows: [Row] = []
        var header: [String: Int]?
        do {
            try CSVReader.forEachRecord(in: data) { line, fields in
                guard let columns = header else {
                    header = checkHeader(fields, expected: expected, file: display, line: line, diagnostics: &diagnostics)
                    return
                }
                if columns.isEmpty { return }
                if fields.count == 1, fields[0].isEmpty { return }
                guard fields.count == expected.count else {
                    diagnostics.error(display, line, min(fields.count, expected.count) + 1,
                                      "wrong column count: \(fields.count) fields, header has \(expected.count)")
                    return
                }
                var values: [String: String] = [:]
                for (name, index) in columns {
                    values[name] = fields[index].trimmingCharacters(in: .whitespaces)
                }
                rows.append(Row(file: display, line: line, values: values, columns: columns))
            }
        } catch let error as CSVSyntaxError {
            diagnostics.error(display, error.line, error.column, error.message)
            return nil
        } catch {
            diagnostics.error(display, 1, 1, "\(error)")
            return nil
        }
        guard let header else {
            diagnostics.error(display, 1, 1, "empty file: a header row is required")
            return nil
        }
        return header.isEmpty ? nil : rows
    }

    private static func checkHeader(
        _ fields: [String], expected: [String], file: String, line: Int, diagnostics: inout Diagnostics
    ) -> [String: Int] {
        let names = fields.map { $0.trimmingCharacters(in: .whitespaces) }
        if names != expected {
            let missing = expected.filter { !names.contains($0) }
            let unknown = names.filter { !expected.contains($0) }
            var parts: [String] = []
            if !missing.isEmpty { parts.append("missing column(s) \(missing.joined(separator: ", "))") }
            if !unknown.isEmpty { parts.append("unknown column(s) \(unknown.joined(separator: ", "))") }
            if parts.isEmpty { parts.append("columns out of order, expected \(expected.joined(separator: ","))") }
            diagnostics.error(file, line, 1, "bad header: " + parts.joined(separator: "; "))
            return [:]
        }
        return Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
    }
}
