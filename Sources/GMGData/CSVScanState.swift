#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The buffers of one scan: input bytes, the current record's unescaped fields, field offsets,
/// and the first problem found in the current record.
final class CSVScanState {
    /// How parsing the record at `position` ended.
    private enum Outcome {
        /// The record ends before `next`; it spans `lines` line breaks (its own included).
        case complete(next: Int, lines: Int)
        /// The record does not end in the buffer yet.
        case incomplete
        /// The record's quotes are broken: report `error`, go on at `resume` (`lines` further).
        case broken(CSVSyntaxError, resume: Int, lines: Int)
    }

    private var input: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Valid bytes in `input`; bytes before `position` are consumed.
    private(set) var filled = 0
    /// Where the next record starts: always the start of a line.
    private var position = 0
    /// The line `position` is on.
    private var line = 1
    private var fields: UnsafeMutablePointer<UInt8>
    private var fieldsCapacity: Int
    private var fieldsCount = 0
    private var starts: UnsafeMutablePointer<Int>
    private var startsCapacity = 64
    /// The first problem of the record being parsed (it is skipped when it ends).
    private var problem: CSVSyntaxError?

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
                throw CSVFileError(path: path, operation: "read", code: errno)
            }
            filled += got
            return got
        }
    }

    func skipByteOrderMark() {
        if filled >= 3, input[0] == 0xEF, input[1] == 0xBB, input[2] == 0xBF { position = 3 }
    }

    /// Parses every complete record in the buffer; at the end of the file, the rest too.
    func parseRecords(atEnd: Bool, onError: (CSVSyntaxError) throws -> Void, _ body: (CSVRecord) throws -> Void) throws {
        while position < filled {
            var outcome = parseRecord(atEnd: atEnd)
            if case .incomplete = outcome, filled - position >= CSVScanner.recordLimit {
                outcome = parseRecord(atEnd: true)
            }
            switch outcome {
            case .incomplete:
                return
            case let .broken(error, resume, lines):
                position = resume
                line += lines
                try onError(error)
            case let .complete(next, lines):
                let blank = fieldsCount == 1 && starts[1] == 1 && input[position] != CSVByte.quote
                let problem = self.problem
                if problem == nil, !blank {
                    try body(CSVRecord(line: line, endLine: line + lines - 1, count: fieldsCount, bytes: fields, starts: starts))
                }
                position = next
                line += lines
                if let problem { try onError(problem) }
            }
        }
    }

    /// Parses the record at `position` into `fields`, noting its first problem in `problem`.
    private func parseRecord(atEnd: Bool) -> Outcome {
        let input = self.input
        let end = filled
        var index = position
        var lines = 0
        fieldsCount = 0
        problem = nil
        var used = 0
        starts[0] = 0
        while true {
            let fieldStart = index
            var nonASCII = false
            if index < end, input[index] == CSVByte.quote {
                index += 1
                let linesAtQuote = lines
                while true {
                    var stop = index
                    while stop < end {
                        let byte = input[stop]
                        if byte == CSVByte.quote { break }
                        if byte == CSVByte.newline {
                            lines += 1
                        } else if byte == 0 {
                            note(stop, "NUL byte", hint: "a text file has none")
                        }
                        if byte >= 0x80 { nonASCII = true }
                        stop += 1
                    }
                    if stop == end {
                        guard atEnd else { return .incomplete }
                        return unclosedQuote(at: fieldStart, end: end, "quote never closed", hint: "close the quoted field that opens here")
                    }
                    append(index, stop, &used)
                    if stop + 1 < end, input[stop + 1] == CSVByte.quote {
                        append(stop, stop + 1, &used)
                        index = stop + 2
                        continue
                    }
                    if stop + 1 == end, !atEnd { return .incomplete }
                    index = stop + 1
                    break
                }
                if index < end, input[index] == CSVByte.carriageReturn {
                    if index + 1 == end, !atEnd { return .incomplete }
                    if index + 1 == end || input[index + 1] == CSVByte.newline { index += 1 }
                }
                if index < end, input[index] != CSVByte.comma, input[index] != CSVByte.newline {
                    if lines > linesAtQuote {
                        return unclosedQuote(at: fieldStart, end: end, "quote not closed on its line", hint: """
                            the quoted field that opens here runs on to line \(location(of: index).line), \
                            where text follows its closing quote
                            """)
                    }
                    note(index, "text after a closing quote", hint: Self.quotingHint)
                    var stop = index
                    while stop < end, input[stop] != CSVByte.comma, input[stop] != CSVByte.newline { stop += 1 }
                    if stop == end, !atEnd { return .incomplete }
                    index = stop
                }
            } else {
                var stop = index
                while stop + 8 <= end, CSVByte.plainASCII(UnsafeRawPointer(input + stop).loadUnaligned(as: UInt64.self)) {
                    stop += 8
                }
                while stop < end {
                    let byte = input[stop]
                    if byte == CSVByte.comma || byte == CSVByte.newline { break }
                    if byte == 0 {
                        note(stop, "NUL byte", hint: "a text file has none")
                    } else if byte == CSVByte.quote {
                        note(stop, "stray quote in an unquoted field", hint: Self.quotingHint)
                    }
                    if byte >= 0x80 { nonASCII = true }
                    stop += 1
                }
                if stop == end, !atEnd { return .incomplete }
                var textEnd = stop
                if textEnd > index, input[textEnd - 1] == CSVByte.carriageReturn, stop == end || input[stop] == CSVByte.newline {
                    textEnd -= 1
                }
                append(index, textEnd, &used)
                index = stop
            }
            endField(&used, checkUTF8: nonASCII, input: fieldStart..<index)
            if index == end { return .complete(next: index, lines: lines + 1) }
            if input[index] == CSVByte.newline { return .complete(next: index + 1, lines: lines + 1) }
            index += 1 // comma
            if index == end {
                if !atEnd { return .incomplete }
                endField(&used, checkUTF8: false, input: index..<index)
                return .complete(next: index, lines: lines + 1)
            }
        }
    }

    /// A broken record whose quoted field opens at `quote`: reading resumes at the next line.
    private func unclosedQuote(at quote: Int, end: Int, _ message: String, hint: String) -> Outcome {
        let place = location(of: quote)
        var resume = quote
        while resume < end, input[resume] != CSVByte.newline { resume += 1 }
        if resume < end { resume += 1 }
        let error = CSVSyntaxError(line: place.line, column: fieldsCount + 1, character: place.character, message: message, hint: hint)
        return .broken(error, resume: resume, lines: place.line - line + 1)
    }

    /// Notes the record's first problem, at the byte `index` of the input.
    private func note(_ index: Int, _ message: String, hint: String) {
        guard problem == nil else { return }
        let place = location(of: index)
        problem = CSVSyntaxError(line: place.line, column: fieldsCount + 1, character: place.character, message: message, hint: hint)
    }

    private static let quotingHint = "quote the whole field and double each quote inside it (\"\")"

    /// The line and the character position in it of the input byte at `index` (at or after `position`).
    private func location(of index: Int) -> (line: Int, character: Int) {
        var line = self.line
        var lineStart = position
        for offset in position..<index where input[offset] == CSVByte.newline {
            line += 1
            lineStart = offset + 1
        }
        var character = 1
        for offset in lineStart..<index where input[offset] & 0xC0 != 0x80 { character += 1 }
        return (line, character)
    }

    /// Copies `input[from..<to]` to the record's field bytes.
    private func append(_ from: Int, _ to: Int, _ used: inout Int) {
        let count = to - from
        reserve(used + count + 1)
        (fields + used).update(from: input + from, count: count)
        used += count
    }

    /// Ends the current field with a NUL and records where the next one starts; checks its UTF-8
    /// (locating a bad byte in the field's `input` range).
    private func endField(_ used: inout Int, checkUTF8: Bool, input range: Range<Int>) {
        reserve(used + 1)
        fields[used] = 0
        if checkUTF8 {
            let start = starts[fieldsCount]
            if String(validating: UnsafeBufferPointer(start: fields + start, count: used - start), as: UTF8.self) == nil,
               let offset = CSVByte.firstInvalidUTF8(UnsafeBufferPointer(start: input + range.lowerBound, count: range.count)) {
                note(range.lowerBound + offset, "invalid UTF-8", hint: "save the file as UTF-8")
            }
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
}
