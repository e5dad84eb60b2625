import Foundation
import GMGData
import GRDB

/// Streams an activities interchange CSV (``InterchangeFormat``, read by ``InterchangeReader``)
/// into the schema: plans, work streams and outputs are created as they first appear; an output is
/// identified by (year, work stream, output code).
struct InterchangeImporter {
    let url: URL

    func importAll(_ db: Database) throws {
        var state = ImportState(db: db, file: url.path)
        try state.prepare()
        try InterchangeReader(path: url.path).read { row in
            try state.add(line: row.record.line, row.record.strings, year: row.year, cost: row.cost)
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

    /// Adds one checked row.
    mutating func add(line: Int, _ fields: [String], year: Int, cost: Double?) throws {
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
        try activity!.execute(arguments: [
            fields[0], seq, outputID, fields[6], fields[7], fields[8], frame?.start.description, frame?.end.description,
            frame?.precision.rawValue, frame?.isTentative ?? false, frame?.isDeadline ?? false, fields[9], fields[10],
            fields[11], cost, fields[12], source,
        ])
        for (index, name) in InterchangeFormat.names(in: fields[9]).enumerated() {
            try lead!.execute(arguments: [fields[0], index + 1, name])
        }
        let sources = InterchangeFormat.names(in: fields[10])
        for (index, name) in sources.enumerated() {
            fundingSources.insert(name)
            try funding!.execute(arguments: [fields[0], index + 1, name, 1.0 / Double(sources.count)])
        }
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
