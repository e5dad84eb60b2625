/// Bounds on the work and memory reading one workbook may take: a file past any of them is
/// refused with a ``SpreadsheetError``, never read at length.
///
/// The defaults accept anything Excel itself can save at a sensible size; callers that expect small
/// files (a form, a return) pass tighter limits so that a hostile file is refused early.
public struct ReadLimits: Sendable, Hashable {
    /// The largest file accepted, in bytes (default 100 MiB).
    public var maxFileBytes: Int
    /// The most ZIP entries (default 10,000).
    public var maxEntries: Int
    /// The most bytes one part may expand to (default 256 MiB).
    public var maxPartBytes: Int
    /// The most bytes all parts read may expand to together (default 512 MiB).
    public var maxTotalBytes: Int
    /// The most rows of a sheet (default Excel's 1,048,576).
    public var maxRows: Int
    /// The most columns (default Excel's 16,384).
    public var maxColumns: Int
    /// The most cells of a sheet (default 20,000,000).
    public var maxCells: Int
    /// The most shared strings (default 5,000,000).
    public var maxSharedStrings: Int

    /// Creates limits; every value must be positive.
    public init(maxFileBytes: Int = 100 << 20, maxEntries: Int = 10_000, maxPartBytes: Int = 256 << 20,
                maxTotalBytes: Int = 512 << 20, maxRows: Int = 1_048_576, maxColumns: Int = 16_384,
                maxCells: Int = 20_000_000, maxSharedStrings: Int = 5_000_000) {
        self.maxFileBytes = maxFileBytes
        self.maxEntries = maxEntries
        self.maxPartBytes = maxPartBytes
        self.maxTotalBytes = maxTotalBytes
        self.maxRows = maxRows
        self.maxColumns = maxColumns
        self.maxCells = maxCells
        self.maxSharedStrings = maxSharedStrings
    }
}
