import GMGData

/// A finding about a return, located by file and, where it applies, sheet and cell.
///
/// Printed like `return-2014-ilo.xlsx: Activities!G7: error: status "Done" is not one of Planned,
/// In progress, Delivered, Postponed, Cancelled; row 7 not read`.
public struct ReturnDiagnostic: Sendable, Hashable, CustomStringConvertible {
    /// The file as given on the command line.
    public var file: String
    /// `Sheet!A1`, or nil for the file as a whole.
    public var place: String?
    public var severity: Severity
    public var message: String

    /// Creates a diagnostic.
    public init(file: String, place: String? = nil, severity: Severity, message: String) {
        self.file = file
        self.place = place
        self.severity = severity
        self.message = message
    }

    public var description: String {
        "\(file): \(place.map { "\($0): " } ?? "")\(severity.rawValue): \(message)"
    }
}
