/// The columns of a return's Activities sheet, shared by the writer and the reader: the reader
/// finds them by their header text, so a column moved by a spreadsheet program is still found.
enum ReturnColumn: Int, CaseIterable {
    case reference, workStream, activity, timeFrame, coLeads, recorded
    case status, asOf, note, revisedTimeFrame, cost, currency
    case key

    /// The header text.
    var header: String {
        switch self {
        case .reference: "Ref."
        case .workStream: "Work stream and output"
        case .activity: "Activity"
        case .timeFrame: "Time frame"
        case .coLeads: "Co-leads"
        case .recorded: "Recorded progress"
        case .status: "Status"
        case .asOf: "As of"
        case .note: "Note"
        case .revisedTimeFrame: "Revised time frame"
        case .cost: "Cost"
        case .currency: "Currency"
        case .key: "Key (do not edit)"
        }
    }

    /// The width in characters (fits the longest headers and wraps long text to a few lines).
    var width: Double {
        switch self {
        case .reference: 13
        case .workStream: 22
        case .activity: 36
        case .timeFrame, .coLeads, .revisedTimeFrame: 11
        case .recorded: 24
        case .status: 12
        case .asOf: 11
        case .note: 30
        case .cost: 10
        case .currency: 9
        case .key: 24
        }
    }

    /// Whether the recipient fills it (unlocked, white) rather than reads it (locked, grey).
    var isInput: Bool { (ReturnColumn.status.rawValue...ReturnColumn.currency.rawValue).contains(rawValue) }

    /// Whether the reader needs it to read a return at all.
    var isRequired: Bool { [.reference, .status, .asOf, .note, .key].contains(self) }

    /// The zero-based row of the header on the Activities sheet; data rows follow it.
    static let headerRow = 2
    /// The Activities sheet's name.
    static let sheetName = "Activities"
}
