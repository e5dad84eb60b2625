import GMGTable

/// A data-validation rule for input cells: what Excel and LibreOffice accept when someone types in
/// them, with the message shown while the cell is selected and the one shown on a wrong entry.
///
/// Validation guides people filling a form; it is not a guarantee (pasted values and other
/// programs bypass it), so whoever reads the file back checks the values again.
public struct XLSXValidation: Sendable, Hashable {
    /// What the cells accept.
    public enum Rule: Sendable, Hashable {
        /// One of these values, offered as a drop-down (at most 255 characters in all, no commas).
        case list([String])
        /// A date between two days, inclusive.
        case dateBetween(CalendarDate, CalendarDate)
        /// A number at least this large.
        case decimalAtLeast(Double)
        /// Text whose length is in this range.
        case textLength(ClosedRange<Int>)
    }

    /// What happens on a wrong entry.
    public enum ErrorStyle: Sendable, Hashable {
        /// Refuse it.
        case stop
        /// Warn, and let the person keep it.
        case warning
    }

    /// The rule.
    public var rule: Rule
    /// A short title of the message shown while a cell is selected (Excel: at most 32 characters).
    public var inputTitle: String?
    /// The message shown while a cell is selected (at most 255 characters).
    public var inputMessage: String?
    /// The message shown on a wrong entry (at most 255 characters).
    public var errorMessage: String?
    /// What happens on a wrong entry.
    public var errorStyle: ErrorStyle
    /// Whether an empty cell is fine.
    public var allowsBlank: Bool

    /// Creates a rule.
    public init(_ rule: Rule, inputTitle: String? = nil, inputMessage: String? = nil, errorMessage: String? = nil,
                errorStyle: ErrorStyle = .stop, allowsBlank: Bool = true) {
        self.rule = rule
        self.inputTitle = inputTitle
        self.inputMessage = inputMessage
        self.errorMessage = errorMessage
        self.errorStyle = errorStyle
        self.allowsBlank = allowsBlank
    }
}
