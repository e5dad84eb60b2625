import Foundation
import GRDB

/// Streams activity rows into a ``WorkloadDatabase`` inside one transaction: each row becomes one
/// `activities` row; work streams, outputs, names and lists are added the first time they appear.
///
/// Names are split on `;`, trimmed, and empty ones dropped (WORKLOAD.md). What runs per row is
/// kept small: values are looked up by their bytes (``ByteInterner``), rows of one output (which
/// usually follow each other) reuse the previous row's output, and the activity and output inserts
/// bind straight to SQLite (``PreparedInsert``). Lists and names are new only a few thousand times.
final class ActivityLoader {
    private let db: Database
    private let activity: PreparedInsert
    private let output: PreparedInsert
    private var workStreams = ByteInterner()
    private var outputs = ByteInterner()
    private var leadLists = ByteInterner()
    private var fundingLists = ByteInterner()
    private var names: [String: Int64] = [:]
    private var last = LastOutput()
    private var outputKey: [UInt8] = []
    private(set) var activities: Int64 = 0

    /// The output of the previous row, by the bytes that identify it.
    private struct LastOutput {
        var id: Int64 = 0
        var year = 0
        var workStream: [UInt8] = []
        var code: [UInt8] = []

        func matches(_ record: ScannedRecord, year: Int) -> Bool {
            id > 0 && year == self.year && record.field(ActivityColumns.workStream).elementsEqual(workStream)
                && record.field(ActivityColumns.outputCode).elementsEqual(code)
        }
    }

    /// Prepares the statements on `db`, which must be inside a write transaction.
    init(_ db: Database) throws {
        self.db = db
        activity = try PreparedInsert(db, "INSERT INTO activities VALUES (?, ?, ?, ?, ?)")
        output = try PreparedInsert(db, "INSERT INTO outputs VALUES (?, ?, ?, ?)")
    }

    /// Adds one data row whose `year` and `cost` were read by ``ActivityColumns/values(of:)``.
    func add(_ record: ScannedRecord, year: Int, cost: Double?) throws {
        var milli: Int64?
        if let cost {
            guard let value = Int64(exactly: (cost * 1000).rounded()) else {
                throw WorkloadError.row(line: record.line, column: ActivityColumns.names[ActivityColumns.cost], message: "amount too large")
            }
            milli = value
        }
        if !last.matches(record, year: year) { try newOutput(record, year: year) }
        let leads = try list(record, ActivityColumns.leads, in: &leadLists, funding: false)
        let funding = try list(record, ActivityColumns.funding, in: &fundingLists, funding: true)
        activities += 1
        try activity.bind(1, activities)
        try activity.bind(2, last.id)
        try activity.bind(3, milli)
        try activity.bind(4, leads)
        try activity.bind(5, funding)
        try activity.execute()
    }

    /// Looks up (adding when new) the output of a row whose output differs from the previous row's.
    private func newOutput(_ record: ScannedRecord, year: Int) throws {
        let streamField = record.field(ActivityColumns.workStream)
        let stream = workStreams.id(of: streamField)
        if stream.isNew {
            try insert("INSERT INTO work_streams VALUES (?, ?)", [stream.id, record.string(ActivityColumns.workStream)])
        }
        let code = record.field(ActivityColumns.outputCode)
        outputKey.removeAll(keepingCapacity: true)
        withUnsafeBytes(of: (Int32(year), Int32(stream.id))) { outputKey.append(contentsOf: $0) }
        outputKey.append(contentsOf: code)
        let found = outputKey.withUnsafeBufferPointer { outputs.id(of: $0) }
        if found.isNew {
            try output.bind(1, found.id)
            try output.bind(2, Int64(year))
            try output.bind(3, stream.id)
            try output.bind(4, text: code)
            try output.execute()
        }
        last = LastOutput(id: found.id, year: year, workStream: Array(streamField), code: Array(code))
    }

    /// The id of the lead or funding list in field `column`, added with its names when new.
    private func list(_ record: ScannedRecord, _ column: Int, in lists: inout ByteInterner, funding: Bool) throws -> Int64 {
        let found = lists.id(of: record.field(column))
        guard found.isNew else { return found.id }
        let text = record.string(column)
        try insert(funding ? "INSERT INTO funding_lists VALUES (?, ?)" : "INSERT INTO lead_lists VALUES (?, ?)", [found.id, text])
        let members = text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        for (position, member) in members.enumerated() {
            let arguments: StatementArguments = [found.id, position + 1, try name(member)]
            if funding {
                try insert("INSERT INTO funding_list_names VALUES (?, ?, ?, ?)", arguments + [1.0 / Double(members.count)])
            } else {
                try insert("INSERT INTO lead_list_names VALUES (?, ?, ?)", arguments)
            }
        }
        return found.id
    }

    private func name(_ text: String) throws -> Int64 {
        if let known = names[text] { return known }
        let id = Int64(names.count + 1)
        try insert("INSERT INTO names VALUES (?, ?)", [id, text])
        names[text] = id
        return id
    }

    /// Runs one of the few inserts of dimension rows through GRDB's statement cache.
    private func insert(_ sql: String, _ arguments: StatementArguments) throws {
        try db.cachedStatement(sql: sql).execute(arguments: arguments)
    }
}
