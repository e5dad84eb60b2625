/// A saved query or a query run that failed; the message names the query file.
public struct QueryError: Error, Sendable, CustomStringConvertible {
    /// The query file (or `--sql`) the problem is in.
    public var source: String
    /// What went wrong, as a full sentence.
    public var message: String

    /// Creates an error about a query source.
    public init(_ source: String, _ message: String) {
        self.source = source
        self.message = message
    }

    public var description: String { "\(source): \(message)" }
}
