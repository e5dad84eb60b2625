import Foundation

/// Reads a `snapshot.json` a record at a time, in the file's order, so that comparing a build
/// with the previous one never holds the previous build's records.
///
/// Accepts what ``Snapshot/load(from:)`` accepts from `JSONDecoder`: any spacing, keys in any
/// order, unknown keys ignored; records must be objects of strings. The records must come in
/// ascending UTF-8 order of their ids (as every build writes them).
final class SnapshotFileReader {
    private let path: String
    private let handle: FileHandle
    private var chunk: [UInt8] = []
    private var position = 0
    private var figures: [KeyFigure]?
    private var sawRecords = false
    private var inRecords = false
    private var firstRecord = true
    private var lastID: [UInt8]?

    /// Opens the file and reads up to its records.
    init(url: URL) throws(ManifestError) {
        path = url.path
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            throw .unreadable(path: path, reason: ManifestError.reason(error))
        }
        try expect(UInt8(ascii: "{"))
        try readTopLevel(first: true)
    }

    deinit { try? handle.close() }

    /// The next record in id order, or nil after the last.
    func next() throws(ManifestError) -> (id: String, fields: [String: String])? {
        guard inRecords else { return nil }
        if try skipSpace() == UInt8(ascii: "}") {
            position += 1
            inRecords = false
            try readTopLevel(first: false)
            return nil
        }
        if !firstRecord { try expect(UInt8(ascii: ",")) }
        firstRecord = false
        let id = try string()
        if let lastID, !lastID.lexicographicallyPrecedes(id) { throw invalid("records are not in id order at \"\(String(decoding: id, as: UTF8.self))\"") }
        lastID = id
        try expect(UInt8(ascii: ":"))
        try expect(UInt8(ascii: "{"))
        var fields: [String: String] = [:]
        if try skipSpace() == UInt8(ascii: "}") {
            position += 1
        } else {
            repeat {
                let name = try string()
                try expect(UInt8(ascii: ":"))
                fields[String(decoding: name, as: UTF8.self)] = String(decoding: try string(), as: UTF8.self)
            } while try separator(closing: UInt8(ascii: "}"))
        }
        return (String(decoding: id, as: UTF8.self), fields)
    }

    /// The key figures, once every record has been read.
    func finish() throws(ManifestError) -> [KeyFigure] {
        while try next() != nil {}
        guard let figures else { throw invalid("no figures") }
        return figures
    }

    /// Reads top-level members until the records begin or the object ends.
    private func readTopLevel(first: Bool) throws(ManifestError) {
        var first = first
        while true {
            if first, try skipSpace() == UInt8(ascii: "}") {
                position += 1
                break
            }
            if !first, !(try separator(closing: UInt8(ascii: "}"))) { break }
            first = false
            let key = String(decoding: try string(), as: UTF8.self)
            try expect(UInt8(ascii: ":"))
            if key == "records" {
                guard !sawRecords else { throw invalid("two records members") }
                try expect(UInt8(ascii: "{"))
                sawRecords = true
                inRecords = true
                return
            }
            let value = try skipValue()
            if key == "figures" {
                do {
                    figures = try JSONDecoder().decode([KeyFigure].self, from: Data(value))
                } catch {
                    throw invalid(ManifestError.reason(error))
                }
            }
        }
        guard sawRecords else { throw invalid("no records") }
        if try skipSpaceOrEnd() != nil { throw invalid("text after the object") }
    }

    /// True after a comma, false after `closing`.
    private func separator(closing: UInt8) throws(ManifestError) -> Bool {
        let byte = try skipSpace()
        position += 1
        if byte == UInt8(ascii: ",") { return true }
        if byte == closing { return false }
        throw invalid("unexpected \"\(Character(Unicode.Scalar(byte)))\"")
    }

    private func expect(_ wanted: UInt8) throws(ManifestError) {
        let byte = try skipSpace()
        guard byte == wanted else { throw invalid("expected \"\(Character(Unicode.Scalar(wanted)))\"") }
        position += 1
    }

    /// A JSON string's UTF-8 bytes, escapes resolved.
    private func string() throws(ManifestError) -> [UInt8] {
        guard try skipSpace() == UInt8(ascii: "\"") else { throw invalid("expected a string") }
        position += 1
        // Most strings end in the chunk read, without escapes: taken whole.
        if position < chunk.count,
           let end = chunk[position...].firstIndex(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 < 0x20 }),
           chunk[end] == UInt8(ascii: "\"") {
            defer { position = end + 1 }
            return Array(chunk[position..<end])
        }
        var bytes: [UInt8] = []
        while true {
            let byte = try nextByte()
            switch byte {
            case UInt8(ascii: "\""): return bytes
            case UInt8(ascii: "\\"):
                let escaped = try nextByte()
                switch escaped {
                case UInt8(ascii: "b"): bytes.append(0x08)
                case UInt8(ascii: "f"): bytes.append(0x0C)
                case UInt8(ascii: "n"): bytes.append(0x0A)
                case UInt8(ascii: "r"): bytes.append(0x0D)
                case UInt8(ascii: "t"): bytes.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hexQuad()
                    if (0xD800..<0xDC00).contains(scalar) {
                        guard try nextByte() == UInt8(ascii: "\\"), try nextByte() == UInt8(ascii: "u") else { throw invalid("a lone surrogate") }
                        let low = try hexQuad()
                        guard (0xDC00..<0xE000).contains(low) else { throw invalid("a lone surrogate") }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let unicode = Unicode.Scalar(scalar) else { throw invalid("a lone surrogate") }
                    bytes.append(contentsOf: String(Character(unicode)).utf8)
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): bytes.append(escaped)
                default: throw invalid("a bad escape")
                }
            case 0x00...0x1F: throw invalid("a control character in a string")
            default: bytes.append(byte)
            }
        }
    }

    private func hexQuad() throws(ManifestError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = try nextByte()
            guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { throw invalid("a bad \\u escape") }
            value = value * 16 + UInt32(digit)
        }
        return value
    }

    /// Skips one value (of any kind) and returns its bytes.
    private func skipValue() throws(ManifestError) -> [UInt8] {
        try skipSpace()
        var bytes: [UInt8] = []
        var depth = 0
        var inString = false
        while true {
            let byte = try nextByte()
            bytes.append(byte)
            if inString {
                if byte == UInt8(ascii: "\\") {
                    bytes.append(try nextByte())
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                    if depth == 0 { return bytes }
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return bytes }
                if depth < 0 { throw invalid("unbalanced brackets") }
            default:
                if depth == 0, let following = try peek(), [UInt8(ascii: ","), UInt8(ascii: "}"), 0x20, 0x0A, 0x0D, 0x09].contains(following) {
                    return bytes
                }
            }
        }
    }

    /// The next byte that is not JSON white space, not consumed; nil at the end of the file.
    private func skipSpaceOrEnd() throws(ManifestError) -> UInt8? {
        while let byte = try peek() {
            if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { position += 1 } else { return byte }
        }
        return nil
    }

    @discardableResult
    private func skipSpace() throws(ManifestError) -> UInt8 {
        guard let byte = try skipSpaceOrEnd() else { throw invalid("the file ends too early") }
        return byte
    }

    private func nextByte() throws(ManifestError) -> UInt8 {
        guard let byte = try peek() else { throw invalid("the file ends too early") }
        position += 1
        return byte
    }

    private func peek() throws(ManifestError) -> UInt8? {
        if position == chunk.count {
            do {
                guard let data = try handle.read(upToCount: 1 << 20), !data.isEmpty else { return nil }
                chunk = [UInt8](data)
            } catch {
                throw .unreadable(path: path, reason: ManifestError.reason(error))
            }
            position = 0
        }
        return chunk[position]
    }

    private func invalid(_ reason: String) -> ManifestError {
        .invalid(path: path, reason: reason)
    }
}
