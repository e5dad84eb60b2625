import Foundation

/// Reads a stated cost such as "Estimated cost is approximately USD 75,000".
///
/// The currency is a code before or after the number (`USD 75,000`, `75,000 USD`, `$75,000`,
/// `US$ 75,000`); `million` or `m` after the number multiplies it. "estimated", "approximately",
/// "about" or "around" make it an estimate. Returns nil when there is no number with a currency.
public enum AmountParser {
    private static let currencies = ["USD", "EUR", "CHF", "GBP"]
    /// The largest amount accepted (one trillion): larger ones, or ones too large for a number
    /// (`USD 1e400`), are errors, since no sum of them would be exact.
    public static let maximum = 1e12

    /// Parses `text`; nil when no amount with a currency is found.
    public static func parse(_ text: String) -> Amount? {
        let normalized = text.replacingOccurrences(of: "US$", with: "USD ").replacingOccurrences(of: "$", with: "USD ")
        let words = normalized.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map(String.init)
        let lowered = text.lowercased()
        let estimate = ["estimat", "approx", "about", "around", "some "].contains { lowered.contains($0) }
        for (index, word) in words.enumerated() {
            guard var value = number(word) else { continue }
            let previous = index > 0 ? words[index - 1].uppercased() : ""
            let next = index + 1 < words.count ? words[index + 1] : ""
            var currency = currencies.contains(previous) ? previous : nil
            var unitIndex = index + 1
            if ["million", "m", "mn"].contains(next.lowercased()) {
                value *= 1_000_000
                unitIndex += 1
            }
            if currency == nil, unitIndex < words.count {
                let after = words[unitIndex].uppercased().trimmingCharacters(in: .punctuationCharacters)
                if currencies.contains(after) { currency = after }
            }
            if let currency { return Amount(value: value, currency: currency, isEstimate: estimate) }
        }
        return nil
    }

    private static func number(_ word: String) -> Double? {
        var digits = word.trimmingCharacters(in: CharacterSet(charactersIn: ".,;:()"))
        guard let first = digits.first, first.isNumber else { return nil }
        let groups = digits.split(separator: ",", omittingEmptySubsequences: false)
        if groups.count > 1 {
            guard groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
            digits = groups.joined()
        }
        return Double(digits)
    }
}
