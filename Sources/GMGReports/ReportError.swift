/// A report definition or a report build that failed; the message names the file and the key.
public struct ReportError: Error, Sendable, CustomStringConvertible {
    /// The definition or template file the problem is in.
    public var file: String
    /// The key path inside the file (`sections[2].query`), empty when the whole file is concerned.
    public var key: String
    /// What went wrong.
    public var message: String

    /// Creates an error about a report definition.
    public init(file: String, key: String = "", _ message: String) {
        self.file = file
        self.key = key
        self.message = message
    }

    public var description: String {
        key.isEmpty ? "\(file): \(message)" : "\(file): \(key): \(message)"
    }
}
