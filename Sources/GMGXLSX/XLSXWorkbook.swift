import CXlsxWriter
import Foundation
import GMGTable

/// An XLSX file being written: owns libxlsxwriter's `lxw_workbook` and frees it on every path.
///
/// Nothing reaches the disk until ``close()``. The first failure of any sheet write is kept, and
/// from then on writes and ``close()`` throw: libxlsxwriter would otherwise write a damaged file
/// after a cell error, so a failed workbook is never written. A workbook dropped without `close()`
/// frees its memory and temporary files and writes nothing; it never removes an existing file.
///
/// ```swift
/// let book = try XLSXWorkbook(url: out, properties: .init(title: "Plan", created: day))
/// let sheet = try book.addSheet(named: "By agency")
/// try sheet.write(.text("UNDP"), row: 0, column: 0)
/// try book.close()
/// ```
///
/// Not thread-safe: use a workbook from one task at a time.
public final class XLSXWorkbook {
    /// How libxlsxwriter works while writing.
    public struct Options: Sendable, Hashable {
        /// Stream each row to a temporary file as soon as a later row is started: memory stays
        /// flat for any size, but rows must be written in order and Excel tables are refused.
        public var constantMemory: Bool
        /// A directory for temporary files (default: the system's).
        public var tmpdir: String?
        /// Allow files and parts over 4 GB (ZIP64).
        public var useZip64: Bool

        /// Creates options.
        public init(constantMemory: Bool = false, tmpdir: String? = nil, useZip64: Bool = false) {
            self.constantMemory = constantMemory
            self.tmpdir = tmpdir
            self.useZip64 = useZip64
        }
    }

    /// Document properties (File ▸ Properties in Excel).
    public struct Properties: Sendable, Hashable {
        /// The document title.
        public var title: String
        /// The subject.
        public var subject: String
        /// The author (default "GMG reports").
        public var author: String
        /// Keywords, written comma-separated.
        public var keywords: [String]
        /// A free comment, such as the counting rule.
        public var comments: String?
        /// The creation date stored in the file, at midnight UTC. It is required so that the same
        /// input always gives the same bytes: take it from the data or a `--date` option.
        public var created: CalendarDate

        /// Creates properties.
        public init(title: String, subject: String = "", author: String = "GMG reports", keywords: [String] = [],
                    comments: String? = nil, created: CalendarDate) {
            self.title = title
            self.subject = subject
            self.author = author
            self.keywords = keywords
            self.comments = comments
            self.created = created
        }
    }

    /// The file this workbook will be written to.
    public let url: URL
    /// The options it was created with.
    public let options: Options
    private var handle: UnsafeMutablePointer<lxw_workbook>?
    private var firstError: XLSXError?
    /// Open and without an error: the one flag the per-cell write path reads.
    private(set) var isWritable = false
    private var names = XLSXSheetNames()
    private var formats: [XLSXStyle: XLSXFormat] = [:]
    /// C strings libxlsxwriter may point at until the workbook is closed; freed in `deinit`.
    private var retained: [UnsafeMutablePointer<CChar>] = []

    /// Creates a workbook that ``close()`` will write to `url` (replacing any file there).
    /// - Throws: ``XLSXError`` when libxlsxwriter cannot create the workbook or set its properties.
    public init(url: URL, options: Options = Options(), properties: Properties) throws {
        self.url = url
        self.options = options
        var libraryOptions = lxw_workbook_options()
        libraryOptions.constant_memory = options.constantMemory ? 1 : 0
        libraryOptions.use_zip64 = options.useZip64 ? 1 : 0
        if let tmpdir = options.tmpdir { libraryOptions.tmpdir = retain(tmpdir) }
        guard let created = workbook_new_opt(retain(url.path), &libraryOptions) else {
            throw XLSXError(reason: .nullPointer(function: "workbook_new_opt"))
        }
        handle = created
        isWritable = true
        try setProperties(properties)
    }

