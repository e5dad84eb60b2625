import Foundation

/// A row of a data file: its line and its values by column name.
struct Row {
    let file: String
    let line: Int
    /// The trimmed values, in the header's column order.
    private let values: [String]
    private let columns: [String: Int]

    init(file: String, line: Int, values: [String], columns: [String: Int]) {
        self.file = file
        self.line = line
        self.values = values
        self.columns = columns
    }

    /// The trimmed value of a column ("" when empty).
    subscript(_ column: String) -> String {
        columns[column].map { values[$0] } ?? ""
    }

    /// The 1-based column number of a column, for diagnostics.
    func column(_ name: String) -> Int { (columns[name] ?? 0) + 1 }
}

/// Reads a data file with a header row, checking its columns, and reports problems as diagnostics.
///
/// A record with a CSV syntax error is skipped and reading goes on (see ``CSVScanner``); past
/// ``syntaxErrorLimit`` such errors in one file, the rest are counted in one last diagnostic.
enum TableFile {
    /// CSV syntax errors shown per file.
    static let syntaxErrorLimit = 10

    /// Reads `name` in `directory`; nil (with diagnostics) when the file is missing or unreadable.
    static func read(
        _ name: String, in directory: URL, displayDirectory: String, columns expected: [String],
        required: Bool = true, diagnostics: inout Diagnostics
    ) -> [Row]? {
        let display = displayDirectory.isEmpty ? name : "\(displayDirectory)/\(name)"
        var rows: [Row] = []
        var header: [String: Int]?
        var found = Diagnostics()
        var syntaxErrors = 0
        do {
            try CSVScanner().scan(path: directory.appendingPathComponent(name).path, onError: { error in
                syntaxErrors += 1
                guard syntaxErrors <= syntaxErrorLimit else { return }
                let field = error.column <= expected.count ? expected[error.column - 1] : nil
                found.error(display, error.line, error.column, error.explanation, field: field)
            }) { record in
                let fields = record.strings
                guard let columns = header else {
                    header = checkHeader(fields, expected: expected, file: display, line: record.line, diagnostics: &found)
                    return
                }
                if columns.isEmpty { return }
                if let row = row(record, fields, columns: columns, expected: expected, file: display, diagnostics: &found) {
                    rows.append(row)
                }
            }
        } catch let error as CSVFileError where error.code == ENOENT {
            if required { diagnostics.error(display, 1, 1, "missing file (expected columns: \(expected.joined(separator: ",")))") }
            return required ? nil : []
        } catch let error as CSVFileError {
            diagnostics.error(display, 1, 1, "cannot read the file: \(error.reason)")
            return nil
        } catch {
            diagnostics.error(display, 1, 1, "\(error)")
            return nil
        }
        for diagnostic in found.all { diagnostics.report(diagnostic) }
        if syntaxErrors > 0 { diagnostics.markUnreadable(display) }
        if syntaxErrors > syntaxErrorLimit {
            let last = found.all.last?.line ?? 1
            diagnostics.error(display, last, 1, "\(syntaxErrors - syntaxErrorLimit) more CSV syntax error(s) after this line are not shown")
        }
        guard let header else {
            diagnostics.error(display, 1, 1, "empty file: a header row is required (\(expected.joined(separator: ",")))")
            return nil
        }
        return header.isEmpty ? nil : rows
    }

    /// The row of a data record, or nil (reported) when its field count or a text's length is wrong.
    private static func row(
        _ record: CSVRecord, _ fields: [String], columns: [String: Int], expected: [String], file: String,
        diagnostics: inout Diagnostics
    ) -> Row? {
        guard fields.count == expected.count else {
            let spans = record.endLine > record.line
                ? "; a quoted field runs from line \(record.line) to line \(record.endLine): is a closing quote missing?" : ""
            diagnostics.error(file, record.line, min(fields.count, expected.count) + 1,
                              "wrong column count: \(fields.count) fields, header has \(expected.count)\(spans)")
            return nil
        }
        var values: [String] = []
        values.reserveCapacity(fields.count)
        var fitting = true
        for (index, field) in fields.enumerated() {
            values.append(trimmed(field))
            if record.field(index).count > TextLimits.cellCharacters, let length = TextLimits.overlong(field) {
                diagnostics.error(file, record.line, index + 1, """
                    text of \(length) characters is longer than a spreadsheet cell holds (32,767 characters)
                    """, field: expected[index])
                fitting = false
            }
        }
        return fitting ? Row(file: file, line: record.line, values: values, columns: columns) : nil
    }

    /// `field` without the spaces around it; the common case (no space or non-ASCII character at
    /// either end) without Foundation's work.
    private static func trimmed(_ field: String) -> String {
        guard let first = field.utf8.first, let last = field.utf8.last else { return field }
        func plain(_ byte: UInt8) -> Bool { byte < 0x80 && byte != 0x20 && byte != 0x09 }
        return plain(first) && plain(last) ? field : field.trimmingCharacters(in: .whitespaces)
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
            let column = (expected.indices.first { $0 >= names.count || names[$0] != expected[$0] } ?? expected.count) + 1
            diagnostics.error(file, line, column, "bad header: " + parts.joined(separator: "; "))
            return [:]
        }
        return Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
    }
}
