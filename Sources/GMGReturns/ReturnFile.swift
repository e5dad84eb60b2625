import Crypto
import Foundation
import GMGData
import GMGSpreadsheetReader
import GMGTable

/// One returned workbook, read and checked against the data: the updates it brings and what is
/// wrong with it.
public struct ReturnFile: Sendable {
    /// A progress update a row of the return brings.
    public struct Update: Sendable, Hashable {
        public var activity: String
        public var status: ProgressStatus
        public var asOf: CalendarDate
        /// The row's note, with a revised time frame and a cost appended when given.
        public var note: String
        /// The row of the Activities sheet (1-based), for the progress row's source.
        public var row: Int
    }

    /// The file as given.
    public let path: String
    /// The file's name (its last path component).
    public let fileName: String
    /// The template identity, when the file is one of ours.
    public internal(set) var identity: TemplateIdentity?
    /// Who the return is from, when recognised.
    public internal(set) var recipient: ReturnRecipient?
    /// The rows accepted.
    public internal(set) var updates: [Update] = []
    /// Errors (rows or the whole file not read) and warnings.
    public internal(set) var diagnostics: [ReturnDiagnostic] = []
    /// Whether the file could be read at all; when false nothing of it is merged.
    public internal(set) var isReadable = false
    /// The first 12 hex digits of the file's SHA-256, telling two versions of a return apart.
    public internal(set) var digest = ""

    /// Limits for returns: a return lists tens of activities, so anything far larger is refused.
    public static let limits = ReadLimits(maxFileBytes: 20 << 20, maxEntries: 500, maxPartBytes: 32 << 20,
                                          maxTotalBytes: 96 << 20, maxRows: 20_000, maxColumns: 16_384,
                                          maxCells: 400_000, maxSharedStrings: 200_000)

    /// Reads and checks the return at `path`.
    /// - Parameters:
    ///   - dataset: the validated data, progress included (with updates accepted earlier in the run).
    ///   - from: the recipient the file came from, when the person reading it says so (`--from`).
    ///   - today: the day the return is read, for as-of dates in the future.
    init(path: String, dataset: Dataset, history: ProgressHistory, from: String?, today: CalendarDate) {
        self.path = path
        fileName = URL(fileURLWithPath: path).lastPathComponent
        let book: Spreadsheet
        do {
            let data = try Self.contents(of: path)
            digest = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined().prefix(12).description
            book = try Spreadsheet(data: data, displayName: path, limits: Self.limits)
        } catch let error as SpreadsheetError {
            fileError(error.detail)
            return
        } catch {
            fileError("cannot read the file: \(error)")
            return
        }
        var reader = ReturnSheetReader(file: path, dataset: dataset, history: history, today: today)
        guard let identity = reader.identity(of: book, from: from, errors: &diagnostics) else { return }
        self.identity = identity.identity
        recipient = identity.recipient
        let sheet: Worksheet
        do {
            sheet = try book.worksheet(named: ReturnColumn.sheetName)
        } catch let error as SpreadsheetError {
            fileError(error.detail)
            return
        } catch {
            fileError("\(error)")
            return
        }
        guard let rows = reader.rows(of: sheet, identity: identity.identity, recipient: identity.recipient) else {
            diagnostics += reader.diagnostics
            return
        }
        isReadable = true
        updates = rows
        diagnostics += reader.diagnostics
    }

    private mutating func fileError(_ message: String) {
        diagnostics.append(ReturnDiagnostic(file: path, severity: .error, message: message + "; file not read"))
    }

    private static func contents(of path: String) throws -> Data {
        let url = URL(fileURLWithPath: path)
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
        guard size <= limits.maxFileBytes else {
            throw SpreadsheetError(file: path, reason: .fileTooLarge(limit: limits.maxFileBytes))
        }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw SpreadsheetError(file: path, reason: .unreadable((error as NSError).localizedDescription))
        }
    }
}
