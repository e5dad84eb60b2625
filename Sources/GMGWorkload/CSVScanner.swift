import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One CSV record as ``CSVScanner`` hands it over: unescaped UTF-8 fields, each followed by a NUL
/// byte so C functions can take them as strings. Valid only until the callback returns.
struct ScannedRecord {
    /// The line the record starts on (1-based).
    let line: Int
    /// How many fields the record has.
    let count: Int
    let bytes: UnsafePointer<UInt8>
    /// `count + 1` offsets into `bytes`: field `i` spans `starts[i] ..< starts[i + 1] - 1`.
    let starts: UnsafePointer<Int>

    /// The bytes of field `index`, without the NUL.
    func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: bytes + starts[index], count: starts[index + 1] - starts[index] - 1)
    }

    /// Field `index` as a NUL-terminated C string.
    func cString(_ index: Int) -> UnsafePointer<CChar> {
        UnsafeRawPointer(bytes + starts[index]).assumingMemoryBound(to: CChar.self)
    }

    /// Field `index` as a Swift string.
    func string(_ index: Int) -> String {
        String(decoding: field(index), as: UTF8.self)
    }

    /// True when field `index` is empty.
    func isEmpty(_ index: Int) -> Bool {
        starts[index + 1] - starts[index] == 1
    }
}

/// Streams an RFC 4180 file (comma separated, `"` quoted with `""` escapes, LF or CRLF line ends,
/// optional UTF-8 byte-order mark) in fixed-size chunks, so memory stays flat at any file size.
///
/// Blank lines are skipped. Fields must be valid UTF-8 without NUL bytes; a quoted field may hold
/// commas, quotes and line breaks; a quote inside an unquoted field is kept as text.
struct CSVScanner {
    /// Bytes read per `read(2)` call; tests use tiny chunks to exercise records that straddle them.
    var chunkSize = 1 << 20

    /// Calls `body` for every record of the file at `path`, in order.
    ///
    /// - Parameter progress: called after each chunk with the bytes read so far and the file size;
    ///   it may throw (for example to stop when another thread failed).
    /// - Throws: ``WorkloadError`` for an unreadable file or bad CSV (naming the line); what
    ///   `body` or `progress` throw.
    func scan(path: String, progress: (_ read: Int, _ size: Int) throws -> Void = { _, _ in },
              _ body: (ScannedRecord) throws -> Void) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw WorkloadError.io(path: path, operation: "open", errno: errno) }
        defer { close(descriptor) }
        var status = stat()
        let size = fstat(descriptor, &status) == 0 ? Int(status.st_size) : 0
        let state = ScanState(capacity: 2 * max(chunkSize, 64))
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
            try state.parseRecords(atEnd: atEnd, body)
            if atEnd { return }
        }
    }
}

/// The buffers of one scan: input bytes, the current record's unescaped fields, field offsets.
private final class ScanState {
    private var input: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Valid bytes in `input`; bytes before `position` are consumed.
    private(set) var filled = 0
    private var position = 0
    private var line = 1
    private var fields: UnsafeMutablePointer<UInt8>
    private var fieldsCapacity: Int
    private var fieldsCount = 0
    private var starts: UnsafeMutablePointer<Int>
    private var startsCapacity = 64

    init(capacity: Int) {
        self.capacity = capacity
        input = .allocate(capacity: capacity)
        fieldsCapacity = 4096
        fields = .allocate(capacity: fieldsCapacity)
        starts = .allocate(capacity: startsCapacity)
    }

    deinit {
        input.deallocate()
        fields.deallocate()
        starts.deallocate()
    }

    /// Moves unconsumed bytes to the front (doubling the buffer when one record fills it), then
    /// reads up to `chunk` bytes; returns 0 at the end of the file.
    func fill(from descriptor: Int32, path: String, chunk: Int) throws -> Int {
        if position > 0 {
            input.update(from: input + position, count: filled - position)
            filled -= position
            position = 0
        }
        if filled == capacity {
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
            grown.update(from: input, count: filled)
            input.deallocate()
            input = grown
            capacity *= 2
        }
        while true {
            let got = read(descriptor, input + filled, min(chunk, capacity - filled))
            if got < 0 {
                if errno == EINTR { continue }
                throw WorkloadError.io(path: path, operation: "read", errno: errno)
            }
            filled += got
            return got
        }
    }

    func skipByteOrderMark() {
        if filled >= 3, input[0] == 0xEF, input[1] == 0xBB, input[2] == 0xBF { position = 3 }
    }

    /// Parses every complete record in the buffer; at the end of the file, the rest too.
    func parseRecords(atEnd: Bool, _ body: (ScannedRecord) throws -> Void) throws {
        while position < filled {
            guard let (next, lines) = try parseRecord(atEnd: atEnd) else { return }
            let blank = fieldsCount == 1 && starts[1] == 1 && !(input[position] == UInt8(ascii: "\""))
            if !blank {
                try body(ScannedRecord(line: line, count: fieldsCount, bytes: fields, starts: starts))
            }
            position = next
            line += lines
        }
    }

