import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Makes `snapshot.json` and the comparison for `CHANGES.md` from records that come one at a time
/// in any order, holding only their ids: each record waits in an unlinked spool file until
/// ``finish(writing:figures:previous:fieldOrder:)`` writes them in id order and compares them,
/// by a merge, with the previous build's `snapshot.json` as it reads it.
///
/// The file has the same bytes as ``Snapshot/write(to:)`` gives for the same records and figures;
/// a record added twice keeps its last fields, as in a ``Snapshot``'s dictionary.
///
/// ```swift
/// let stream = try SnapshotStream(spoolIn: folder)
/// try stream.add(id: "GMG-0007", fields: ["status": "ongoing"])
/// let changes = try stream.finish(writing: folder.appendingPathComponent(Snapshot.fileName), figures: figures,
///                                 previous: latest?.appendingPathComponent(Snapshot.fileName))
/// ```
public final class SnapshotStream {
    private let spoolPath: String
    private let spool: Int32
    private var pending: [UInt8] = []
    private var written = 0
    private var entries: [(id: String, offset: Int, length: Int)] = []

    /// Opens the spool file in `folder` (removed from the folder at once, so nothing is left behind).
    public init(spoolIn folder: URL) throws(ManifestError) {
        spoolPath = folder.appendingPathComponent(".snapshot-\(getpid()).spool").path
        switch SystemCalls.openDescriptor(spoolPath, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600) {
        case .failure(let error): throw .unwritable(path: spoolPath, reason: error.message)
        case .success(let opened): spool = opened
        }
        unlink(spoolPath)
    }

    deinit { close(spool) }

    /// Takes one record (field name → displayed value).
    public func add(id: String, fields: [String: String]) throws(ManifestError) {
        let start = written + pending.count
        Self.put(UInt32(fields.count), into: &pending)
        for (name, value) in fields {
            Self.put(name, into: &pending)
            Self.put(value, into: &pending)
        }
        entries.append((id, start, written + pending.count - start))
        if pending.count >= 1 << 20 { try flush() }
    }

    /// Writes `snapshot.json` to `file` and compares with the snapshot at `previous` (none, or one
    /// that cannot be read, makes a first build).
    ///
    /// - Parameter fieldOrder: The fields `CHANGES.md` lists first, in this order.
    public func finish(writing file: URL, figures: [KeyFigure], previous: URL?,
                       fieldOrder: [String] = []) throws(ManifestError) -> ChangeSummary {
        try flush()
        // Ids in file order; of one id added twice the later entry wins.
        let order = entries.indices.sorted { lhs, rhs in
            let (left, right) = (entries[lhs].id, entries[rhs].id)
            return left == right ? lhs < rhs : left.utf8.lexicographicallyPrecedes(right.utf8)
        }
        let reader = previous.flatMap { try? SnapshotFileReader(url: $0) }
        var merge = ChangeMerge(previous: reader.map { reader in { try reader.next().map { ChangeSummary.Record(id: $0.id, fields: $0.fields) } } },
                                fieldOrder: fieldOrder, keepsFirstBuildRecords: false)
        let writer = try SnapshotFileWriter(to: file)
        try writer.begin(figures: figures)
        for (position, index) in order.enumerated() {
            if position + 1 < order.count, entries[order[position + 1]].id == entries[index].id { continue }
            let fields = try read(entries[index])
            try writer.record(id: entries[index].id, fields: fields)
            merge.add(ChangeSummary.Record(id: entries[index].id, fields: Dictionary(fields, uniquingKeysWith: { $1 })))
        }
        try writer.finish()
        return merge.finish(previousFigures: { () throws -> [KeyFigure] in try reader!.finish() }, figures: figures)
    }

    private func read(_ entry: (id: String, offset: Int, length: Int)) throws(ManifestError) -> [(name: String, value: String)] {
        var bytes = [UInt8](repeating: 0, count: entry.length)
        var done = 0
        while done < entry.length {
            let count = bytes.withUnsafeMutableBytes { pread(spool, $0.baseAddress! + done, entry.length - done, off_t(entry.offset + done)) }
            if count > 0 {
                done += count
            } else if count == 0 || errno != EINTR {
                throw .unreadable(path: spoolPath, reason: count == 0 ? "the spool file ends too early" : SystemCalls.message(errno))
            }
        }
        var position = 0
        let fieldCount = Int(Self.take(&position, from: bytes))
        return (0..<fieldCount).map { _ in (Self.text(&position, from: bytes), Self.text(&position, from: bytes)) }
    }

    private func flush() throws(ManifestError) {
        var failure: Int32?
        pending.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count, failure == nil {
                let count = pwrite(spool, bytes.baseAddress! + offset, bytes.count - offset, off_t(written + offset))
                if count > 0 {
                    offset += count
                } else if errno != EINTR {
                    failure = errno
                }
            }
        }
        if let failure { throw .unwritable(path: spoolPath, reason: SystemCalls.message(failure)) }
        written += pending.count
        pending.removeAll(keepingCapacity: true)
    }

    private static func put(_ number: UInt32, into bytes: inout [UInt8]) {
        withUnsafeBytes(of: number.littleEndian) { bytes.append(contentsOf: $0) }
    }

    private static func put(_ text: String, into bytes: inout [UInt8]) {
        put(UInt32(text.utf8.count), into: &bytes)
        bytes.append(contentsOf: text.utf8)
    }

    private static func take(_ position: inout Int, from bytes: [UInt8]) -> UInt32 {
        defer { position += 4 }
        return bytes[position..<position + 4].reversed().reduce(0) { $0 << 8 | UInt32($1) }
    }

    private static func text(_ position: inout Int, from bytes: [UInt8]) -> String {
        let count = Int(take(&position, from: bytes))
        defer { position += count }
        return String(decoding: bytes[position..<position + count], as: UTF8.self)
    }
}
