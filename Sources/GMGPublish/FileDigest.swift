import Crypto
import Foundation

/// A file named by its path relative to a base folder, with its SHA-256 and size.
public struct FileDigest: Codable, Equatable, Hashable, Sendable {
    /// The path relative to the base folder, with `/` separators.
    public var path: String
    /// The SHA-256 of the content, as 64 lowercase hex digits.
    public var sha256: String
    /// The size in bytes.
    public var bytes: Int

    /// Creates a digest from known values.
    public init(path: String, sha256: String, bytes: Int) {
        self.path = path
        self.sha256 = sha256
        self.bytes = bytes
    }

    /// Hashes the files at `relativePaths` under `base` (an absolute path is read where it is),
    /// reading each in 64 KiB chunks.
    ///
    /// - Returns: One digest per path, sorted by path.
    /// - Throws: ``ManifestError/unreadable(path:reason:)`` naming the first file that cannot be read.
    public static func hash(_ relativePaths: [String], in base: URL) throws(ManifestError) -> [FileDigest] {
        var digests: [FileDigest] = []
        for path in relativePaths {
            let file = path.hasPrefix("/") ? URL(fileURLWithPath: path) : base.appendingPathComponent(path)
            digests.append(try hash(file: file, as: path))
        }
        return digests.sorted { $0.path < $1.path }
    }

    /// Hashes every regular file under `folder` (recursively), except the relative paths in `excluding`.
    ///
    /// - Returns: One digest per file, sorted by relative path.
    public static func hashTree(
        _ folder: URL, excluding: Set<String> = [Manifest.fileName]
    ) throws(ManifestError) -> [FileDigest] {
        guard let walk = FileManager.default.enumerator(atPath: folder.path) else {
            throw .unreadable(path: folder.path, reason: "cannot list the folder")
        }
        var paths: [String] = []
        for case let relative as String in walk where !excluding.contains(relative) {
            if (walk.fileAttributes?[.type] as? FileAttributeType) == .typeRegular { paths.append(relative) }
        }
        return try hash(paths, in: folder)
    }

    private static func hash(file: URL, as path: String) throws(ManifestError) -> FileDigest {
        do {
            let handle = try FileHandle(forReadingFrom: file)
            defer { try? handle.close() }
            var hasher = SHA256()
            var bytes = 0
            while let chunk = try handle.read(upToCount: 65_536), !chunk.isEmpty {
                hasher.update(data: chunk)
                bytes += chunk.count
            }
            let hex = hasher.finalize().reduce(into: "") { text, byte in  // not String(format:), slow per byte
                if byte < 16 { text.append("0") }
                text.append(String(byte, radix: 16))
            }
            return FileDigest(path: path, sha256: hex, bytes: bytes)
        } catch {
            throw .unreadable(path: file.path, reason: ManifestError.reason(error))
        }
    }
}
