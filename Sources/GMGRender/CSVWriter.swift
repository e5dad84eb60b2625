import Foundation
import GMGTable
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Streams RFC 4180 CSV to a file through a large buffer: one `write(2)` per buffer, not per row.
///
/// The format, fixed so that every file reads the same:
/// - UTF-8, comma separated, records end with **LF** (`\n`, never CRLF), including the last one.
/// - A field is quoted when it holds a comma, a double quote, LF or CR; quotes inside are doubled.
///   Line breaks inside a quoted field are written as they are.
/// - Optionally a UTF-8 byte order mark first, so Excel reads non-ASCII text as UTF-8.
/// - Numbers have no exponent and no locale: integers exact, money rounded half-up to
///   ``Options/moneyDecimals`` places, anything else in its shortest exact form. Dates are ISO.
/// - **Formula-injection guard**: every text field (header, `Cell.text`, `writeText`) that starts
///   with `=`, `+`, `-`, `@`, a tab or a CR gets a leading `'`, so a spreadsheet opening the file
///   shows the text instead of running it as a formula (`=HYPERLINK(...)` becomes
///   `'=HYPERLINK(...)`). Numbers are never prefixed: pass them as `Cell`s, not text.
///
/// ```swift
/// let writer = try CSVWriter(url: out, kinds: [.text, .money])
/// try writer.writeRow(["agency", "cost_usd"])
/// try writer.writeRow([.text("UNDP"), .number(1234.5)])   // UNDP,1234.50
/// try writer.close()
/// ```
///
/// Call ``close()``: it writes what is buffered and reports failures. A writer dropped without it
/// closes the file without flushing the buffer, leaving it incomplete; it removes nothing.
public final class CSVWriter {
    /// Settings of a ``CSVWriter``.
    public struct Options: Sendable {
        /// Write a UTF-8 byte order mark first (for Excel).
        public var byteOrderMark: Bool
        /// Places after the point for money cells (default 2, to the cent).
        public var moneyDecimals: Int
        /// Bytes kept before writing to the file.
        public var bufferSize: Int

        /// Creates options; the defaults suit most reports.
        public init(byteOrderMark: Bool = false, moneyDecimals: Int = 2, bufferSize: Int = 1 << 20) {
            self.byteOrderMark = byteOrderMark
            self.moneyDecimals = moneyDecimals
            self.bufferSize = max(4096, bufferSize)
        }
    }

    private let path: String
    private let kinds: [ColumnKind]
    private let style: NumberStyle
    private let bufferSize: Int
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private var fieldsInRow = 0
    private var rowHasContent = false
    private var rowsWritten = 0

    /// Creates (or truncates) the file at `url`.
    /// - Parameters:
    ///   - kinds: the kind of each column, used to spell numbers (money decimals); columns past the
    ///     end are treated as `.text`.
    ///   - options: BOM, money decimals, buffer size.
    /// - Throws: ``RenderError/io(path:operation:errno:)`` when the file cannot be created.
    public init(url: URL, kinds: [ColumnKind] = [], options: Options = Options()) throws {
        path = url.path
        self.kinds = kinds
        style = NumberStyle(grouping: false, moneyDecimals: options.moneyDecimals, percentDecimals: nil)
        bufferSize = options.bufferSize
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw RenderError.io(path: path, operation: "open", errno: errno) }
        buffer.reserveCapacity(bufferSize + 64 * 1024)
        if options.byteOrderMark { buffer.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
    }

    deinit {
        if descriptor >= 0 { _ = closeDescriptor(descriptor) }
    }

    /// Writes one record of text fields (each guarded against formula injection).
    public func writeRow(_ fields: [String]) throws {
        for field in fields { try writeText(field) }
        try endRow()
    }

    /// Writes one record of cells; the i-th cell is spelled by the i-th column kind.
    /// - Throws: ``RenderError/nonFiniteNumber(table:row:column:)`` for NaN or infinity (with an
    ///   empty table name, the record number counting from 1 and the field number), or an I/O error.
    public func writeRow(_ cells: [Cell]) throws {
        for cell in cells { try write(cell) }
        try endRow()
    }

    /// Appends one text field to the current record (guarded against formula injection).
    public func writeText(_ text: String) throws {
        try startField()
        appendText(text)
    }

    /// Appends one cell to the current record, spelled by its column's kind.
    public func write(_ cell: Cell) throws {
        let kind = fieldsInRow < kinds.count ? kinds[fieldsInRow] : .text
        if case .text(let text) = cell { return try writeText(text) }
        guard let text = style.text(of: cell, kind: kind) else {
            throw RenderError.nonFiniteNumber(table: "", row: rowsWritten + 1, column: String(fieldsInRow + 1))
        }
        try startField()
        buffer.append(contentsOf: text.utf8)
        if !text.isEmpty { rowHasContent = true }
    }

    /// Ends the current record with LF.
    public func endRow() throws {
        // A record of one empty field would be an empty line, which readers skip: quote it.
        if fieldsInRow == 1 && !rowHasContent { buffer.append(contentsOf: [0x22, 0x22]) }
        buffer.append(0x0A)
        fieldsInRow = 0
        rowHasContent = false
        rowsWritten += 1
        if buffer.count >= bufferSize { try flush() }
    }

    /// Writes what is buffered and closes the file.
    /// - Throws: ``RenderError/io(path:operation:errno:)`` when writing or closing fails.
    public func close() throws {
        guard descriptor >= 0 else { throw RenderError.closed(path: path) }
        defer { descriptor = -1 }
        do { try flush() } catch {
            _ = closeDescriptor(descriptor)
            throw error
        }
        guard closeDescriptor(descriptor) == 0 else { throw RenderError.io(path: path, operation: "close", errno: errno) }
    }

    private func startField() throws {
        guard descriptor >= 0 else { throw RenderError.closed(path: path) }
        if fieldsInRow > 0 { buffer.append(0x2C) }
        fieldsInRow += 1
    }

    private func appendText(_ text: String) {
        var text = text
        text.withUTF8 { appendText($0) }
    }

    /// Appends UTF-8 text as a field: quoted when it must be (quotes doubled), guarded against
    /// formula injection; spans without a quote are copied whole.
    private func appendText(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let first = bytes.first else { return }
        rowHasContent = true
        let guarded = CSVWriter.startsFormula(first)
        let needsQuotes = bytes.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        if !needsQuotes {
            if guarded { buffer.append(0x27) }
            buffer.append(contentsOf: bytes)
            return
        }
        buffer.append(0x22)
        if guarded { buffer.append(0x27) }
        var start = 0
        for index in bytes.indices where bytes[index] == 0x22 {
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...index]))
            buffer.append(0x22)
            start = index + 1
        }
        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        buffer.append(0x22)
    }

    /// `=`, `+`, `-`, `@`, tab, CR: the first bytes a spreadsheet may read as a formula.
    static func startsFormula(_ byte: UInt8) -> Bool {
        byte == 0x3D || byte == 0x2B || byte == 0x2D || byte == 0x40 || byte == 0x09 || byte == 0x0D
    }

    private func flush() throws {
        var written = 0
        try buffer.withUnsafeBytes { bytes in
            while written < bytes.count {
                let result = writeBytes(descriptor, bytes.baseAddress! + written, bytes.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    throw RenderError.io(path: path, operation: "write", errno: errno)
                }
                written += result
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

private func closeDescriptor(_ descriptor: Int32) -> Int32 { close(descriptor) }

private func writeBytes(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
