/// A spreadsheet that could not be read, naming the file and, where it applies, the part inside it.
///
/// Its description reads like `returns/ilo.xlsx: xl/worksheets/sheet1.xml: more than 5,000 rows
/// (the limit for this file)`. It never quotes cell values.
public struct SpreadsheetError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Equatable, Sendable {
        /// The file could not be opened or read (the system's reason).
        case unreadable(String)
        /// The file is larger than ``ReadLimits/maxFileBytes``.
        case fileTooLarge(limit: Int)
        /// Not a ZIP archive at all (no ZIP directory).
        case notZip
        /// An OLE2 compound file: an Excel 97-2003 `.xls` file or a password-encrypted workbook.
        case legacyOrEncrypted
        /// The ZIP archive is malformed (the detail says where).
        case damaged(String)
        /// A ZIP64 or multi-disk archive, which no spreadsheet of the accepted size needs.
        case unsupportedArchive(String)
        /// An entry name that is absolute, has a `..` component, a backslash or a NUL.
        case unsafeEntryName(String)
        /// Two entries with the same name.
        case duplicateEntry(String)
        /// An encrypted entry, or a compression method other than stored or deflate.
        case unsupportedEntry(String)
        /// More entries than ``ReadLimits/maxEntries``.
        case tooManyEntries(limit: Int)
        /// A part that expands past ``ReadLimits/maxPartBytes``.
        case partTooLarge(limit: Int)
        /// The parts read expand past ``ReadLimits/maxTotalBytes`` together.
        case totalTooLarge(limit: Int)
        /// A part the workbook needs is missing.
        case missingPart
        /// An XML part declares a document type (the way to entity bombs and external entities).
        case documentTypeDeclaration
        /// An XML part that is not UTF-8.
        case notUTF8
        /// XML that does not parse (line, column and the parser's message).
        case malformedXML(line: Int, column: Int, message: String)
        /// A structural problem in a part (a bad cell reference, an unknown shared string...).
        case invalidContent(String)
        /// More rows than ``ReadLimits/maxRows``.
        case tooManyRows(limit: Int)
        /// A column past ``ReadLimits/maxColumns``.
        case tooManyColumns(limit: Int)
        /// More cells than ``ReadLimits/maxCells``.
        case tooManyCells(limit: Int)
        /// More shared strings than ``ReadLimits/maxSharedStrings``.
        case tooManyStrings(limit: Int)
        /// No sheet of that name (the names it has).
        case noSuchSheet(name: String, known: [String])
    }

    /// How the file is named in messages (the path as given).
    public var file: String
    /// The part of the archive, such as `xl/workbook.xml`, when the problem is inside one.
    public var part: String?
    /// What went wrong.
    public var reason: Reason

    /// Creates an error.
    public init(file: String, part: String? = nil, reason: Reason) {
        self.file = file
        self.part = part
        self.reason = reason
    }

    public var description: String { "\(file): \(detail)" }

    /// The description without the file name: the part, if any, and what went wrong.
    public var detail: String { part.map { "\($0): \(message)" } ?? message }

    private var message: String {
        switch reason {
        case .unreadable(let why): return "cannot read the file: \(why)"
        case .fileTooLarge(let limit): return "file larger than \(bytes(limit)), refused"
        case .notZip: return "not an XLSX workbook (no ZIP directory: is it a CSV, PDF or HTML file renamed?)"
        case .legacyOrEncrypted:
            return "an Excel 97-2003 (.xls) or password-protected workbook: save it as an unprotected .xlsx workbook"
        case .damaged(let detail): return "damaged ZIP archive: \(detail)"
        case .unsupportedArchive(let detail): return "unsupported ZIP archive: \(detail)"
        case .unsafeEntryName(let name): return "refused: unsafe entry name \(String(reflecting: name))"
        case .duplicateEntry(let name): return "refused: entry \(String(reflecting: name)) appears twice"
        case .unsupportedEntry(let detail): return "unsupported entry: \(detail)"
        case .tooManyEntries(let limit): return "refused: more than \(count(limit)) entries"
        case .partTooLarge(let limit): return "refused: expands to more than \(bytes(limit)) (a ZIP bomb?)"
        case .totalTooLarge(let limit): return "refused: the workbook expands to more than \(bytes(limit)) (a ZIP bomb?)"
        case .missingPart: return "missing part"
        case .documentTypeDeclaration:
            return "refused: the XML declares a document type (entity declarations are never part of a workbook)"
        case .notUTF8: return "refused: the XML is not UTF-8"
        case .malformedXML(let line, let column, let message):
            return "malformed XML at line \(line), column \(column): \(message)"
        case .invalidContent(let detail): return detail
        case .tooManyRows(let limit): return "refused: more than \(count(limit)) rows"
        case .tooManyColumns(let limit): return "refused: a cell beyond column \(count(limit))"
        case .tooManyCells(let limit): return "refused: more than \(count(limit)) cells"
        case .tooManyStrings(let limit): return "refused: more than \(count(limit)) shared strings"
        case .noSuchSheet(let name, let known):
            return "no sheet \(String(reflecting: name)) (sheets: \(known.map { String(reflecting: $0) }.joined(separator: ", ")))"
        }
    }

    private func count(_ value: Int) -> String {
        var digits = String(value)
        var index = digits.endIndex
        while digits.distance(from: digits.startIndex, to: index) > 3 {
            index = digits.index(index, offsetBy: -3)
            digits.insert(",", at: index)
        }
        return digits
    }

    private func bytes(_ value: Int) -> String {
        value >= 1 << 20 ? "\(count(value >> 20)) MiB" : value >= 1 << 10 ? "\(count(value >> 10)) KiB" : "\(count(value)) bytes"
    }
}
