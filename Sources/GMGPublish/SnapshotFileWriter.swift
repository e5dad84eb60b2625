import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes `snapshot.json` a record at a time, with the bytes Foundation's `JSONEncoder` gives a
/// ``Snapshot`` (pretty-printed, keys sorted by their UTF-8 bytes, slashes unescaped), so that no
/// build holds every record as one JSON tree.
///
/// Call ``begin(figures:)``, then ``record(id:fields:)`` in ascending UTF-8 order of the ids, then ``finish()``.
final class SnapshotFileWriter {
    private let path: String
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var records = 0

    /// Creates (or truncates) the file at `url`.
    init(to url: URL) throws(ManifestError) {
        path = url.path
        switch SystemCalls.openDescriptor(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC) {
        case .failure(let error): throw .unwritable(path: path, reason: error.message)
        case .success(let opened): descriptor = opened
        }
        buffer.reserveCapacity(1 << 20)
    }

    deinit { close(descriptor) }

    /// Writes the key figures and opens the records.
    func begin(figures: [KeyFigure]) throws(ManifestError) {
        append("{\n  \"figures\" : [")
        for (index, figure) in figures.enumerated() {
            append(index == 0 ? "\n    {\n      \"name\" : " : ",\n    {\n      \"name\" : ")
            string(figure.name)
            switch figure.value {
            case .number(let number):
                append(",\n      \"value\" : {\n        \"number\" : ")
                string(number.description)
            case .text(let text):
                append(",\n      \"value\" : {\n        \"text\" : ")
                string(text)
            }
            append("\n      }\n    }")
        }
        append(figures.isEmpty ? "\n\n  ],\n  \"records\" : {" : "\n  ],\n  \"records\" : {")
        try flush(over: 0)
    }

    /// Writes one record; ids must come in ascending UTF-8 order, each once.
    func record(id: String, fields: [(name: String, value: String)]) throws(ManifestError) {
        append(records == 0 ? "\n    " : ",\n    ")
        records += 1
        string(id)
        append(" : {")
        for (index, field) in fields.sorted(by: { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }).enumerated() {
            append(index == 0 ? "\n      " : ",\n      ")
            string(field.name)
            append(" : ")
            string(field.value)
        }
        append(fields.isEmpty ? "\n\n    }" : "\n    }")
        try flush(over: 1 << 20)
    }

    /// Closes the records and the object, and flushes the file to disk.
    func finish() throws(ManifestError) {
        append(records == 0 ? "\n\n  }\n}\n" : "\n  }\n}\n")
        try flush(over: 0)
        if fsync(descriptor) != 0 { throw .unwritable(path: path, reason: SystemCalls.message(errno)) }
    }

    private func append(_ text: StaticString) {
        buffer.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// A JSON string as `JSONEncoder` escapes it: quote, backslash and control characters.
    private func string(_ text: String) {
        buffer.append(UInt8(ascii: "\""))
        // Most values need no escape: copied whole.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 < 0x20 }) else {
            buffer.append(contentsOf: text.utf8)
            buffer.append(UInt8(ascii: "\""))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): append("\\\"")
            case UInt8(ascii: "\\"): append("\\\\")
            case 0x08: append("\\b")
            case 0x0C: append("\\f")
            case 0x0A: append("\\n")
            case 0x0D: append("\\r")
            case 0x09: append("\\t")
            case 0x00...0x1F:
                append("\\u00")
                buffer.append(Self.hex[Int(byte >> 4)])
                buffer.append(Self.hex[Int(byte & 0xF)])
            default: buffer.append(byte)
            }
        }
        buffer.append(UInt8(ascii: "\""))
    }

    private static let hex = Array("0123456789abcdef".utf8)

    private func flush(over limit: Int) throws(ManifestError) {
        guard buffer.count > limit else { return }
        let failure = buffer.withUnsafeBytes { SystemCalls.writeAll(descriptor, $0) }
        buffer.removeAll(keepingCapacity: true)
        if let failure { throw .unwritable(path: path, reason: failure.message) }
    }
}
