#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The columns of the activities interchange CSV (`../shared/bench/WORKLOAD.md`) and the checks
/// every row passes, on whichever thread reads it.
enum ActivityColumns {
    /// The header, in order.
    static let names = ["activity_id", "plan", "year", "work_stream", "output_code", "output_title", "activity_code",
                        "activity", "timeframe", "lead_agencies", "funding_sources", "estimated_cost_usd", "status"]
    static let year = 2
    static let workStream = 3
    static let outputCode = 4
    static let leads = 9
    static let funding = 10
    static let cost = 11
    /// Years an interchange row may have (as `GMGQuery`'s importer accepts).
    static let years = 1900...2100

    /// Checks that `record` is the header.
    static func checkHeader(_ record: ScannedRecord) throws {
        guard record.count == names.count, (0..<names.count).allSatisfy({ record.string($0) == names[$0] }) else {
            throw WorkloadError.header(expected: names.joined(separator: ","))
        }
    }

    /// The typed values of a data row: the year and the cost (nil when empty).
    /// - Throws: ``WorkloadError/row(line:column:message:)`` for a wrong field count, a year that
    ///   is not a whole number in ``years``, or a cost that is not a non-negative finite number.
    static func values(of record: ScannedRecord) throws -> (year: Int, cost: Double?) {
        guard record.count == names.count else {
            throw WorkloadError.row(line: record.line, column: "\(min(record.count, names.count) + 1)",
                                    message: "\(record.count) fields; the header has \(names.count)")
        }
        let yearField = record.field(year)
        var value = 0
        for byte in yearField {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), value < 100_000 else { value = -1; break }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        guard !yearField.isEmpty, years.contains(value) else {
            throw WorkloadError.row(line: record.line, column: names[year], message: "not a year from \(years.lowerBound) to \(years.upperBound)")
        }
        if record.isEmpty(cost) { return (value, nil) }
        return (value, try amount(record, column: cost))
    }

    /// The cost field as a number: decimal digits with an optional point and exponent (`1200`,
    /// `1200.50`, `1.2e3`), read by `strtod` as a whole, finite and >= 0.
    private static func amount(_ record: ScannedRecord, column: Int) throws -> Double {
        let text = record.cString(column)
        let field = record.field(column)
        var end: UnsafeMutablePointer<CChar>?
        let number = strtod(text, &end)
        let consumed = end.map { UnsafeRawPointer($0) - UnsafeRawPointer(text) } ?? 0
        let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
        let decimal = (digits.contains(field[0]) || field[0] == UInt8(ascii: "."))
            && field.allSatisfy { digits.contains($0) || $0 == UInt8(ascii: ".") || $0 | 0x20 == UInt8(ascii: "e")
                || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }
        guard decimal, consumed == field.count, number.isFinite, number >= 0 else {
            throw WorkloadError.row(line: record.line, column: names[column], message: "not a non-negative number")
        }
        return number
    }
}
