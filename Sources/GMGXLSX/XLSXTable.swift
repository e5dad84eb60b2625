import Foundation
import CXlsxWriter

/// Names for Excel tables and defined names, made valid and unique from a wish such as a sheet name.
///
/// A valid name has letters, digits, `_` and `.` only, starts with a letter or `_`, is not a cell
/// reference (`AB12`, `R1C1`, `R`, `C`), and is at most 255 characters; names compare ignoring case.
///
/// ```swift
/// var names = XLSXTableNames()
/// names.unique("By funding source")   // "By_funding_source"
/// names.unique("2014 activities")     // "_2014_activities"
/// ```
public struct XLSXTableNames: Sendable {
    private var taken: Set<String> = []

    /// Creates an empty set of names.
    public init() {}

    /// A valid name close to `wish`, unique ignoring case among those returned before.
    public mutating func unique(_ wish: String) -> String {
        var base = ""
        for scalar in wish.unicodeScalars {
            let keep = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_"
            if keep { base.unicodeScalars.append(scalar) } else if !base.hasSuffix("_") { base += "_" }
        }
        while base.hasSuffix("_") { base.removeLast() }
        if base.isEmpty { base = "Table" }
        if let first = base.unicodeScalars.first, !first.properties.isAlphabetic { base = "_" + base }
        if XLSXTableNames.looksLikeReference(base) { base = "_" + base }
        return TableHeaders.unused(String(base.prefix(240)), taken: &taken) { "_\($0)" }
    }

    /// True for names Excel reads as a cell: `A1`, `XFD1048576`, `R1C1`, `R`, `C`.
    static func looksLikeReference(_ name: String) -> Bool {
        let upper = name.uppercased()
        if upper == "R" || upper == "C" { return true }
        let letters = upper.prefix { $0.isASCII && $0.isLetter }
        let digits = upper.dropFirst(letters.count)
        if (1...3).contains(letters.count), !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) { return true }
        return upper.range(of: "^R[0-9]*C[0-9]*$", options: .regularExpression) != nil
    }
}

extension XLSXSheet {
    /// Makes the rows `headerRow...lastRow` over the columns `0..<headers.count` an Excel table
    /// named `name`, with filter buttons and banded rows. The header cells get `headers` (unique,
    /// non-empty), each in its entry of `headerFormats` (nil: the table style's). Tables need at least one data row and are refused in
    /// `constant_memory` mode (see ``defineName(_:headerRow:lastRow:lastColumn:)``).
    public func addTable(named name: String, headers: [String], headerRow: Int, lastRow: Int,
                         headerFormats: [XLSXFormat?]) throws {
        let (r1, _) = try position(headerRow, 0)
        let (r2, c2) = try position(lastRow, headers.count - 1)
        let columns = headers.indices.map { index -> UnsafeMutablePointer<lxw_table_column> in
            let column = UnsafeMutablePointer<lxw_table_column>.allocate(capacity: 1)
            column.initialize(to: lxw_table_column())
            column.pointee.header = workbook.retain(headers[index])
            column.pointee.header_format = index < headerFormats.count ? headerFormats[index]?.pointer : nil
            return column
        }
        defer { for column in columns { column.deallocate() } }
        var list: [UnsafeMutablePointer<lxw_table_column>?] = columns + [nil]
        let result = list.withUnsafeMutableBufferPointer { buffer -> lxw_error in
            var options = lxw_table_options()
            options.name = workbook.retain(name)
            options.style_type = UInt8(LXW_TABLE_STYLE_TYPE_LIGHT.rawValue)
            options.style_type_number = 1
            options.columns = buffer.baseAddress
            return worksheet_add_table(handle, r1, 0, r2, c2, &options)
        }
        try check(result, headerRow, 0)
    }

    /// Defines the workbook-wide name `name` for the block `headerRow...lastRow` × columns
    /// `0...lastColumn` of this sheet: the stand-in for a table in `constant_memory` mode.
    public func defineName(_ name: String, headerRow: Int, lastRow: Int, lastColumn: Int) throws {
        _ = try position(lastRow, lastColumn)
        let first = XLSXError.reference(row: headerRow, column: 0), last = XLSXError.reference(row: lastRow, column: lastColumn)
        let absolute = { (ref: String) in "$" + ref.prefix { $0.isLetter } + "$" + ref.drop { $0.isLetter } }
        let sheetName = "'" + self.name.replacingOccurrences(of: "'", with: "''") + "'"
        let formula = "=\(sheetName)!\(absolute(first)):\(absolute(last))"
        let result = workbook_define_name(try workbook.openHandle(), name, formula)
        try check(result, headerRow, 0)
    }
}
