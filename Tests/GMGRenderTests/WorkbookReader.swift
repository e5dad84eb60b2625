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

    /// How a sheet prints, as openpyxl reads the page setup.
    struct Print: Decodable {
        var orientation: String?
        var paper: String?
        var scale: Int?
        var fitToWidth: Int?
        var fitToHeight: Int?
        var fitToPage: Bool
        var area: String?
        var titleRows: String?
        var breaks: [Int]
        var header: String
        var footer: String
    }

    struct Sheet: Decodable {
        var name: String
        var freeze: String?
        var filter: String?
        var widths: [String: Double]
        var charts: [String]
        var cells: [Cell]
        /// Excel tables: name → range.
        var tables: [String: String]
        var print: Print
        /// Cells whose text wraps.
        var wrapped: [String]
        /// Links to places in the workbook: cell → location.
        var links: [String: String]

        subscript(_ ref: String) -> Cell? { cells.first { $0.ref == ref } }
    }

    var properties: Properties
    var sheets: [Sheet]
    /// Workbook-wide defined names: name → formula (print areas and titles left out).
    var names: [String: String]

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
        ps = ws.page_setup
        def part(h):
            return "|".join((p.text or "") for p in (h.left, h.center, h.right))
        fit = ws.sheet_properties.pageSetUpPr
        prints = {"orientation": ps.orientation, "paper": str(ps.paperSize) if ps.paperSize else None,
                  "scale": int(ps.scale) if ps.scale else None,
                  "fitToWidth": None if ps.fitToWidth is None else int(ps.fitToWidth),
                  "fitToHeight": None if ps.fitToHeight is None else int(ps.fitToHeight),
                  "fitToPage": bool(fit and fit.fitToPage), "area": ws.print_area, "titleRows": ws.print_title_rows,
                  "breaks": [b.id for b in ws.row_breaks.brk], "header": part(ws.oddHeader), "footer": part(ws.oddFooter)}
        wrapped = [c.coordinate for row in ws.iter_rows() for c in row if c.value is not None and c.alignment.wrap_text]
        links = {c.coordinate: c.hyperlink.location for row in ws.iter_rows() for c in row if c.hyperlink is not None}
        out["sheets"].append({"name": ws.title, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref,
                              "widths": {k: d.width for k, d in ws.column_dimensions.items() if d.width},
                              "charts": [type(ch).__name__ + ":" + str(getattr(ch, "barDir", "")) for ch in ws._charts],
                              "cells": cells, "tables": dict(ws.tables.items()), "print": prints,
                              "wrapped": wrapped, "links": links})
    out["names"] = {n: d.attr_text for n, d in book.defined_names.items()}
    json.dump(out, sys.stdout)
    """#

    /// Reads `url` with openpyxl.
    static func read(_ url: URL) throws -> ReadWorkbook {
        let output = try run(["python3", "-c", script, url.path]).stdoutData
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
