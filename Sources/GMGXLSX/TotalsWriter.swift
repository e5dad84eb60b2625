import Foundation
import GMGTable

/// A table's totals row: `SUM` over the rows of every sheet the table takes, with the cached sum.
struct TotalsWriter {
    let workbook: XLSXWorkbook
    let table: Table
    let firstDataRow: Int

    /// Writes `totals` on `target` at `row`; `parts` are the sheets and the table rows each holds.
    func write(_ totals: Totals, on target: XLSXSheet, parts: [(sheet: XLSXSheet, rows: Range<Int>)], row: Int) throws {
        if !totals.summedColumns.contains(0) {
            try target.write(text: totals.label, row: row, column: 0, format: workbook.format(XLSXStyle(bold: true)))
        }
        for column in totals.summedColumns {
            let format = try workbook.format(.value(table.columns[column].kind, bold: true))
            let sum = table.sum(ofColumn: column)
            if table.columns[column].kind == .money, !table.hasNumber(inColumn: column), table.rowCount > 0 {
                try target.writeBlank(row: row, column: column, format: format)  // nothing stated: no total, not 0
                continue
            }
            let ranges = parts.filter { !$0.rows.isEmpty }.map { part -> String in
                let first = XLSXError.reference(row: firstDataRow, column: column)
                let last = XLSXError.reference(row: firstDataRow + part.rows.count - 1, column: column)
                return parts.count == 1 ? "\(first):\(last)" : "\(quoted(part.sheet.name))!\(first):\(last)"
            }
            if ranges.isEmpty {
                try target.write(number: sum, row: row, column: column, format: format)
            } else {
                try target.write(formula: "SUM(\(ranges.joined(separator: ",")))", cachedValue: sum,
                                 row: row, column: column, format: format)
            }
        }
    }

    /// A sheet name as a formula reference: `'By agency'` (apostrophes doubled).
    private func quoted(_ name: String) -> String {
        "'" + String(name.flatMap { $0 == "'" ? ["'", "'"] : [$0] }) + "'"
    }
}

/// Header texts an Excel table accepts: none empty, no two equal ignoring case.
enum TableHeaders {
    static func unique(_ names: [String]) -> [String] {
        var taken: Set<String> = []
        return names.enumerated().map { index, name in
            let base = name.trimmingCharacters(in: .whitespaces).isEmpty ? "Column \(index + 1)" : name
            return unused(base, taken: &taken) { " (\($0))" }
        }
    }

    /// `base`, or `base` with the first `suffix(2)`, `suffix(3)`... not in `taken` (ignoring case); taken from then on.
    static func unused(_ base: String, taken: inout Set<String>, suffix: (Int) -> String) -> String {
        var candidate = base
        var counter = 1
        while taken.contains(candidate.lowercased()) {
            counter += 1
            candidate = base + suffix(counter)
        }
        taken.insert(candidate.lowercased())
        return candidate
    }
}

/// Running text across a sheet's printed columns: one merged, wrapped cell per paragraph, with a
/// row height that shows every line (Excel does not grow merged rows by itself).
struct ParagraphWriter {
    let workbook: XLSXWorkbook
    /// The printed columns' widths.
    let widths: [Double]

    /// Writes `text` at `row`; returns the row's height in points.
    func write(_ text: String, on sheet: XLSXSheet, row: Int, style: XLSXStyle) throws -> Double {
        let format = try workbook.format(style)
        try sheet.merge(text: text, row: row, firstColumn: 0, lastColumn: max(0, widths.count - 1), format: format)
        // Unmerged in constant_memory mode: the text wraps in the first column.
        let span = workbook.options.constantMemory ? (widths.first ?? 8.43) : widths.reduce(0) { $0 + $1 + 0.7 }
        let lines = XLSXTextFit.lines(text, width: span)
        let height = lines > 1 ? XLSXTextFit.rowHeight([(text, span)]) : 15
        if lines > 1, !workbook.options.constantMemory { try sheet.setRow(row, height: height) }
        return height
    }
}
