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
    /// The file's name, as each row's `source` cites it (`name.csv: line N`).
    let fileName: String
    var loader: ActivityLoader?
    var output: Statement?
    var plans: [String: ClosedRange<Int>] = [:]
    var workStreams: [String: String] = [:]
    var outputs: Set<String> = []
    var fundingSources: Set<String> = []
    /// Parsed time frames by text and plan year (a text without a year takes the row's).
    var timeframes: [String: [Int: TimeFrame?]] = [:]
    var seq = 0

    init(db: Database, file: String) {
        self.db = db
        self.file = file
        fileName = URL(fileURLWithPath: file).lastPathComponent
    }

    mutating func prepare() throws {
        loader = try ActivityLoader(db)
        output = try db.makeStatement(sql: "INSERT INTO outputs VALUES (?, ?, ?, ?, ?, ?, ?, '', NULL, '', ?)")
    }

    /// Adds one checked row.
    mutating func add(line: Int, _ fields: [String], year: Int, cost: Double?) throws {
        let plan = fields[1], stream = fields[3]
        plans[plan] = plans[plan].map { min($0.lowerBound, year)...max($0.upperBound, year) } ?? year...year
        if workStreams[stream] == nil { workStreams[stream] = plan }
        let outputID = "\(year)|\(stream)|\(fields[4])"
        let source = "\(fileName): line \(line)"
        if outputs.insert(outputID).inserted {
            try output!.execute(arguments: [outputID, outputs.count, plan, year, stream, fields[4], fields[5], source])
        }
        let frame = timeframe(fields[8], year: year)
        seq += 1
        let loader = loader!
        let leads = InterchangeFormat.names(in: fields[9]).map { ResolvedLead(name: $0, kind: "name", agency: nil, viaChair: false) }
        let sources = InterchangeFormat.names(in: fields[10])
        sources.forEach { fundingSources.insert($0) }
        try loader.bind(.seq, Int64(seq))
        try loader.bind(.id, fields[0])
        try loader.bind(.output, outputID)
        try loader.bind(.printedNumber, fields[6])
        try loader.bind(.description, fields[7])
        try loader.bind(.timeframeText, fields[8])
        try loader.bind(.startDate, frame?.start.description)
        try loader.bind(.endDate, frame?.end.description)
        try loader.bind(.precision, frame?.precision.rawValue)
        try loader.bind(.tentative, frame?.isTentative ?? false)
        try loader.bind(.deadline, frame?.isDeadline ?? false)
        try loader.bind(.leadsText, fields[9])
        try loader.bind(.leadList, try loader.leadList(leads))
        try loader.bind(.fundingText, fields[10])
        try loader.bind(.fundingList, try loader.fundingList(sources))
        try loader.bind(.costText, fields[11])
        try loader.bind(.costMilli, ActivityLoader.milli(cost))
        try loader.bind(.costEstimate, false)
        try loader.bind(.inheritFrom, nil as String?)
        try loader.bind(.inheritedFields, "")
        try loader.bind(.status, fields[12])
        try loader.bind(.note, "")
        try loader.bind(.source, source)
        try loader.bind(.statusAsOf, nil as String?)
        try loader.bind(.statusNote, "")
        try loader.bind(.statusSource, "")
        try loader.insertActivity()
    }

    private mutating func timeframe(_ text: String, year: Int) -> TimeFrame? {
        if let cached = timeframes[text]?[year] { return cached }
        let parsed = TimeFrameParser.parse(text, defaultYear: year)
        timeframes[text, default: [:]][year] = parsed
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
