/// A finite number as decimal digits: the exact text every renderer writes numbers from.
///
/// Built from the shortest text that reads back as the same `Double` (Swift's `description`), so
/// `0.1` is the digits `1` with the point before them, never `0.1000000000000000055...`. Rounding
/// works on these digits, which makes it decimal rounding: `1.005` rounds half-up to `1.01`.
struct DecimalText {
    /// True for a value below zero.
    var negative: Bool
    /// ASCII digits without leading zeros (empty for zero).
    var digits: [UInt8]
    /// How many of `digits` stand before the decimal point (may be negative or exceed the count).
    var point: Int

    /// The digits of an integer.
    init(_ value: Int64) {
        var text = String(value).utf8[...]
        negative = text.first == UInt8(ascii: "-")
        if negative { text = text.dropFirst() }
        digits = Array(text.drop { $0 == UInt8(ascii: "0") })
        point = digits.count
    }

    /// The digits of a finite `Double`; nil for NaN and infinities.
    init?(_ value: Double) {
        guard value.isFinite else { return nil }
        negative = value < 0
        digits = []
        point = 0
        var exponent = 0
        var sawPoint = false
        var fractionDigits = 0
        var bytes = value.magnitude.description.utf8.makeIterator()
        while let byte = bytes.next() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if digits.isEmpty && byte == UInt8(ascii: "0") {
                    if sawPoint { fractionDigits += 1 }
                    continue
                }
                digits.append(byte)
                if sawPoint { fractionDigits += 1 }
            case UInt8(ascii: "."):
                sawPoint = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                var sign = 1
                var magnitude = 0
                while let next = bytes.next() {
                    if next == UInt8(ascii: "-") { sign = -1 } else if next != UInt8(ascii: "+") {
                        magnitude = magnitude * 10 + Int(next - UInt8(ascii: "0"))
                    }
                }
                exponent = sign * magnitude
            default:
                break
            }
        }
        // value = digits × 10^(exponent - fractionDigits)
        point = digits.count + exponent - fractionDigits
        trimTrailingZeros()
        if digits.isEmpty { negative = false }
    }

    /// Multiplies by 10^places exactly (a percentage is the fraction shifted by 2).
    func shifted(by places: Int) -> DecimalText {
        var copy = self
        if !digits.isEmpty { copy.point += places }
        return copy
    }

    /// Rounds to `decimals` places, halves away from zero (commercial rounding).
    func rounded(toDecimals decimals: Int) -> DecimalText {
        var copy = self
        let keep = point + decimals
        guard keep < digits.count else { return copy }
        guard keep >= 0 else {
            copy.digits = []
            copy.point = 0
            copy.negative = false
            return copy
        }
        let roundUp = digits[keep] >= UInt8(ascii: "5")
        copy.digits.removeSubrange(keep...)
        if roundUp {
            var index = keep - 1
            while index >= 0 && copy.digits[index] == UInt8(ascii: "9") {
                copy.digits[index] = UInt8(ascii: "0")
                index -= 1
            }
            if index >= 0 {
                copy.digits[index] += 1
            } else {
                copy.digits.insert(UInt8(ascii: "1"), at: 0)
                copy.point += 1
            }
        }
        copy.trimTrailingZeros()
        if copy.digits.isEmpty { copy.negative = false }
        return copy
    }

    /// The number of places after the point needed to show every digit.
    var fractionLength: Int { max(0, digits.count - point) }

    /// Text with exactly `decimals` places (no rounding: round first), no exponent, `-` for
    /// negatives, and a comma between groups of three integer digits when `grouping` is set.
    func text(decimals: Int, grouping: Bool) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(digits.count + max(point, 0) / 3 + decimals + 4)
        if negative { out.append(UInt8(ascii: "-")) }
        if point <= 0 {
            out.append(UInt8(ascii: "0"))
        } else {
            for position in 0..<point {
                if grouping && position > 0 && (point - position) % 3 == 0 { out.append(UInt8(ascii: ",")) }
                out.append(position < digits.count ? digits[position] : UInt8(ascii: "0"))
            }
        }
        if decimals > 0 {
            out.append(UInt8(ascii: "."))
            for place in 0..<decimals {
                let index = point + place
                out.append(index >= 0 && index < digits.count ? digits[index] : UInt8(ascii: "0"))
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Drops zeros after the last significant digit; zero is no digits at point 0.
    private mutating func trimTrailingZeros() {
        while digits.last == UInt8(ascii: "0") { digits.removeLast() }
        if digits.isEmpty { point = 0 }
    }
}

/// Number text for reports: no exponent, no locale, decimal half-up rounding.
///
/// Every renderer formats numbers here, so CSV, Markdown and charts agree digit for digit.
/// Rounding is decimal: it rounds the shortest text that reads back as the same `Double`, so
/// `2.675` (stored as 2.67499999...) becomes `2.68`, as a person rounding the printed value expects.
/// Halves round away from zero (`-0.125` → `-0.13`). NaN and infinities are not numbers a report can
/// show: these functions return `"NaN"`, `"Infinity"` or `"-Infinity"`, and the renderers refuse them
/// before calling.
///
/// ```swift
/// NumberFormatting.fixed(1234.5, decimals: 2, grouping: true)  // "1,234.50"
/// NumberFormatting.plain(1e-7)                                 // "0.0000001"
/// ```
public enum NumberFormatting {
    /// The shortest exact text of `value`, without exponent: `0.1`, `100000000000000000000`, `-3`.
    public static func plain(_ value: Double, grouping: Bool = false) -> String {
        guard let decimal = DecimalText(value) else { return nonFinite(value) }
        return decimal.text(decimals: decimal.fractionLength, grouping: grouping)
    }

    /// `value` rounded half-up to exactly `decimals` places: `fixed(0.125, decimals: 2)` is `0.13`.
    public static func fixed(_ value: Double, decimals: Int, grouping: Bool = false) -> String {
        guard let decimal = DecimalText(value) else { return nonFinite(value) }
        let places = max(0, decimals)
        return decimal.rounded(toDecimals: places).text(decimals: places, grouping: grouping)
    }

    /// An integer, with thousands separators when `grouping` is set: `-1,234,567`.
    public static func integer(_ value: Int64, grouping: Bool = false) -> String {
        DecimalText(value).text(decimals: 0, grouping: grouping)
    }

    /// A fraction as a percentage rounded half-up: `percent(0.1255, decimals: 1)` is `12.6%`.
    public static func percent(_ value: Double, decimals: Int) -> String {
        guard let decimal = DecimalText(value) else { return nonFinite(value) }
        let places = max(0, decimals)
        return decimal.shifted(by: 2).rounded(toDecimals: places).text(decimals: places, grouping: true) + "%"
    }

    /// `value` rounded half-up to `decimals` places, as a `Double` (the nearest one to that decimal).
    ///
    /// Use it to round once at a defined precision before rounding again for display, as the
    /// benchmark's report does (sums to 3 places, then cents): `rounded(0.1249999, decimals: 3)` is
    /// `0.125`, which then shows as `0.13`.
    public static func rounded(_ value: Double, decimals: Int) -> Double {
        guard value.isFinite else { return value }
        return Double(fixed(value, decimals: decimals)) ?? value
    }

    private static func nonFinite(_ value: Double) -> String {
        value.isNaN ? "NaN" : (value < 0 ? "-Infinity" : "Infinity")
    }
}