    /// Parses the record at `position` into `fields`; nil when it does not end in the buffer yet.
    /// Returns where the next record starts and how many line breaks the record spans.
    private func parseRecord(atEnd: Bool) throws -> (next: Int, lines: Int)? {
        let input = self.input
        let end = filled
        var index = position
        var lines = 0
        fieldsCount = 0
        var used = 0
        starts[0] = 0
        while true {
            var nonASCII = false
            if index < end, input[index] == Byte.quote {
                index += 1
                while true {
                    var stop = index
                    while stop < end {
                        let byte = input[stop]
                        if byte == Byte.quote { break }
                        if byte == Byte.newline { lines += 1 } else if byte == 0 { throw syntax(lines, "NUL byte in a field") }
                        if byte >= 0x80 { nonASCII = true }
                        stop += 1
                    }
                    if stop == end {
                        if atEnd { throw syntax(0, "unterminated quoted field") }
                        return nil
                    }
                    append(index, stop, &used)
                    if stop + 1 < end, input[stop + 1] == Byte.quote {
                        append(stop, stop + 1, &used)
                        index = stop + 2
                        continue
                    }
                    if stop + 1 == end, !atEnd { return nil }
                    index = stop + 1
                    break
                }
                if index < end, input[index] == Byte.carriageReturn {
                    if index + 1 == end, !atEnd { return nil }
                    if index + 1 == end || input[index + 1] == Byte.newline { index += 1 }
                }
                if index < end, input[index] != Byte.comma, input[index] != Byte.newline {
                    throw syntax(lines, "text after a closing quote")
                }
            } else {
                var stop = index
                while stop + 8 <= end, Byte.plainASCII(UnsafeRawPointer(input + stop).loadUnaligned(as: UInt64.self)) {
                    stop += 8
                }
                while stop < end {
                    let byte = input[stop]
                    if byte == Byte.comma || byte == Byte.newline { break }
                    if byte == 0 { throw syntax(lines, "NUL byte in a field") }
                    if byte >= 0x80 { nonASCII = true }
                    stop += 1
                }
                if stop == end, !atEnd { return nil }
                var textEnd = stop
                if textEnd > index, input[textEnd - 1] == Byte.carriageReturn, stop == end || input[stop] == Byte.newline {
                    textEnd -= 1
                }
                append(index, textEnd, &used)
                index = stop
            }
            try endField(&used, checkUTF8: nonASCII, lines: lines)
            if index == end { return (index, lines + 1) }
            if input[index] == Byte.newline { return (index + 1, lines + 1) }
            index += 1 // comma
            if index == end {
                if !atEnd { return nil }
                try endField(&used, checkUTF8: false, lines: lines)
                return (index, lines + 1)
            }
        }
    }

    /// Copies `input[from..<to]` to the record's field bytes.
    private func append(_ from: Int, _ to: Int, _ used: inout Int) {
        let count = to - from
        reserve(used + count + 1)
        (fields + used).update(from: input + from, count: count)
        used += count
    }

    /// Ends the current field with a NUL and records where the next one starts.
    private func endField(_ used: inout Int, checkUTF8: Bool, lines: Int) throws {
        reserve(used + 1)
        fields[used] = 0
        if checkUTF8 {
            let start = starts[fieldsCount]
            let text = UnsafeBufferPointer(start: fields + start, count: used - start)
            if String(validating: text, as: UTF8.self) == nil { throw syntax(lines, "invalid UTF-8") }
        }
        used += 1
        fieldsCount += 1
        if fieldsCount + 1 >= startsCapacity {
            let grown = UnsafeMutablePointer<Int>.allocate(capacity: startsCapacity * 2)
            grown.update(from: starts, count: startsCapacity)
            starts.deallocate()
            starts = grown
            startsCapacity *= 2
        }
        starts[fieldsCount] = used
    }

    private func reserve(_ needed: Int) {
        guard needed > fieldsCapacity else { return }
        let size = max(needed, fieldsCapacity * 2)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        grown.update(from: fields, count: fieldsCapacity)
        fields.deallocate()
        fields = grown
        fieldsCapacity = size
    }

    private func syntax(_ lines: Int, _ message: String) -> WorkloadError {
        .csv(line: line + lines, field: fieldsCount + 1, message: message)
    }
}

/// The bytes the CSV syntax is made of.
private enum Byte {
    static let quote = UInt8(ascii: "\"")
    static let comma = UInt8(ascii: ",")
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")

    /// True when none of the 8 bytes of `word` is a comma, a line feed, NUL or non-ASCII: the
    /// common case an unquoted field is scanned past a word at a time.
    static func plainASCII(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        return word & highs == 0 && !hasZeroByte(word) && !hasZeroByte(word ^ (ones &* UInt64(comma)))
            && !hasZeroByte(word ^ (ones &* UInt64(newline)))
    }
}
