import GMGTable

/// How precisely a time frame is known.
public enum TimePrecision: String, Sendable, Hashable, CaseIterable, Comparable {
    case day, month, season, quarter, half, year

    private var rank: Int { Self.allCases.firstIndex(of: self)! }

    public static func < (lhs: TimePrecision, rhs: TimePrecision) -> Bool { lhs.rank < rhs.rank }
}

/// A time frame parsed from the text of the plans: a date span and how precise it is.
public struct TimeFrame: Sendable, Hashable {
    /// The text exactly as written.
    public var text: String
    /// The first day the time frame covers.
    public var start: CalendarDate
    /// The last day the time frame covers.
    public var end: CalendarDate
    /// The finest unit the text names (a day range is `day`, "Spring 2014" is `season`).
    public var precision: TimePrecision
    /// Marked as not fixed: "TBC", "?", alternatives ("27-28 May or 30 May-1 June").
    public var isTentative: Bool
    /// A deadline ("By Oct 2013", "prior to ... meeting on 1 Sept."): `start` is the beginning of the plan
    /// year (or of the deadline's year, if that is earlier).
    public var isDeadline: Bool
    /// No year was written; the plan's year was assumed.
    public var yearAssumed: Bool
    /// Text after a `;`, kept as a remark ("implementation may be more long-term").
    public var remark: String

    /// Whether the time frame overlaps the window `from...to`.
    public func overlaps(from: CalendarDate, to: CalendarDate) -> Bool {
        start <= to && end >= from
    }
}
