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

    /// Creates a diagnostic.
    public init(file: String, line: Int, column: Int = 1, severity: Severity, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    /// `file:line:column: severity: message`, the format compilers and editors understand.
    public var description: String {
        "\(file):\(line):\(column): \(severity.rawValue): \(message)"
    }
}

/// Collects diagnostics while a data set is loaded.
public struct Diagnostics: Sendable {
    /// Every finding, in the order it was made.
    public private(set) var all: [Diagnostic] = []

    /// Creates an empty collection.
    public init() {}

    /// Records a finding.
    public mutating func report(_ diagnostic: Diagnostic) {
        all.append(diagnostic)
    }

    /// Records an error at a location.
    public mutating func error(_ file: String, _ line: Int, _ column: Int = 1, _ message: String) {
        report(Diagnostic(file: file, line: line, column: column, severity: .error, message: message))
    }

    /// Records a warning at a location.
    public mutating func warning(_ file: String, _ line: Int, _ column: Int = 1, _ message: String) {
        report(Diagnostic(file: file, line: line, column: column, severity: .warning, message: message))
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
