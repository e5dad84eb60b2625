/// How far one query may go, so that no query (saved or ad hoc) can hang a build or fill the memory.
public struct QueryLimits: Sendable, Hashable {
    /// How long one statement may run, in seconds (default 120).
    public var seconds: Double
    /// How many values (rows × columns) a result may hold (default 20,000,000).
    public var values: Int

    /// The largest text or blob a query may build: 10,000,000 bytes (`SQLITE_LIMIT_LENGTH`).
    public static let maximumValueBytes = 10_000_000

    /// Limits of `seconds` per statement and `values` per result.
    public init(seconds: Double = 120, values: Int = 20_000_000) {
        self.seconds = seconds
        self.values = values
    }

    /// The defaults: 120 seconds, 20,000,000 values.
    public static let standard = QueryLimits()
}
