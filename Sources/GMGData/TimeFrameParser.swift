import Foundation

import GMGTable

/// Parses the free-text time frames of the plans ("26 September 2013", "April-September 2013",
/// "By Oct 2013", "Spring 2014", "26-29 Nov 2013", "2013 - 2014", "July 2014 (precise date TBC)").
///
/// "By ...", "prior to ..." and "before ..." are deadlines: they run from the start of the plan year
/// (`defaultYear`) to the date ("By Jan 2014" in the 2013 plan: 1 January 2013 to 31 January 2014).
///
/// Ranges take missing parts of their start from their end ("26-29 Nov 2013"); alternatives
/// ("A or B", "April/May") cover both and are tentative; text in parentheses and after `;` is a
/// remark (a "TBC" or "?" anywhere makes the time frame tentative). A text with no year takes
/// `defaultYear` and says so. Returns nil when no date can be read ("ongoing").
public enum TimeFrameParser {
    /// Parses `text`, using `defaultYear` when it names no year; nil also when it names a day
    /// that does not exist ("30 Feb 2014").
    public static func parse(_ text: String, defaultYear: Int?) -> TimeFrame? {
        var impossibleDate: String?
        return parse(text, defaultYear: defaultYear, impossibleDate: &impossibleDate)
    }

    /// Parses `text`; when it names a day that does not exist, returns nil and sets
    /// `impossibleDate` to that day in words ("30 February 2014").
    static func parse(_ text: String, defaultYear: Int?, impossibleDate: inout String?) -> TimeFrame? {
        var body = Substring(text)
        var remark = ""
        if let semicolon = body.firstIndex(of: ";") {
            remark = body[body.index(after: semicolon)...].trimmingCharacters(in: .whitespaces)
            body = body[..<semicolon]
        }
        let lowered = body.lowercased()
        var tentative = lowered.contains("?") || lowered.contains("tbc") || lowered.contains("tentative")
        var cleaned = removingParentheses(lowered)
        cleaned = cleaned.replacingOccurrences(of: "–", with: "-").replacingOccurrences(of: "—", with: "-")
        var deadline = false
        for prefix in ["by ", "prior to ", "before "] where cleaned.trimmingCharacters(in: .whitespaces).hasPrefix(prefix) {
            deadline = true
            cleaned = String(cleaned.trimmingCharacters(in: .whitespaces).dropFirst(prefix.count))
        }
        let alternatives = split(cleaned, on: " or ")
        if alternatives.count > 1 { tentative = true }
        var spans: [Span] = []
        for alternative in alternatives {
            guard let span = parseAlternative(alternative, tentative: &tentative) else { return nil }
            spans.append(span)
        }
        var year = spans.compactMap(\.year).first
        let yearAssumed = year == nil
        if yearAssumed { year = defaultYear }
        guard let year else { return nil }
        if let day = spans.lazy.compactMap({ $0.impossibleDay(year: year) }).first {
            impossibleDate = day
            return nil
        }
        let resolved = spans.map { $0.resolved(year: year) }
        guard let start = resolved.map(\.start).min(), let end = resolved.map(\.end).max(), start <= end else {
            return nil
        }
        let precision = spans.map(\.precision).min() ?? .year
        return TimeFrame(
            text: text, start: deadline ? deadlineStart(end: end, planYear: defaultYear) : start, end: end,
            precision: precision, isTentative: tentative, isDeadline: deadline,
            yearAssumed: yearAssumed, remark: remark)
    }

    /// A deadline runs from the start of its plan year (work may start as soon as the plan does), or from
    /// the start of the deadline's own year when that is earlier ("by May 2009" in the 2010 plan).
    private static func deadlineStart(end: CalendarDate, planYear: Int?) -> CalendarDate {
        CalendarDate(year: min(planYear ?? end.year, end.year), month: 1, day: 1)
    }

    private static func removingParentheses(_ text: String) -> String {
        var depth = 0
        var result = ""
        for character in text {
            if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) } else if depth == 0 {
                result.append(character)
            }
        }
        return result
    }

    private static func split(_ text: String, on separator: String) -> [String] {
        text.components(separatedBy: separator).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    private static func parseAlternative(_ text: String, tentative: inout Bool) -> Span? {
        var words = tokens(text)
        if let slash = words.firstIndex(of: "/"), slash > 0, slash + 1 < words.count,
           months[words[slash - 1]] != nil, months[words[slash + 1]] != nil {
            tentative = true
            words[slash] = "-"
        }
        guard let dash = words.firstIndex(of: "-") else {
            guard let single = Partial(words), single.isComplete else { return nil }
            return Span(first: single, last: single)
        }
        guard var first = Partial(Array(words[..<dash])), var last = Partial(Array(words[(dash + 1)...])) else {
            return nil
        }
        if first.year == nil { first.year = last.year }
        if first.month == nil, first.day != nil { first.month = last.month }
        if last.month == nil, last.day != nil { last.month = first.month }
        guard first.isComplete, last.isComplete else { return nil }
        return Span(first: first, last: last)
    }

    private static func tokens(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in text {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else {
                if !current.isEmpty { words.append(current); current = "" }
                if character == "-" || character == "/" { words.append(String(character)) }
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
        "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
        "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]
}

/// A time frame before its year is known: a first and a last partial date.
struct Span {
    var first: Partial
    var last: Partial

    var year: Int? { first.year ?? last.year }
    var precision: TimePrecision { min(first.precision, last.precision) }

    /// A day of the span that does not exist in its year, in words; nil when both ends exist.
    func impossibleDay(year: Int) -> String? {
        first.impossibleDay(year: first.year ?? year) ?? last.impossibleDay(year: last.year ?? year)
    }

    func resolved(year: Int) -> (start: CalendarDate, end: CalendarDate) {
        (first.bounds(year: first.year ?? year).start, last.bounds(year: last.year ?? year).end)
    }
}
