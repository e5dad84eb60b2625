#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one CSV reader of the project: streams an RFC 4180 file (comma separated, `"` quoted with
/// `""` escapes, LF or CRLF line ends, optional UTF-8 byte-order mark) in fixed-size chunks, so
/// memory stays flat at any file size. `Data/` files, the activities interchange CSV (`gmg query
/// --interchange`, `gmg workload`) all go through it.
///
/// Blank lines are skipped. A quoted field may hold commas, quotes and line breaks. These are
/// errors (``CSVSyntaxError``), each located by line, CSV column and character:
/// - a quote inside an unquoted field (a stray quote), text after a closing quote, a NUL byte,
///   invalid UTF-8: the record is skipped and reading goes on with the next record;
/// - a quoted field never closed, or one that runs past its line and then closes badly (the usual
///   result of a forgotten closing quote): the error names the opening quote, and reading goes on
///   at the line after it, so one broken quote does not turn the rest of the file into errors.
///
/// `onError` decides: the default rethrows (the first error stops the scan); a checker collects.
///
/// ```swift
/// try CSVScanner().scan(path: "Data/agencies.csv", onError: { problems.append($0) }) { record in
///     print(record.line, record.strings)
/// }
/// ```
public struct CSVScanner: Sendable {
    /// The longest record read whole (16 MiB): past it, a quoted field still open is reported as
    /// never closed, so memory stays bounded whatever the file holds.
    public static let recordLimit = 16 << 20

    /// Bytes read per `read(2)` call; tests use tiny chunks to exercise records that straddle them.
    public var chunkSize: Int

    /// Creates a scanner reading `chunkSize` bytes at a time.
    public init(chunkSize: Int = 1 << 20) {
        self.chunkSize = max(1, chunkSize)
    }

    /// Calls `body` for every well-formed record of the file at `path`, in order.
    ///
    /// - Parameters:
    ///   - progress: called after each chunk with the bytes read so far and the file size; it may
    ///     throw (for example to stop when another thread failed).
    ///   - onError: called for each syntax error, in file order; throw to stop.
    /// - Throws: ``CSVFileError`` when the file cannot be opened or read; ``CSVSyntaxError`` from
    ///   the default `onError`; what `body`, `progress` or `onError` throw.
    public func scan(
        path: String, progress: (_ read: Int, _ size: Int) throws -> Void = { _, _ in },
        onError: (CSVSyntaxError) throws -> Void = { throw $0 }, _ body: (CSVRecord) throws -> Void
    ) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw CSVFileError(path: path, operation: "open", code: errno) }
        defer { close(descriptor) }
        var status = stat()
        let size = fstat(descriptor, &status) == 0 ? Int(status.st_size) : 0
        let state = CSVScanState(capacity: 2 * max(chunkSize, 64))
        var totalRead = 0
        var atEnd = false
        var first = true
        while true {
            if !atEnd {
                let got = try state.fill(from: descriptor, path: path, chunk: chunkSize)
                atEnd = got == 0
                totalRead += got
                try progress(totalRead, size)
                if first, state.filled >= 3 || atEnd {
                    first = false
                    state.skipByteOrderMark()
                }
                if first { continue }
            }
            try state.parseRecords(atEnd: atEnd, onError: onError, body)
            if atEnd { return }
        }
    }
}

/// The bytes the CSV syntax is made of.
enum CSVByte {
    static let quote = UInt8(ascii: "\"")
    static let comma = UInt8(ascii: ",")
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")

    /// True when none of the 8 bytes of `word` is a comma, a quote, a line feed, NUL or non-ASCII:
    /// the common case an unquoted field is scanned past a word at a time.
    static func plainASCII(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        return word & highs == 0 && !hasZeroByte(word) && !hasZeroByte(word ^ (ones &* UInt64(comma)))
            && !hasZeroByte(word ^ (ones &* UInt64(newline))) && !hasZeroByte(word ^ (ones &* UInt64(quote)))
    }

    /// The offset of the first byte of `bytes` that does not start a valid UTF-8 sequence, or nil.
    static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }
}
