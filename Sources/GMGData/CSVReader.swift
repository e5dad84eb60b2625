import Foundation

/// One record of a CSV file: its fields and the line it starts on (1-based).
public struct CSVRecord: Sendable {
    public var line: Int
    public var fields: [String]
}

/// A CSV file that could not be read as RFC 4180 text.
public struct CSVSyntaxError: Error, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var message: String

    public var description: String { "\(line):\(column): \(message)" }
}

/// An RFC 4180 reader over UTF-8 bytes: comma separated, double-quoted fields with `""` escapes,
/// LF or CRLF line ends, an optional UTF-8 byte-order mark. Invalid UTF-8 is an error that names
/// the line.
public struct CSVReader {
    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// Reads every record of `data`, calling `body` for each one in order.
    ///
    /// - Throws: ``CSVSyntaxError`` for an unterminated quote, text after a closing quote or bad
    ///   UTF-8; any error `body` throws.
    public static func forEachRecord(
        in data: Data, _ body: (_ line: Int, _ fields: [String]) throws -> Void
    ) throws {
        try data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var start = 0
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
            try parse(bytes, from: start, body)
        }
    }

    /// Reads all records of `data`.
    public static func records(in data: Data) throws -> [CSVRecord] {
        var records: [CSVRecord] = []
        try forEachRecord(in: data) { records.append(CSVRecord(line: $0, fields: $1)) }
        return records
    }

    private static func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int,
        _ body: (_ line: Int, _ fields: [String]) throws -> Void
    ) throws {
        var index = start
        var line = 1
        var fields: [String] = []
        var field: [UInt8] = []
        let end = bytes.count
        while index < end {
            let recordLine = line
            fields.removeAll(keepingCapacity: true)
            var recordDone = false
            while !recordDone {
                let fieldStartColumn = index
                if index < end, bytes[index] == quote {
                    field.removeAll(keepingCapacity: true)
                    index += 1
                    var closed = false
                    while index < end {
                        let byte = bytes[index]
                        if byte == quote {
                            if index + 1 < end, bytes[index + 1] == quote {
                                field.append(quote)
                                index += 2
                                continue
                            }
                            index += 1
                            closed = true
                            break
                        }
                        if byte == newline { line += 1 }
                        field.append(byte)
                        index += 1
                    }
                    guard closed else {
                        throw CSVSyntaxError(line: recordLine, column: 1, message: "unterminated quoted field")
                    }
                    fields.append(try decode(field[...], line: line))
                    if index < end, bytes[index] != comma, bytes[index] != newline, bytes[index] != carriageReturn {
                        throw CSVSyntaxError(line: line, column: fields.count, message: "text after a closing quote")
                    }
                } else {
                    var fieldEnd = index
                    while fieldEnd < end, bytes[fieldEnd] != comma, bytes[fieldEnd] != newline { fieldEnd += 1 }
                    var textEnd = fieldEnd
                    if textEnd > index, bytes[textEnd - 1] == carriageReturn, textEnd == end || bytes[textEnd] == newline {
                        textEnd -= 1
                    }
                    let slice = UnsafeBufferPointer(rebasing: bytes[fieldStartColumn..<textEnd])
                    fields.append(try decode(slice, line: line))
                    index = fieldEnd
                }
                if index < end, bytes[index] == carriageReturn { index += 1 }
                if index >= end {
                    recordDone = true
                } else if bytes[index] == comma {
                    index += 1
                    if index >= end { fields.append(""); recordDone = true }
                } else {
                    index += 1
                    line += 1
                    recordDone = true
                }
            }
            try body(recordLine, fields)
        }
    }

    private static func decode(_ bytes: some Collection<UInt8>, line: Int) throws -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw CSVSyntaxError(line: line, column: 1, message: "invalid UTF-8")
        }
        return text
    }
}
