import Foundation
import GMGData
import GRDB

/// Streams an activities interchange CSV (``InterchangeFormat``, read by ``InterchangeReader``)
/// into the schema: plans, work streams and outputs are created as they first appear; an output is
/// identified by (year, work stream, output code).
///
/// What runs per row is kept at the byte level, as a million rows need: every text column is bound
/// to SQLite straight from the scanner's buffer (not copied: the row is inserted before the
/// scanner moves on); plans, work streams, outputs, lists of leads and
/// funding sources and time frames are looked up by their bytes (``ByteInterner``), so a list is
/// split into names, and a time frame parsed, once per distinct text (and year), not per row.
/// A second thread scans and checks the file ahead of the loading one, and numbers all but the
/// time frames (``InterchangeReader/numbering``): the loading thread only stores what is new.
struct InterchangeImporter {
    let url: URL
    /// False when no statement of the run reads `activities`: the rows are read and checked, but
    /// only their outputs, lists and groups are stored (see ``ActivityLoader``).
    var storingActivities = true
    /// The rows handed over at a time by the thread that scans and checks the file ahead of the
    /// loading one (see ``InterchangeReader/readAhead``).
    static let readAhead = 4096

    /// Imports every row; `progress` is told how many bytes of how many have been read, and what
    /// it throws stops the import.
    func importAll(_ db: Database, progress: (_ read: Int, _ size: Int) throws -> Void = { _, _ in }) throws {
        let rows = try InterchangeRowLoader(db: db, fileName: url.lastPathComponent, storingActivities: storingActivities)
        defer { rows.unbind() }
        try InterchangeReader(path: url.path, readAhead: Self.readAhead, numbering: true).read(progress: progress) { row in
            guard let numbers = row.numbers else { preconditionFailure("the reader numbers every row") }
            try rows.add(row, numbers)
        }
        try rows.finish()
    }
}

/// The statements and the lookup tables of one interchange import.
private final class InterchangeRowLoader {
    private typealias Column = InterchangeFormat.Column
    /// A time frame as stored: its dates and precision as text (nil when it names no date).
    private struct StoredFrame {
        var start: String?
        var end: String?
        var precision: String?
        var tentative = false
        var deadline = false
    }

    let db: Database
    private let loader: ActivityLoader
    private let output: PreparedInsert
    /// `NAME.csv: line `, the start of each row's `source` (the number follows).
    private let sourcePrefix: [UInt8]
    private var source: [UInt8] = []
    /// The id of the output of the row being added, `YEAR|WORK STREAM|OUTPUT CODE`, set when the
    /// output is new or the row is stored.
    private var outputKey: [UInt8] = []
    private var frameKey: [UInt8] = []
    /// By plan number (``InterchangeNumbers``): its name and the years of its rows.
    private var planNames: [String] = []
    private var planYears: [ClosedRange<Int>] = []
    /// Each work stream's name and the plan it was first seen in.
    private var workStreamRows: [(name: String, plan: String)] = []
    /// By list text number: the list's id.
    private var leadListIDs: [Int64] = []
    private var fundingListIDs: [Int64] = []
    private var fundingSources: Set<String> = []
    private var frames = ByteInterner()
    private var storedFrames: [StoredFrame] = []
    private var seq: Int64 = 0

    init(db: Database, fileName: String, storingActivities: Bool) throws {
        self.db = db
        loader = try ActivityLoader(db, storingActivities: storingActivities)
        output = try PreparedInsert(db, "INSERT INTO outputs VALUES (?, ?, ?, ?, ?, ?, ?, '', NULL, '', ?)")
        sourcePrefix = Array("\(fileName): line ".utf8)
        // The columns no interchange row has stay bound for every insert (a reset keeps bindings).
        try loader.bind(.costEstimate, false)
        try loader.bind(.inheritFrom, nil as String?)
        try loader.bind(.inheritedFields, "")
        try loader.bind(.note, "")
        try loader.bind(.statusAsOf, nil as String?)
        try loader.bind(.statusNote, "")
        try loader.bind(.statusSource, "")
    }

    /// Adds one checked row, whose values `numbers` numbers.
    func add(_ row: InterchangeRow, _ numbers: InterchangeNumbers) throws {
        let record = row.record
        seq += 1
        let plan = planIndex(record, year: row.year, numbers)
        try addOutput(record, year: row.year, plan: plan, numbers)
        let leads = try leadList(record, numbers)
        let funding = try fundingList(record, numbers)
        // Only the groups count the activity when no statement of the run reads the table.
        if loader.storesActivities { try bindColumns(record, year: row.year) }
        try loader.insertActivity(output: Int64(numbers.output), leadList: leads, fundingList: funding, costMilli: ActivityLoader.milli(row.cost))
    }

