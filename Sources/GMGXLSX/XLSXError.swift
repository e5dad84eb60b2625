import CXlsxWriter

/// A failure writing a workbook, naming the sheet and cell where it happened.
///
/// Its description reads like `sheet "By agency" cell C12: string exceeds Excel's limit of 32,767
/// characters (error 21)`. It never holds the cell's value (data stays out of error text).
public struct XLSXError: Error, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Equatable, Sendable {
        /// libxlsxwriter returned this `lxw_error` code.
        case library(code: Int32)
        /// libxlsxwriter returned NULL from the named function.
        case nullPointer(function: String)
        /// A number was NaN or infinite, which Excel cannot store.
        case nonFiniteNumber
        /// A date before 1900 or after 9999, which Excel cannot show.
        case dateOutOfRange
        /// A table does not fit the renderer's layout (explained in the text).
        case invalidTable(String)
        /// An earlier error left the workbook incomplete, so it is not written.
        case earlierError
        /// The workbook was already closed.
        case closed
    }

    /// The workbook's path, when the failure is writing the file.
    public var file: String?
    /// The sheet's name, when the failure belongs to a sheet.
    public var sheet: String?
    /// The cell in A1 notation (`C12`), when the failure belongs to a cell.
    public var cell: String?
    /// What went wrong.
    public var reason: Reason
    /// The system's reason when writing the file failed (such as "No space left on device").
    public var systemReason: String?

    /// Creates an error.
    public init(file: String? = nil, sheet: String? = nil, cell: String? = nil, reason: Reason, systemReason: String? = nil) {
        self.file = file
        self.sheet = sheet
        self.cell = cell
        self.reason = reason
        self.systemReason = systemReason
    }

    /// An error for a cell given by zero-based row and column.
    init(sheet: String, row: Int, column: Int, reason: Reason) {
        self.init(sheet: sheet, cell: XLSXError.reference(row: row, column: column), reason: reason)
    }

    public var description: String {
        var place: [String] = []
        if let file { place.append("workbook \"\(file)\"") }
        if let sheet { place.append("sheet \"\(sheet)\"") }
        if let cell { place.append("cell \(cell)") }
        let prefix = place.isEmpty ? "workbook" : place.joined(separator: " ")
        return "\(prefix): \(message)" + (systemReason.map { ": \($0)" } ?? "")
    }

    private var message: String {
        switch reason {
        case .library(let code):
            let text = String(cString: lxw_strerror(lxw_error(UInt32(bitPattern: code))))
            let trimmed = text.hasSuffix(".") ? String(text.dropLast()) : text
            return (trimmed.first.map { $0.lowercased() + trimmed.dropFirst() } ?? "unknown error") + " (error \(code))"
        case .nullPointer(let function):
            return "\(function) failed (returned NULL)"
        case .nonFiniteNumber:
            return "number is NaN or infinite"
        case .dateOutOfRange:
            return "date outside Excel's years 1900 to 9999"
        case .invalidTable(let explanation):
            return explanation
        case .earlierError:
            return "not written: an earlier error left the workbook incomplete"
        case .closed:
            return "workbook already closed"
        }
    }

    /// A zero-based cell position in A1 notation: row 11, column 2 is `C12`.
    public static func reference(row: Int, column: Int) -> String {
        var letters: [Character] = []
        var remaining = column + 1
        while remaining > 0 {
            let digit = (remaining - 1) % 26
            letters.insert(Character(Unicode.Scalar(UInt8(65 + digit))), at: 0)
            remaining = (remaining - 1) / 26
        }
        return String(letters) + String(row + 1)
    }
}
