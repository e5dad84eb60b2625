import Foundation

/// One entry of a ZIP archive's central directory, with where its data starts.
struct ZIPEntry: Sendable, Hashable {
    var name: String
    /// 0 stored, 8 deflate (others are refused).
    var method: UInt16
    var crc32: UInt32
    var compressedSize: Int
    var uncompressedSize: Int
    /// The offset of the entry's data (after its local header) in the archive.
    var dataOffset: Int
}

/// The central directory of a ZIP archive held in memory, checked as untrusted input.
///
/// Refused: no end-of-directory record, ZIP64 and multi-disk archives, more entries than the limit,
/// unsafe names (absolute, `..`, backslash, NUL), duplicate names, encrypted entries, methods other
/// than stored and deflate, and offsets or sizes outside the file.
struct ZIPDirectory: Sendable {
    /// The entries by name.
    let entries: [String: ZIPEntry]

    private static let endSignature: UInt32 = 0x0605_4B50
    private static let centralSignature: UInt32 = 0x0201_4B50
    private static let localSignature: UInt32 = 0x0403_4B50

    /// Reads the directory of `data`; `fail` turns a reason into the caller's error.
    init(_ data: Data, maxEntries: Int, fail: (SpreadsheetError.Reason) -> SpreadsheetError) throws {
        let bytes = ByteView(data)
        guard let end = Self.findEnd(bytes) else {
            if bytes.count >= 8, bytes.uint32(0) == 0xE011_CFD0, bytes.uint32(4) == 0xE11A_B1A1 {
                throw fail(.legacyOrEncrypted)
            }
            throw fail(.notZip)
        }
        let disk = bytes.uint16(end + 4), directoryDisk = bytes.uint16(end + 6)
        let onDisk = Int(bytes.uint16(end + 8)), total = Int(bytes.uint16(end + 10))
        let size = Int(bytes.uint32(end + 12)), offset = Int(bytes.uint32(end + 16))
        guard disk == 0, directoryDisk == 0, onDisk == total else { throw fail(.unsupportedArchive("spans several disks")) }
        guard total != 0xFFFF, size != 0xFFFF_FFFF, offset != 0xFFFF_FFFF else { throw fail(.unsupportedArchive("ZIP64")) }
        guard total <= maxEntries else { throw fail(.tooManyEntries(limit: maxEntries)) }
        guard offset + size <= end else { throw fail(.damaged("the directory lies outside the file")) }
        var entries: [String: ZIPEntry] = [:]
        var position = offset
        for _ in 0..<total {
            guard position + 46 <= offset + size, bytes.uint32(position) == Self.centralSignature else {
                throw fail(.damaged("bad directory record at byte \(position)"))
            }
            let nameLength = Int(bytes.uint16(position + 28))
            let next = position + 46 + nameLength + Int(bytes.uint16(position + 30)) + Int(bytes.uint16(position + 32))
            guard next <= offset + size else { throw fail(.damaged("directory record runs past the directory")) }
            let name = String(decoding: data[data.startIndex + position + 46 ..< data.startIndex + position + 46 + nameLength],
                              as: UTF8.self)
            guard Self.isSafe(name) else { throw fail(.unsafeEntryName(name)) }
            guard entries[name] == nil else { throw fail(.duplicateEntry(name)) }
            let flags = bytes.uint16(position + 8), method = bytes.uint16(position + 10)
            guard flags & 1 == 0 else { throw fail(.unsupportedEntry("\(name) is encrypted")) }
            guard method == 0 || method == 8 else { throw fail(.unsupportedEntry("\(name) uses compression method \(method)")) }
            let local = Int(bytes.uint32(position + 42))
            guard local + 30 <= offset, bytes.uint32(local) == Self.localSignature else {
                throw fail(.damaged("no local header for \(String(reflecting: name))"))
            }
            let dataOffset = local + 30 + Int(bytes.uint16(local + 26)) + Int(bytes.uint16(local + 28))
            let compressed = Int(bytes.uint32(position + 20))
            guard dataOffset + compressed <= offset else {
                throw fail(.damaged("the data of \(String(reflecting: name)) runs past the directory"))
            }
            entries[name] = ZIPEntry(name: name, method: method, crc32: bytes.uint32(position + 16),
                                     compressedSize: compressed, uncompressedSize: Int(bytes.uint32(position + 24)),
                                     dataOffset: dataOffset)
            position = next
        }
        self.entries = entries
    }

    /// The offset of the end-of-central-directory record: the last one whose comment fits the file.
    private static func findEnd(_ bytes: ByteView) -> Int? {
        guard bytes.count >= 22 else { return nil }
        var position = bytes.count - 22
        let lowest = max(0, position - 65_535)
        while position >= lowest {
            if bytes.uint32(position) == endSignature, position + 22 + Int(bytes.uint16(position + 20)) <= bytes.count {
                return position
            }
            position -= 1
        }
        return nil
    }

    /// Whether a name stays inside the archive's tree: relative, no `..` or empty component, no
    /// backslash or NUL.
    static func isSafe(_ name: String) -> Bool {
        guard !name.isEmpty, !name.hasPrefix("/"), !name.contains("\\"), !name.contains("\0") else { return false }
        return !name.split(separator: "/", omittingEmptySubsequences: false).dropLast().contains { $0.isEmpty || $0 == ".." || $0 == "." }
            && !name.split(separator: "/").contains("..")
    }
}

/// Little-endian reads from a byte buffer; out-of-range reads give 0 (callers check bounds).
struct ByteView {
    private let data: Data
    let count: Int

    init(_ data: Data) {
        self.data = data
        count = data.count
    }

    func uint16(_ offset: Int) -> UInt16 {
        guard offset >= 0, offset + 2 <= count else { return 0 }
        let base = data.startIndex + offset
        return UInt16(data[base]) | UInt16(data[base + 1]) << 8
    }

    func uint32(_ offset: Int) -> UInt32 {
        UInt32(uint16(offset)) | UInt32(uint16(offset + 2)) << 16
    }
}