    /// Binds the activity's own columns (all but its lists and cost) for its insert.
    private func bindColumns(_ record: CSVRecord, year: Int) throws {
        let frame = timeframe(record, year: year)
        setSource(line: record.line)
        InterchangeNumbers.outputID(record, year: year, into: &outputKey)
        try loader.bind(.seq, seq)
        try loader.bind(.id, borrowing: record.field(Column.id))
        try outputKey.withUnsafeBufferPointer { try loader.bind(.output, bytes: $0) }
        try loader.bind(.printedNumber, borrowing: record.field(Column.activityCode))
        try loader.bind(.description, borrowing: record.field(Column.activity))
        try loader.bind(.timeframeText, borrowing: record.field(Column.timeframe))
        try loader.bind(.startDate, frame.start)
        try loader.bind(.endDate, frame.end)
        try loader.bind(.precision, frame.precision)
        try loader.bind(.tentative, frame.tentative)
        try loader.bind(.deadline, frame.deadline)
        try loader.bind(.leadsText, borrowing: record.field(Column.leads))
        try loader.bind(.fundingText, borrowing: record.field(Column.funding))
        try loader.bind(.costText, borrowing: record.field(Column.cost))
        let status = record.field(Column.status)
        if let known = InterchangeFormat.progressStatus(status) {
            try loader.bind(.status, known.rawValue)
        } else {
            try loader.bind(.status, borrowing: status)
        }
        try source.withUnsafeBufferPointer { try loader.bind(.source, bytes: $0) }
    }

    /// Sets ``source`` to `NAME.csv: line N`.
    private func setSource(line: Int) {
        source.removeAll(keepingCapacity: true)
        source.append(contentsOf: sourcePrefix)
        InterchangeNumbers.appendDecimal(line, to: &source)
    }

    /// The index of the row's plan, whose years are widened to the row's.
    private func planIndex(_ record: CSVRecord, year: Int, _ numbers: InterchangeNumbers) -> Int {
        let index = numbers.plan - 1
        if numbers.newPlan {
            planNames.append(record.string(Column.plan))
            planYears.append(year...year)
        } else if !planYears[index].contains(year) {
            planYears[index] = min(planYears[index].lowerBound, year)...max(planYears[index].upperBound, year)
        }
        return index
    }

    /// Inserts the row's output (and notes its work stream) when new.
    private func addOutput(_ record: CSVRecord, year: Int, plan: Int, _ numbers: InterchangeNumbers) throws {
        let streamField = record.field(Column.workStream)
        if numbers.newWorkStream {
            workStreamRows.append((record.string(Column.workStream), planNames[plan]))
        }
        guard numbers.newOutput else { return }
        InterchangeNumbers.outputID(record, year: year, into: &outputKey)
        setSource(line: record.line)
        try outputKey.withUnsafeBufferPointer { try output.bind(1, text: $0) }
        try output.bind(2, Int64(numbers.output))
        try output.bind(3, text: planNames[plan])
        try output.bind(4, Int64(year))
        try output.bind(5, text: streamField)
        try output.bind(6, text: record.field(Column.outputCode))
        try output.bind(7, text: record.field(Column.outputTitle))
        try source.withUnsafeBufferPointer { try output.bind(8, text: $0) }
        try output.execute()
    }

    /// The row's time frame, parsed once per distinct text and year (a text without a year takes the row's).
    private func timeframe(_ record: CSVRecord, year: Int) -> StoredFrame {
        frameKey.removeAll(keepingCapacity: true)
        withUnsafeBytes(of: Int32(year)) { frameKey.append(contentsOf: $0) }
        frameKey.append(contentsOf: record.field(Column.timeframe))
        let found = frameKey.withUnsafeBufferPointer { frames.id(of: $0) }
        if found.isNew {
            let frame = TimeFrameParser.parse(record.string(Column.timeframe), defaultYear: year)
            storedFrames.append(StoredFrame(start: frame?.start.description, end: frame?.end.description,
                                            precision: frame?.precision.rawValue, tentative: frame?.isTentative ?? false,
                                            deadline: frame?.isDeadline ?? false))
        }
        return storedFrames[Int(found.id) - 1]
    }

    /// The lead list of the row: its text split into names once per distinct text.
    private func leadList(_ record: CSVRecord, _ numbers: InterchangeNumbers) throws -> Int64 {
        if numbers.newLeads {
            let leads = InterchangeFormat.names(in: record.string(Column.leads))
                .map { ResolvedLead(name: $0, kind: "name", agency: nil, viaChair: false) }
            leadListIDs.append(try loader.leadList(leads))
        }
        return leadListIDs[numbers.leads - 1]
    }

    /// The funding list of the row: its text split into names once per distinct text.
    private func fundingList(_ record: CSVRecord, _ numbers: InterchangeNumbers) throws -> Int64 {
        if numbers.newFunding {
            let sources = InterchangeFormat.names(in: record.string(Column.funding))
            fundingSources.formUnion(sources)
            fundingListIDs.append(try loader.fundingList(sources))
        }
        return fundingListIDs[numbers.funding - 1]
    }

    /// Unbinds the columns bound to the scanner's buffer (after the last row or a failure).
    func unbind() { loader.unbind() }

    /// Inserts the plans, work streams and funding sources seen, then the activities' groups (whose
    /// sums per work stream read `work_streams`).
    func finish() throws {
        let plansByName = zip(planNames, planYears).sorted { $0.0 < $1.0 }
        for (plan, years) in plansByName {
            try db.execute(sql: "INSERT INTO plans VALUES (?, ?, ?, ?, '', 'interchange')",
                           arguments: [plan, plan, years.lowerBound, years.upperBound])
        }
        for (stream, plan) in workStreamRows.sorted(by: { $0.name < $1.name }) {
            try db.execute(sql: "INSERT INTO work_streams VALUES (?, ?, ?, 'unclassified', '', '', 'interchange')",
                           arguments: [stream, plan, stream])
        }
        for name in fundingSources.sorted() {
            try db.execute(sql: "INSERT INTO funding_sources VALUES (?, ?, 'unclassified', NULL, 'interchange')",
                           arguments: [name, name])
        }
        try loader.finish()
    }
}
