import Foundation
import Testing

/// A workbook as openpyxl (a reader nobody here wrote) sees it.
struct ReadWorkbook: Decodable {
    struct Properties: Decodable {
        var title: String?
        var subject: String?
        var creator: String?
        var keywords: String?
        var created: String?
    }

    struct Cell: Decodable {
        /// A1 reference.
        var ref: String
        /// openpyxl's data type: `s` string, `n` number, `d` date, `f` formula.
        var type: String
        /// Text of the value (formula text for `f`, ISO date for `d`).
        var value: String
        /// The cached value of a formula (openpyxl's `data_only` load).
        var cached: String?
        var format: String
        var bold: Bool
    }

    struct Sheet: Decodable {
        var name: String
        var freeze: String?
        var filter: String?
        var widths: [String: Double]
        var charts: [String]
        var cells: [Cell]

        subscript(_ ref: String) -> Cell? { cells.first { $0.ref == ref } }
    }

    var properties: Properties
    var sheets: [Sheet]

    subscript(_ name: String) -> Sheet? { sheets.first { $0.name == name } }

    private static let script = #"""
    import json, sys, openpyxl
    path = sys.argv[1]
    book = openpyxl.load_workbook(path)
    cached = openpyxl.load_workbook(path, data_only=True)
    def text(value):
        if value is None: return None
        if hasattr(value, "isoformat"): return value.isoformat()
        if isinstance(value, float) and value.is_integer() and abs(value) < 1e15: return str(int(value))
        return str(value)
    out = {"properties": {k: text(getattr(book.properties, k)) for k in ["title", "subject", "creator", "keywords", "created"]},
           "sheets": []}
    for ws in book.worksheets:
        values = cached[ws.title]
        cells = []
        for row in ws.iter_rows():
            for c in row:
                if c.value is None: continue
                cells.append({"ref": c.coordinate, "type": c.data_type, "value": text(c.value),
                              "cached": text(values[c.coordinate].value), "format": c.number_format,
                              "bold": bool(c.font and c.font.b)})
        out["sheets"].append({"name": ws.title, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref,
                              "widths": {k: d.width for k, d in ws.column_dimensions.items() if d.width},
                              "charts": [type(ch).__name__ + ":" + str(getattr(ch, "barDir", "")) for ch in ws._charts],
                              "cells": cells})
    json.dump(out, sys.stdout)
    """#

    /// Reads `url` with openpyxl.
    static func read(_ url: URL) throws -> ReadWorkbook {
        let output = try run(["python3", "-c", script, url.path]).stdout
        return try JSONDecoder().decode(ReadWorkbook.self, from: output)
    }
}

/// Converts every sheet of `url` to CSV with LibreOffice, as shown (formatted), in a private profile.
/// Returns the CSV text of each sheet by sheet name.
func libreOfficeCSV(_ url: URL) throws -> [String: String] {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let profile = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: profile) }
    try run(["soffice", "-env:UserInstallation=file://\(profile.path)", "--headless", "--convert-to",
             "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
             "--outdir", dir.path, url.path])
    let prefix = url.deletingPathExtension().lastPathComponent + "-"
    var sheets: [String: String] = [:]
    for file in try FileManager.default.contentsOfDirectory(atPath: dir.path) where file.hasPrefix(prefix) {
        let name = String(file.dropFirst(prefix.count).dropLast(".csv".count))
        sheets[name] = String(decoding: try Data(contentsOf: dir.appendingPathComponent(file)), as: UTF8.self)
    }
    return sheets
}
