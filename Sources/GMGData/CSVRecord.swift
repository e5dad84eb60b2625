#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One CSV record as ``CSVScanner`` hands it over: unescaped UTF-8 fields, each followed by a NUL
/// byte so C functions can take them as strings. Valid only until the callback returns.
public struct CSVRecord {
    /// The line the record starts on (1-based).
    public let line: Int
    /// The line the record ends on: later than ``line`` when a quoted field holds line breaks.
    public let endLine: Int
    /// How many fields the record has.
    public let count: Int
    let bytes: UnsafePointer<UInt8>
    /// `count + 1` offsets into `bytes`: field `i` spans `starts[i] ..< starts[i + 1] - 1`.
    let starts: UnsafePointer<Int>

    /// The bytes of field `index` (0-based), without the NUL.
    public func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: bytes + starts[index], count: starts[index + 1] - starts[index] - 1)
    }

    /// Field `index` as a NUL-terminated C string.
    public func cString(_ index: Int) -> UnsafePointer<CChar> {
        UnsafeRawPointer(bytes + starts[index]).assumingMemoryBound(to: CChar.self)
    }

    /// Field `index` as a Swift string.
    public func string(_ index: Int) -> String {
        String(decoding: field(index), as: UTF8.self)
    }

    /// Every field as a Swift string.
    public var strings: [String] {
        (0..<count).map(string)
    }

    /// True when field `index` is empty.
    public func isEmpty(_ index: Int) -> Bool {
        starts[index + 1] - starts[index] == 1
    }
}

/// A place in a CSV file that breaks RFC 4180 or is not text: an unterminated or stray quote,
/// text after a closing quote, a NUL byte, invalid UTF-8.
public struct CSVSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The line of the offending byte (1-based).
    public var line: Int
    /// The CSV column (field number, 1-based) the offending byte belongs to.
    public var column: Int
    /// The character position of the offending byte in its line (1-based, counted in characters).
    public var character: Int
    /// What is wrong, in plain words.
    public var message: String
    /// How to put it right (may be empty).
    public var hint: String

    /// Creates an error.
    public init(line: Int, column: Int, character: Int, message: String, hint: String = "") {
        self.line = line
        self.column = column
        self.character = character
        self.message = message
        self.hint = hint
    }

    /// The message with its place in the line and the hint: `stray quote at character 7; quote the whole field ...`.
    public var explanation: String {
        "\(message) at character \(character)" + (hint.isEmpty ? "" : "; \(hint)")
    }

    public var description: String { "line \(line), column \(column): \(explanation)" }
}

/// A file that could not be opened or read; `errno` gives the system's reason.
public struct CSVFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file's path.
    public var path: String
    /// What failed: "open" or "read".
    public var operation: String
    /// The system's error number.
    public var code: Int32

    /// Creates an error.
    public init(path: String, operation: String, code: Int32) {
        self.path = path
        self.operation = operation
        self.code = code
    }

    /// The system's reason in plain words ("No such file or directory").
    public var reason: String { String(cString: strerror(code)) }

    public var description: String { "\(path): cannot \(operation) the file: \(reason)" }
}
