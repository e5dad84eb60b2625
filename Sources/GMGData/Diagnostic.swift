/// How serious a finding about the data is.
public enum Severity: String, Sendable, Hashable, Comparable {
    case warning
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .warning && rhs == .error
    }
}

/// One finding about an input file, located by file, line and column (1-based).
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var severity: Severity
    public var message: String
    /// The name of the column (field) at fault, when there is one.
    public var field: String?

    /// Creates a diagnostic.
    public init(file: String, line: Int, column: Int = 1, severity: Severity, message: String, field: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
        self.field = field
    }

    /// `file:line:column: severity: message (column name)`, the format compilers and editors
    /// understand; the column's name is added when the message does not already say it.
    public var description: String {
        let named = field.map { message.contains($0) ? "" : " (column \($0))" } ?? ""
        return "\(file):\(line):\(column): \(severity.rawValue): \(message)\(named)"
    }
}

/// Collects diagnostics while a data set is loaded.
public struct Diagnostics: Sendable {
    /// Every finding, in the order it was made.
    public private(set) var all: [Diagnostic] = []
    /// The files (as diagnostics name them) with records that could not be read as CSV.
    public private(set) var unreadableFiles: Set<String> = []

    /// Creates an empty collection.
    public init() {}

    /// Records a finding.
    public mutating func report(_ diagnostic: Diagnostic) {
        all.append(diagnostic)
    }

    /// Records an error at a location (`field`: the name of the column at fault).
    public mutating func error(_ file: String, _ line: Int, _ column: Int = 1, _ message: String, field: String? = nil) {
        report(Diagnostic(file: file, line: line, column: column, severity: .error, message: message, field: field))
    }

    /// Records a warning at a location (`field`: the name of the column at fault).
    public mutating func warning(_ file: String, _ line: Int, _ column: Int = 1, _ message: String, field: String? = nil) {
        report(Diagnostic(file: file, line: line, column: column, severity: .warning, message: message, field: field))
    }

    /// Notes that `file` has records that could not be read.
    public mutating func markUnreadable(_ file: String) {
        unreadableFiles.insert(file)
    }

    /// Whether the data file `name` (`outputs.csv`) has records that could not be read.
    public func isUnreadable(_ name: String) -> Bool {
        unreadableFiles.contains { $0 == name || $0.hasSuffix("/" + name) }
    }

    /// The number of errors.
    public var errorCount: Int { all.count { $0.severity == .error } }

    /// The number of warnings.
    public var warningCount: Int { all.count { $0.severity == .warning } }

    /// The findings sorted by file, line and column.
    public var sorted: [Diagnostic] {
        all.sorted { ($0.file, $0.line, $0.column) < ($1.file, $1.line, $1.column) }
    }
}
