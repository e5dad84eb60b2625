import Crypto
import Foundation
import Synchronization

/// Conversions reused from the previous build, content-addressed.
///
/// Every PDF or Word document is made from an input key: the SHA-256 of everything the converters
/// read (the HTML bytes, the charts' SVG, the Word reference document, the arguments, the build
/// date) and of the converters' identities (Debian package version, executable path, size and
/// modification time). Each build records its keys in ``fileName`` beside its outputs; the next
/// build copies a document from the previous build when its key is there, and runs the converter
/// only for what changed.
///
/// ```swift
/// let cache = ConversionCache(previous: latestBuildFolder)
/// try converter.pdf(html: page, to: folder.appendingPathComponent("annual-2014.pdf"), cache: cache)
/// try cache.write(into: folder)
/// ```
public final class ConversionCache: Sendable {
    /// The record's file name in a build folder.
    public static let fileName = "conversions.json"

    /// How many documents were copied from the previous build and how many were converted.
    public struct Counts: Sendable, Equatable {
        /// Documents copied from the previous build.
        public var reused = 0
        /// Documents the converters made.
        public var converted = 0
    }

    private let previousFolder: URL?
    /// Input key → file name in the previous build.
    private let previousFiles: [String: String]
    /// File name → input key, for this build.
    private let recorded = Mutex<[String: String]>([:])
    private let tally = Mutex(Counts())

    /// A cache over the previous build `folder` (nil, or a folder without a record: nothing to reuse).
    public init(previous folder: URL?) {
        previousFolder = folder
        var files: [String: String] = [:]
        if let folder, let data = try? Data(contentsOf: folder.appendingPathComponent(Self.fileName)),
           let record = try? JSONDecoder().decode(Record.self, from: data) {
            for entry in record.conversions where Self.isPlainFileName(entry.file) { files[entry.inputSHA256] = entry.file }
        }
        previousFiles = files
    }

    /// What was reused and converted so far.
    public var counts: Counts { tally.withLock { $0 } }

    /// Writes ``fileName`` into `folder`: every document made through this cache with its input key, sorted by file.
    public func write(into folder: URL) throws {
        let entries = recorded.withLock { $0 }.map { Entry(file: $0.key, inputSHA256: $0.value) }.sorted { $0.file < $1.file }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(Record(conversions: entries))
        data.append(0x0A)
        try data.write(to: folder.appendingPathComponent(Self.fileName))
    }

    /// Makes `output`: a copy of the previous build's document with the same `key`, else `convert()`.
    func produce(_ output: URL, key: String, convert: () throws -> Void) throws {
        if let name = previousFiles[key], let folder = previousFolder, copy(folder.appendingPathComponent(name), to: output) {
            tally.withLock { $0.reused += 1 }
        } else {
            try convert()
            tally.withLock { $0.converted += 1 }
        }
        recorded.withLock { $0[output.lastPathComponent] = key }
    }

    private func copy(_ source: URL, to output: URL) -> Bool {
        try? FileManager.default.removeItem(at: output)
        do {
            try FileManager.default.copyItem(at: source, to: output)
            return true
        } catch {
            try? FileManager.default.removeItem(at: output)
            return false
        }
    }

    /// A record names files of its own build folder only: no separators, no `..`.
    private static func isPlainFileName(_ name: String) -> Bool {
        !name.isEmpty && !name.contains("/") && name != "." && name != ".." && !name.hasPrefix(".")
    }

    private struct Record: Codable {
        var conversions: [Entry]
    }

    private struct Entry: Codable {
        var file: String
        var inputSHA256: String

        enum CodingKeys: String, CodingKey {
            case file
            case inputSHA256 = "input_sha256"
        }
    }
}

/// The SHA-256 of a list of parts, each prefixed by its length so that no two lists hash alike.
struct InputKey {
    private var hasher = SHA256()

    mutating func add(_ part: Data) {
        withUnsafeBytes(of: UInt64(part.count).littleEndian) { hasher.update(bufferPointer: $0) }
        hasher.update(data: part)
    }

    mutating func add(_ text: String) { add(Data(text.utf8)) }

    func hex() -> String {
        hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
