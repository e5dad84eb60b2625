/// The numbers (1-based, in order of first appearance in the file) of a row's plan, output and
/// work stream, and of the texts of its lead and funding lists, and which of them appear for the
/// first time with it: what a loader otherwise looks up per row (``InterchangeReader/numbering``).
/// An output is identified by `YEAR|WORK STREAM|OUTPUT CODE` (``outputID(_:year:into:)``).
public struct InterchangeNumbers: Sendable, Equatable {
    /// The number of the `plan` text.
    public var plan = 0
    /// Whether the plan appears for the first time.
    public var newPlan = false
    /// The number of the output (year, work stream, output code).
    public var output = 0
    /// Whether the output appears for the first time.
    public var newOutput = false
    /// Whether the `work_stream` text appears for the first time (checked when the output differs
    /// from the previous row's).
    public var newWorkStream = false
    /// The number of the `lead_agencies` text.
    public var leads = 0
    /// Whether that text appears for the first time.
    public var newLeads = false
    /// The number of the `funding_sources` text.
    public var funding = 0
    /// Whether that text appears for the first time.
    public var newFunding = false

    /// Sets `id` to the id of the output of `record`, `YEAR|WORK STREAM|OUTPUT CODE`.
    public static func outputID(_ record: CSVRecord, year: Int, into id: inout [UInt8]) {
        id.removeAll(keepingCapacity: true)
        appendDecimal(year, to: &id)
        id.append(UInt8(ascii: "|"))
        id.append(contentsOf: record.field(InterchangeFormat.Column.workStream))
        id.append(UInt8(ascii: "|"))
        id.append(contentsOf: record.field(InterchangeFormat.Column.outputCode))
    }

    /// Appends the decimal digits of `value` (not negative) to `bytes`.
    public static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
        var power = 1
        while power <= value / 10 { power *= 10 }
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(value / power % 10))
            power /= 10
        } while power > 0
    }
}

/// Numbers the values of one read's rows by their bytes (``ByteInterner``), in file order.
struct InterchangeNumbering {
    private typealias Column = InterchangeFormat.Column
    private var plans = ByteInterner()
    private var workStreams = ByteInterner()
    private var outputs = ByteInterner()
    private var leadTexts = ByteInterner()
    private var fundingTexts = ByteInterner()
    private var outputID: [UInt8] = []
    private var previousOutputID: [UInt8] = []
    private var previousOutput = 0

    /// The numbers of the values of `record`, whose year is `year` (the rows must come in file order).
    mutating func numbers(of record: CSVRecord, year: Int) -> InterchangeNumbers {
        var numbers = InterchangeNumbers()
        (numbers.plan, numbers.newPlan) = Self.number(plans.id(of: record.field(Column.plan)))
        InterchangeNumbers.outputID(record, year: year, into: &outputID)
        numbers.output = previousOutput
        // The rows of an output usually follow each other: the previous row's needs no lookup.
        if outputID != previousOutputID {
            swap(&outputID, &previousOutputID)
            numbers.newWorkStream = workStreams.id(of: record.field(Column.workStream)).isNew
            (numbers.output, numbers.newOutput) = Self.number(previousOutputID.withUnsafeBufferPointer { outputs.id(of: $0) })
            previousOutput = numbers.output
        }
        (numbers.leads, numbers.newLeads) = Self.number(leadTexts.id(of: record.field(Column.leads)))
        (numbers.funding, numbers.newFunding) = Self.number(fundingTexts.id(of: record.field(Column.funding)))
        return numbers
    }

    private static func number(_ found: (id: Int64, isNew: Bool)) -> (Int, Bool) { (Int(found.id), found.isNew) }
}
