import CZlib
import Foundation

/// Reads entries of an in-memory ZIP archive into memory, never to disk, within byte budgets.
///
/// Deflated entries are inflated with zlib from exactly the entry's compressed bytes: a stream that
/// ends early or runs on is an error, never a loop, and output stops at the part limit, so a ZIP
/// bomb costs at most that much. The result must match the directory's size and CRC-32.
///
/// (weichsel/ZIPFoundation 0.9.20 was the first choice; on Linux its `Archive.extract` loops for
/// ever on a deflate stream cut short at the end of the file — a 136-byte file hangs it — and its
/// manifest makes SwiftPM warn on every fresh package load, so the reader uses zlib directly.)
struct ZIPEntryReader {
    let data: Data
    let directory: ZIPDirectory
    let limits: ReadLimits
    let fail: (String, SpreadsheetError.Reason) -> SpreadsheetError
    /// Bytes expanded so far by this reader, against ``ReadLimits/maxTotalBytes``.
    private(set) var expanded = 0

    private static let chunkSize = 64 * 1024

    /// Creates a reader; `expanded` counts bytes an earlier reader of the same file expanded.
    init(data: Data, directory: ZIPDirectory, limits: ReadLimits, expanded: Int = 0,
         fail: @escaping (String, SpreadsheetError.Reason) -> SpreadsheetError) {
        self.data = data
        self.directory = directory
        self.limits = limits
        self.expanded = expanded
        self.fail = fail
    }

    /// Whether the archive has an entry of that name.
    func contains(_ name: String) -> Bool { directory.entries[name] != nil }

    /// The bytes of entry `name`.
    /// - Throws: ``SpreadsheetError`` for a missing entry, a budget exceeded or damaged data.
    mutating func read(_ name: String) throws -> Data {
        guard let entry = directory.entries[name] else { throw fail(name, .missingPart) }
        let remaining = limits.maxTotalBytes - expanded
        let limit = min(limits.maxPartBytes, remaining)
        let overflow: SpreadsheetError.Reason = limits.maxPartBytes <= remaining
            ? .partTooLarge(limit: limits.maxPartBytes) : .totalTooLarge(limit: limits.maxTotalBytes)
        guard entry.uncompressedSize <= limit else { throw fail(name, overflow) }
        let start = data.startIndex + entry.dataOffset
        let compressed = data[start ..< start + entry.compressedSize]
        let output: Data
        if entry.method == 0 {
            guard entry.compressedSize == entry.uncompressedSize else { throw fail(name, .damaged("stored size mismatch")) }
            output = Data(compressed)
        } else {
            output = try inflate(compressed, name: name, limit: limit, overflow: overflow)
        }
        guard output.count == entry.uncompressedSize else {
            throw fail(name, .damaged("expands to \(output.count) bytes, the directory says \(entry.uncompressedSize)"))
        }
        let checksum = output.withUnsafeBytes { bytes in
            crc32(0, bytes.bindMemory(to: Bytef.self).baseAddress, uInt(bytes.count))
        }
        guard UInt32(checksum) == entry.crc32 else { throw fail(name, .damaged("CRC-32 mismatch")) }
        expanded += output.count
        return output
    }

    /// Inflates a raw deflate stream, at most `limit` bytes of it.
    private func inflate(_ compressed: Data, name: String, limit: Int, overflow: SpreadsheetError.Reason) throws -> Data {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw fail(name, .damaged("zlib could not start"))
        }
        defer { inflateEnd(&stream) }
        var output = Data()
        var chunk = [UInt8](repeating: 0, count: Self.chunkSize)
        let input = [UInt8](compressed)
        return try input.withUnsafeBufferPointer { source in
            stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
            stream.avail_in = uInt(source.count)
            while true {
                let (status, produced) = chunk.withUnsafeMutableBufferPointer { buffer in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = uInt(buffer.count)
                    let status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    return (status, buffer.count - Int(stream.avail_out))
                }
                guard output.count + produced <= limit else { throw fail(name, overflow) }
                output.append(contentsOf: chunk[..<produced])
                switch status {
                case Z_STREAM_END:
                    return output
                case Z_OK:
                    continue
                case Z_BUF_ERROR where stream.avail_in == 0:
                    throw fail(name, .damaged("the compressed data ends early"))
                default:
                    throw fail(name, .damaged("the compressed data is corrupt"))
                }
            }
        }
    }
}
