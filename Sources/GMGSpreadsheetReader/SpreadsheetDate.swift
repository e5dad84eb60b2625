/// A date (and time of day) as a workbook stores it.
public struct SpreadsheetDate: Sendable, Hashable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int
    /// Seconds since midnight (0 for a plain date).
    public var seconds: Int

    /// Creates a date.
    public init(year: Int, month: Int, day: Int, seconds: Int = 0) {
        self.year = year
        self.month = month
        self.day = day
        self.seconds = seconds
    }

    /// `YYYY-MM-DD`, with `THH:MM:SS` when there is a time.
    public var description: String {
        let date = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        guard seconds > 0 else { return date }
        return date + "T\(pad(seconds / 3600, 2)):\(pad(seconds / 60 % 60, 2)):\(pad(seconds % 60, 2))"
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    /// The date of a day number counted from 1970-01-01 (proleptic Gregorian).
    init(daysSinceEpoch days: Int, seconds: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day, seconds: seconds)
    }

    /// Parses an ISO 8601 date cell (`2014-12-01` or `2014-12-01T10:00:00`); nil otherwise.
    init?(iso text: String) {
        let parts = text.prefix(10).split(separator: "-")
        guard text.count >= 10, parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]),
              let day = Int(parts[2]), (1...12).contains(month), (1...31).contains(day) else { return nil }
        var seconds = 0
        let time = text.dropFirst(11).prefix(8).split(separator: ":").compactMap { Int($0) }
        if time.count >= 2 { seconds = time[0] * 3600 + time[1] * 60 + (time.count > 2 ? time[2] : 0) }
        self.init(year: year, month: month, day: day, seconds: seconds)
    }
}

/// How a workbook counts days: from 1900 (Windows Excel, LibreOffice, openpyxl) or from 1904
/// (old Mac Excel, `date1904` in the workbook).
public enum DateSystem: Sendable, Hashable {
    case from1900
    case from1904

    /// The date of a serial number; nil outside 1900-01-01 ... 9999-12-31.
    ///
    /// In the 1900 system serial 60 is Excel's fictitious 1900-02-29, read here as 1900-02-28;
    /// every other serial gives the day Excel shows. A fraction is the time of day.
    public func date(fromSerial serial: Double) -> SpreadsheetDate? {
        guard serial.isFinite else { return nil }
        let whole = serial.rounded(.down)
        let seconds = Int(((serial - whole) * 86_400).rounded())
        let day = Int(whole) + seconds / 86_400
        let days: Int
        switch self {
        case .from1900:
            guard day >= 1, day <= 2_958_465 else { return nil }
            days = day < 60 ? day - 25_568 : day - 25_569
        case .from1904:
            guard day >= 0, day <= 2_957_003 else { return nil }
            days = day - 24_107
        }
        return SpreadsheetDate(daysSinceEpoch: days, seconds: seconds % 86_400)
    }
}
