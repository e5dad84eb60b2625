import GMGSpreadsheetReader
import GMGTable

/// How the reader turns a returned cell into the values a row needs.
enum CellText {
    /// The cell as one line of text: whitespace runs and line breaks become one space, control
    /// characters are dropped, numbers are written without a trailing `.0`.
    static func text(_ value: CellValue?) -> String {
        switch value {
        case nil: return ""
        case .text(let text): return clean(text)
        case .number(let number):
            return number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        case .date(let date): return date.description
        case .boolean(let flag): return flag ? "TRUE" : "FALSE"
        case .error(let code): return code
        }
    }

    /// Collapses whitespace and drops control characters, as the data files require.
    static func clean(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
            } else if scalar.properties.generalCategory != .control {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A date: a date cell, or text as `2014-12-01` or `1 December 2014` / `1 Dec 2014`.
    static func date(_ value: CellValue?) -> CalendarDate? {
        switch value {
        case .date(let date):
            return CalendarDate(iso: String(date.description.prefix(10)))
        case .text(let raw):
            let text = clean(raw)
            if let date = CalendarDate(iso: text) { return date }
            let words = text.replacingOccurrences(of: ",", with: " ").split(separator: " ")
            guard words.count == 3, let day = Int(words[0]), let year = Int(words[2]), words[2].count == 4,
                  let month = monthNumber(words[1]), day >= 1, day <= CalendarDate.days(inMonth: month, year: year)
            else { return nil }
            return CalendarDate(year: year, month: month, day: day)
        default:
            return nil
        }
    }

    private static func monthNumber(_ word: Substring) -> Int? {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                     "november", "december"]
        let key = word.lowercased().trimmingSuffix(".")
        guard key.count >= 3 else { return nil }
        return names.firstIndex { $0 == key || ($0.hasPrefix(key) && key.count == 3) || ($0 == "september" && key == "sept") }
            .map { $0 + 1 }
    }

    /// An amount: a number cell, or text such as `12,000`, `12 000.50` (numbers typed as text).
    static func amount(_ value: CellValue?) -> Double? {
        switch value {
        case .number(let number): return number
        case .text(let raw):
            let text = clean(raw).filter { $0 != "," && $0 != " " && $0 != "\u{00A0}" && $0 != "'" }
            guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
                  text.filter({ $0 == "." }).count <= 1 else { return nil }
            return Double(text)
        default: return nil
        }
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