    deinit {
        if let handle { lxw_workbook_free(handle) }
        for pointer in retained { free(pointer) }
    }

    /// Adds a sheet, making `name` valid and unique (see ``XLSXSheetNames``); the sheet's
    /// ``XLSXSheet/name`` is the name it got.
    /// - Throws: ``XLSXError`` when libxlsxwriter refuses the sheet.
    public func addSheet(named name: String) throws -> XLSXSheet {
        let handle = try openHandle()
        let valid = names.unique(name)
        guard let sheet = workbook_add_worksheet(handle, valid) else {
            throw record(XLSXError(sheet: valid, reason: .nullPointer(function: "workbook_add_worksheet")))
        }
        return XLSXSheet(workbook: self, handle: sheet, name: valid)
    }

    /// The format for `style`, created once per workbook and reused.
    /// - Throws: ``XLSXError`` when the workbook is closed or libxlsxwriter cannot add a format.
    public func format(_ style: XLSXStyle) throws -> XLSXFormat {
        if let known = formats[style] { return known }
        guard let pointer = workbook_add_format(try openHandle()) else {
            throw record(XLSXError(reason: .nullPointer(function: "workbook_add_format")))
        }
        XLSXFormat.configure(pointer, as: style)
        let format = XLSXFormat(pointer: pointer)
        formats[style] = format
        return format
    }

    /// Writes the file and frees the workbook.
    /// - Throws: ``XLSXError`` with reason ``XLSXError/Reason/earlierError`` (and nothing
    ///   written) after any earlier failure, or the library's error when writing fails.
    public func close() throws {
        guard let handle else { throw XLSXError(reason: .closed) }
        self.handle = nil
        isWritable = false
        if firstError != nil {
            lxw_workbook_free(handle)
            throw XLSXError(reason: .earlierError)
        }
        errno = 0
        let result = workbook_close(handle)
        guard result == LXW_NO_ERROR else {
            let system = errno
            throw XLSXError(file: url.path, reason: .library(code: Int32(bitPattern: result.rawValue)),
                            systemReason: system == 0 ? nil : String(cString: strerror(system)))
        }
    }

    /// Keeps `error` as the workbook's first failure and returns it, for `throw record(...)`.
    func record(_ error: XLSXError) -> XLSXError {
        if firstError == nil { firstError = error }
        isWritable = false
        return error
    }

    /// The open handle, or a thrown error when closed or failed earlier.
    func openHandle() throws -> UnsafeMutablePointer<lxw_workbook> {
        guard let handle else { throw XLSXError(reason: .closed) }
        if firstError != nil { throw XLSXError(reason: .earlierError) }
        return handle
    }

    /// A C copy of `text` that lives as long as the workbook.
    func retain(_ text: String) -> UnsafeMutablePointer<CChar> {
        let pointer = strdup(text)!
        retained.append(pointer)
        return pointer
    }

    private func setProperties(_ properties: Properties) throws {
        var doc = lxw_doc_properties()
        doc.title = retain(properties.title)
        doc.subject = retain(properties.subject)
        doc.author = retain(properties.author)
        doc.keywords = retain(properties.keywords.joined(separator: ", "))
        if let comments = properties.comments { doc.comments = retain(comments) }
        // 0 would mean "now" to libxlsxwriter: 1970-01-01 is stored one second later.
        doc.created = max(1, time_t(XLSXWorkbook.daysSinceEpoch(properties.created)) * 86_400)
        let result = workbook_set_properties(try openHandle(), &doc)
        guard result == LXW_NO_ERROR else {
            throw record(XLSXError(reason: .library(code: Int32(bitPattern: result.rawValue))))
        }
    }

    /// Days from 1970-01-01 to `date` in the proleptic Gregorian calendar.
    static func daysSinceEpoch(_ date: CalendarDate) -> Int {
        let year = date.month <= 2 ? date.year - 1 : date.year
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * (date.month + (date.month > 2 ? -3 : 9)) + 2) / 5 + date.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
