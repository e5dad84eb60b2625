import Foundation
import GMGData
import GRDB

/// A bad row in an activities interchange CSV.
public struct InterchangeError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public var description: String { "\(file):\(line):\(column): error: \(message)" }
}

/// Streams an activities interchange CSV (one row per activity, `;`-separated leads and funding
/// sources) into the schema: plans, work streams and outputs are created as they first appear;
/// an output is identified by (year, work stream, output code).
struct InterchangeImporter {
    static let header = ["activity_id", "plan", "year", "work_stream", "output_code", "output_title", "activity_code",
                         "activity", "timeframe", "lead_agencies", "funding_sources", "estimated_cost_usd", "status"]

    let url: URL

    func importAll(_ db: Database) throws {
        let file = url.path
        guard let data = FileManager.default.contents(atPath: file) else {
            throw InterchangeError(file: file, line: 1, column: 1, message: "cannot read the file")
        }
        var state = ImportState(db: db, file: file)
        try state.prepare()
        do {
            try CSVReader.forEachRecord(in: data) { line, fields in
                if line == 1 {
                    guard fields == Self.header else {
                        throw InterchangeError(file: file, line: 1, column: 1,
                                               message: "bad header: expected \(Self.header.joined(separator: ","))")
                    }
                    return
                }
                if fields.count == 1, fields[0].isEmpty { return }
                try state.add(line: line, fields)
            }
        } catch let error as CSVSyntaxError {
            throw InterchangeError(file: file, line: error.line, column: error.column, message: error.message)
        }
        try state.finish()
    }
}

/// The statements and the small lookup tables of one interchange import.
private struct ImportState {
    let db: Database
    let file: String
    var activity: Statement?
    var lead: Statement?
    var funding: Statement?
    var output: Statement?
    var plans: [String: ClosedRange<Int>] = [:]
    var workStreams: [String: String] = [:]
    var outputs: Set<String> = []
    var fundingSources: Set<String> = []
    var timeframes: [String: TimeFrame?] = [:]
    var seq = 0

    init(db: Database, file: String) {
        self.db = db
        self.file = file
    }

    mutating func prepare() throws {
        activity = try db.makeStatement(sql: """
            INSERT INTO activities (id, seq, output, printed_number, description, timeframe_text, start_date, end_date,
                precision, tentative, deadline, leads_text, funding_text, cost_text, cost_usd, status, source)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        lead = try db.makeStatement(sql: "INSERT INTO activity_leads VALUES (?, ?, ?, 'name', NULL, 0)")
        funding = try db.makeStatement(sql: "INSERT INTO activity_funding VALUES (?, ?, ?, ?)")
        output = try db.makeStatement(sql: "INSERT INTO outputs VALUES (?, ?, ?, ?, ?, ?, ?, '', NULL, '', ?)")
    }

    private func fail(_ line: Int, _ column: Int, _ message: String) -> InterchangeError {
        InterchangeError(file: file, line: line, column: column, message: message)
    }

    mutating func add(line: Int, _ fields: [String]) throws {
        guard fields.count == InterchangeImporter.header.count else {
            throw fail(line, min(fields.count, 13) + 1, "wrong column count: \(fields.count) fields, header has 13")
        }
        guard let year = Int(fields[2]), (1900...2100).contains(year) else { throw fail(line, 3, "year \"\(fields[2])\" is not a year") }
        var cost: Double?
        if !fields[11].isEmpty {
            guard let value = Double(fields[11]), value >= 0, value.isFinite else {
                throw fail(line, 12, "estimated_cost_usd \"\(fields[11])\" is not a non-negative number")
            }
            cost = value
        }
        let plan = fields[1], stream = fields[3]
        plans[plan] = plans[plan].map { min($0.lowerBound, year)...max($0.upperBound, year) } ?? year...year
        if workStreams[stream] == nil { workStreams[stream] = plan }
        let outputID = "\(year)|\(stream)|\(fields[4])"
        let source = "\(URL(fileURLWithPath: file).lastPathComponent): line \(line)"
        if outputs.insert(outputID).inserted {
            try output!.execute(arguments: [outputID, outputs.count, plan, year, stream, fields[4], fields[5], source])
        }
        let frame = timeframe(fields[8], year: year)
        seq += 1
        do {
            try activity!.execute(arguments: [
                fields[0], seq, outputID, fields[6], fields[7], fields[8], frame?.start.description, frame?.end.description,
                frame?.precision.rawValue, frame?.isTentative ?? false, frame?.isDeadline ?? false, fields[9], fields[10],
                fields[11], cost, fields[12], source,
            ])
            var position = 0
            for name in Self.names(fields[9]) {
                position += 1
                try lead!.execute(arguments: [fields[0], position, name])
            }
            let sources = Self.names(fields[10])
            for (index, name) in sources.enumerated() {
                fundingSources.insert(name)
                try funding!.execute(arguments: [fields[0], index + 1, name, 1.0 / Double(sources.count)])
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            throw fail(line, 1, "activity_id \"\(fields[0])\" is a duplicate, or a lead or funding source is repeated")
        }
    }

    /// The names of a `;`-separated list, trimmed, without empty ones.
    private static func names(_ text: String) -> [String] {
        if text.isEmpty { return [] }
        return text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private mutating func timeframe(_ text: String, year: Int) -> TimeFrame? {
        if let cached = timeframes[text] { return cached }
        let parsed = TimeFrameParser.parse(text, defaultYear: year)
        timeframes[text] = parsed
        return parsed
    }

    func finish() throws {
        for (plan, years) in plans.sorted(by: { $0.key < $1.key }) {
            try db.execute(sql: "INSERT INTO plans VALUES (?, ?, ?, ?, '', 'interchange')",
                           arguments: [plan, plan, years.lowerBound, years.upperBound])
        }
        for (stream, plan) in workStreams.sorted(by: { $0.key < $1.key }) {
            try db.execute(sql: "INSERT INTO work_streams VALUES (?, ?, ?, 'unclassified', '', '', 'interchange')",
                           arguments: [stream, plan, stream])
        }
        for name in fundingSources.sorted() {
            try db.execute(sql: "INSERT INTO funding_sources VALUES (?, ?, 'unclassified', NULL, 'interchange')",
                           arguments: [name, name])
        }
    }
}
