import Foundation

/// Reads what a workbook's sheets need: the package and workbook relationships, the sheet list,
/// the date system, shared strings, number formats and custom properties.
struct WorkbookStructure {
    let displayName: String
    let limits: ReadLimits
    var sheets: [Spreadsheet.SheetInfo] = []
    var dateSystem = DateSystem.from1900
    var customProperties: [String: String] = [:]
    var strings: [String] = []
    var formats = NumberFormats()

    /// Elements accepted in one of the small parts.
    private static let maxElements = 200_000

    init(displayName: String, limits: ReadLimits) {
        self.displayName = displayName
        self.limits = limits
    }

    mutating func read(with reader: inout ZIPEntryReader) throws {
        let package = try Relationships(of: "", load: { try tree($0, &reader) }, fail: fail(nil))
        let workbookPart = package.target(ofType: "officeDocument") ?? "xl/workbook.xml"
        guard let workbook = try tree(workbookPart, &reader) else { throw fail(workbookPart)(.missingPart) }
        let links = try Relationships(of: workbookPart, load: { try tree($0, &reader) }, fail: fail(workbookPart))
        let flag = workbook.child("workbookPr")?.attributes["date1904"]?.lowercased()
        dateSystem = flag == "1" || flag == "true" ? .from1904 : .from1900
        sheets = try (workbook.child("sheets")?.children("sheet") ?? []).map { sheet in
            guard let name = sheet.attributes["name"], let id = sheet.attributes["id"], let link = links.link(id: id) else {
                throw fail(workbookPart)(.invalidContent("a sheet without a name or relationship"))
            }
            let visibility = Spreadsheet.SheetInfo.Visibility(rawValue: sheet.attributes["state"] ?? "visible") ?? .visible
            return Spreadsheet.SheetInfo(name: name, visibility: visibility, isWorksheet: link.type == "worksheet", part: link.target)
        }
        if let part = links.target(ofType: "sharedStrings"), reader.contains(part) {
            let parser = SharedStringsParser(limit: limits.maxSharedStrings, fail: fail(part))
            try SafeXML.parse(try reader.read(part), into: parser, fail: fail(part))
            strings = parser.strings
        }
        if let part = links.target(ofType: "styles"), let styles = try tree(part, &reader) {
            formats = NumberFormats(styles: styles)
        }
        if let part = package.target(ofType: "custom-properties"), let properties = try tree(part, &reader) {
            for property in properties.children("property") {
                guard let name = property.attributes["name"] else { continue }
                customProperties[name] = property.children.first?.text ?? ""
            }
        }
    }

    /// The element tree of a small part, nil when the package has no such part.
    private func tree(_ part: String, _ reader: inout ZIPEntryReader) throws -> XMLTree.Element? {
        guard reader.contains(part) else { return nil }
        return try XMLTree.parse(try reader.read(part), maxElements: Self.maxElements, fail: fail(part))
    }

    private func fail(_ part: String?) -> (SpreadsheetError.Reason) -> SpreadsheetError {
        { [displayName] in SpreadsheetError(file: displayName, part: part, reason: $0) }
    }
}
