import Foundation

/// An XLSX workbook opened for reading: its sheets, date system and custom document properties,
/// with each sheet's cells read on demand.
///
/// The file is untrusted input: it is read into memory whole (refused past
/// ``ReadLimits/maxFileBytes``), never extracted to disk, and every part is inflated and parsed
/// within the ``ReadLimits``. Sheets are found through `xl/workbook.xml` and its relationships, not
/// by file names, so reordered, renamed and hidden sheets are read as the workbook lists them.
/// Files saved by Excel, LibreOffice and openpyxl are read alike: shared and inline strings, rich
/// text runs, dates in either date system, formulas by their cached values.
///
/// ```swift
/// let book = try Spreadsheet(contentsOf: url, limits: ReadLimits(maxRows: 5_000))
/// let sheet = try book.worksheet(named: "Activities")
/// for row in sheet.rows { print(row.number, row[1]?.value as Any) }
/// ```
public struct Spreadsheet: Sendable {
    /// A sheet as the workbook lists it.
    public struct SheetInfo: Sendable, Hashable {
        /// How a sheet is shown.
        public enum Visibility: String, Sendable, Hashable {
            case visible, hidden, veryHidden
        }

        /// The sheet's name (the tab's label).
        public var name: String
        /// Whether the tab is shown.
        public var visibility: Visibility
        /// Whether it is a worksheet (not a chart sheet); only worksheets have cells.
        public var isWorksheet: Bool
        /// The part holding it.
        let part: String
    }

    /// How messages name the file.
    public let displayName: String
    /// The sheets in the workbook's order.
    public let sheets: [SheetInfo]
    /// How the workbook counts days.
    public let dateSystem: DateSystem
    /// The custom document properties (File ▸ Properties ▸ Custom), by name, as text.
    public let customProperties: [String: String]

    private let archive: Data
    private let directory: ZIPDirectory
    private let limits: ReadLimits
    private let strings: [String]
    private let formats: NumberFormats
    private let expandedByOpen: Int

    /// Opens the workbook at `url` and reads its structure.
    /// - Parameter displayName: how errors name the file (default: the path).
    /// - Throws: ``SpreadsheetError`` naming the file (and part) for anything unreadable or refused.
    public init(contentsOf url: URL, displayName: String? = nil, limits: ReadLimits = ReadLimits()) throws {
        let name = displayName ?? url.path
        let data: Data
        do {
            let size = (try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue ?? 0
            guard size <= limits.maxFileBytes else { throw SpreadsheetError(file: name, reason: .fileTooLarge(limit: limits.maxFileBytes)) }
            data = try Data(contentsOf: url)
        } catch let error as SpreadsheetError {
            throw error
        } catch {
            throw SpreadsheetError(file: name, reason: .unreadable((error as NSError).localizedDescription))
        }
        try self.init(data: data, displayName: name, limits: limits)
    }

    /// Reads a workbook held in memory.
    public init(data: Data, displayName: String, limits: ReadLimits = ReadLimits()) throws {
        guard data.count <= limits.maxFileBytes else {
            throw SpreadsheetError(file: displayName, reason: .fileTooLarge(limit: limits.maxFileBytes))
        }
        let directory = try ZIPDirectory(data, maxEntries: limits.maxEntries) {
            SpreadsheetError(file: displayName, reason: $0)
        }
        var reader = ZIPEntryReader(data: data, directory: directory, limits: limits) {
            SpreadsheetError(file: displayName, part: $0, reason: $1)
        }
        var structure = WorkbookStructure(displayName: displayName, limits: limits)
        try structure.read(with: &reader)
        self.displayName = displayName
        self.archive = data
        self.directory = directory
        self.limits = limits
        sheets = structure.sheets
        dateSystem = structure.dateSystem
        customProperties = structure.customProperties
        strings = structure.strings
        formats = structure.formats
        expandedByOpen = reader.expanded
    }

    /// The cells of the sheet named `name` (compared exactly, then ignoring case).
    /// - Throws: ``SpreadsheetError`` when there is no such worksheet or its part is refused.
    public func worksheet(named name: String) throws -> Worksheet {
        guard let info = sheets.first(where: { $0.name == name })
                ?? sheets.first(where: { $0.name.lowercased() == name.lowercased() }), info.isWorksheet else {
            throw SpreadsheetError(file: displayName, reason: .noSuchSheet(name: name, known: sheets.map(\.name)))
        }
        var reader = ZIPEntryReader(data: archive, directory: directory, limits: limits, expanded: expandedByOpen) {
            SpreadsheetError(file: displayName, part: $0, reason: $1)
        }
        let fail = { SpreadsheetError(file: displayName, part: info.part, reason: $0) }
        let parser = WorksheetParser(strings: strings, formats: formats, dateSystem: dateSystem, limits: limits, fail: fail)
        let xml = try reader.read(info.part)
        if ElementCount.count("row", in: xml, upTo: limits.maxRows) > limits.maxRows {
            throw fail(.tooManyRows(limit: limits.maxRows))
        }
        if ElementCount.count("c", in: xml, upTo: limits.maxCells) > limits.maxCells {
            throw fail(.tooManyCells(limit: limits.maxCells))
        }
        try SafeXML.parse(xml, into: parser, fail: fail)
        return Worksheet(name: info.name, rows: parser.rows)
    }
}
