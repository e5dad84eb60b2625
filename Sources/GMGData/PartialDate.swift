import GMGTable

/// A date as far as one phrase tells it: "26 Nov", "Spring 2014", "2013", "Oct.".
struct Partial {
    var day: Int?
    var month: Int?
    /// Months covered by a season, quarter or half: first and last month.
    var monthRange: (first: Int, last: Int, precision: TimePrecision)?
    var year: Int?

    private static let seasons: [String: (Int, Int)] = [
        "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11),
    ]
    private static let ordinals: [String: Int] = [
        "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    ]

    /// Reads the date words of a phrase, skipping other words; nil when no date word is there.
    init?(_ words: [String]) {
        var found = false
        for (index, word) in words.enumerated() {
            let previous = index > 0 ? words[index - 1] : ""
            if let month = TimeFrameParser.months[word] {
                self.month = month
                found = true
            } else if let number = Int(word) {
                if word.count == 4, (1900...2100).contains(number) {
                    year = number
                } else if (1...31).contains(number) {
                    day = number
                } else {
                    return nil
                }
                found = true
            } else if let season = Self.seasons[word] {
                monthRange = (season.0, season.1, .season)
                found = true
            } else if word.count == 2, word.hasPrefix("q"), let quarter = Int(word.dropFirst()), (1...4).contains(quarter) {
                monthRange = (quarter * 3 - 2, quarter * 3, .quarter)
                found = true
            } else if word.count == 2, word.hasPrefix("h"), let half = Int(word.dropFirst()), (1...2).contains(half) {
                monthRange = (half * 6 - 5, half * 6, .half)
                found = true
            } else if ["half", "semester"].contains(word), let ordinal = Self.ordinals[previous], ordinal <= 2 {
                monthRange = (ordinal * 6 - 5, ordinal * 6, .half)
                found = true
            } else if word == "quarter", let ordinal = Self.ordinals[previous] {
                monthRange = (ordinal * 3 - 2, ordinal * 3, .quarter)
                found = true
            }
        }
        if !found { return nil }
    }

    /// The day in words ("30 February 2014") when the phrase names a day its month does not have in `year`.
    func impossibleDay(year: Int) -> String? {
        guard let day, let month, day > CalendarDate.days(inMonth: month, year: year) else { return nil }
        return "\(day) \(Self.monthNames[month - 1]) \(year)"
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]

    /// Whether the phrase is a date on its own (a day needs a month).
    var isComplete: Bool { day == nil || month != nil }

    /// The finest unit the phrase names.
    var precision: TimePrecision {
        if day != nil, month != nil { return .day }
        if month != nil { return .month }
        if let monthRange { return monthRange.precision }
        return .year
    }

    /// The first and last day the phrase covers in `year`.
    func bounds(year: Int) -> (start: CalendarDate, end: CalendarDate) {
        if let month {
            if let day, day <= CalendarDate.days(inMonth: month, year: year) {
                let date = CalendarDate(year: year, month: month, day: day)
                return (date, date)
            }
            return (CalendarDate(year: year, month: month, day: 1),
                    CalendarDate(year: year, month: month, day: CalendarDate.days(inMonth: month, year: year)))
        }
        if let monthRange {
            return (CalendarDate(year: year, month: monthRange.first, day: 1),
                    CalendarDate(year: year, month: monthRange.last,
                                 day: CalendarDate.days(inMonth: monthRange.last, year: year)))
        }
        return (CalendarDate(year: year, month: 1, day: 1), CalendarDate(year: year, month: 12, day: 31))
    }
}
