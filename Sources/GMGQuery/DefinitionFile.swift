import Foundation

/// Reading a definition file (a saved query, a report definition) within a size limit, so that a
/// huge file is an error rather than a process that fills the memory.
public enum DefinitionFile {
    /// The largest definition file read: 1 MiB.
    public static let maximumBytes = 1_048_576

    /// The UTF-8 text of the file at `url`.
    ///
    /// - Throws: ``DefinitionFileError`` when the file cannot be read, is larger than
    ///   ``maximumBytes`` or is not UTF-8 text.
    public static func text(at url: URL) throws(DefinitionFileError) -> String {
        guard let handle = try? FileHandle(forReadingFrom: url) else { throw .unreadable }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: maximumBytes + 1) ?? Data() else { throw .unreadable }
        guard data.count <= maximumBytes else { throw .tooLarge }
        guard let text = String(data: data, encoding: .utf8), !text.contains("\0") else { throw .notText }
        return text
    }
}

/// Why a definition file could not be read.
public enum DefinitionFileError: Error, Sendable, CustomStringConvertible {
    case unreadable, tooLarge, notText

    public var description: String {
        switch self {
        case .unreadable: "cannot read the file"
        case .tooLarge: "the file is larger than 1 MiB (\(DefinitionFile.maximumBytes) bytes), the limit for a definition"
        case .notText: "cannot read the file as UTF-8 text"
        }
    }
}
