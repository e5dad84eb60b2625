import GMGData
import GMGQuery
import GRDB

/// Streams activity rows into a ``WorkloadDatabase`` inside one transaction: each row becomes one
/// `activities` row; work streams, outputs, names and lists are added the first time they appear.
///
/// Names are read by ``InterchangeFormat/names(in:)`` (split on `;`, trimmed, empty and repeated
/// ones dropped, as WORKLOAD.md; the generated data has neither). What runs per row is
/// kept small: values are looked up by their bytes (``ByteInterner``), rows of one output (which
/// usually follow each other) reuse the previous row's output, and inserts bind straight to SQLite
/// (``PreparedInsert``).
final class ActivityLoader {
    private typealias Column = InterchangeFormat.Column
    private let activity: PreparedInsert
    private let output: PreparedInsert
    private let workStream: PreparedInsert
    private let name: PreparedInsert
    private let leadList: PreparedInsert
    private let leadListName: PreparedInsert
    private let fundingList: PreparedInsert
    private let fundingListName: PreparedInsert
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

        func matches(_ record: CSVRecord, year: Int) -> Bool {
            id > 0 && year == self.year && record.field(Column.workStream).elementsEqual(workStream)
                && record.field(Column.outputCode).elementsEqual(code)
        }
    }

    /// Prepares the statements on `db`, which must be inside a write transaction.
    init(_ db: Database) throws {
        activity = try PreparedInsert(db, "INSERT INTO activities VALUES (?, ?, ?, ?, ?)")
        output = try PreparedInsert(db, "INSERT INTO outputs VALUES (?, ?, ?, ?)")
        workStream = try PreparedInsert(db, "INSERT INTO work_streams VALUES (?, ?)")
        name = try PreparedInsert(db, "INSERT INTO names VALUES (?, ?)")
        leadList = try PreparedInsert(db, "INSERT INTO lead_lists VALUES (?, ?)")
        leadListName = try PreparedInsert(db, "INSERT INTO lead_list_names VALUES (?, ?, ?)")
        fundingList = try PreparedInsert(db, "INSERT INTO funding_lists VALUES (?, ?)")
        fundingListName = try PreparedInsert(db, "INSERT INTO funding_list_names VALUES (?, ?, ?, ?)")
    }

    /// Adds one checked data row (its cost within ``InterchangeFormat/maximumCost``, so its
    /// thousandths fit an integer).
    func add(_ row: InterchangeRow) throws {
        let record = row.record, year = row.year
        let milli = row.cost.map { Int64(($0 * 1000).rounded()) }
        if !last.matches(record, year: year) { try newOutput(record, year: year) }
        let leads = try list(record, Column.leads, in: &leadLists, funding: false)
        let funding = try list(record, Column.funding, in: &fundingLists, funding: true)
        activities += 1
        try activity.bind(1, activities)
        try activity.bind(2, last.id)
        try activity.bind(3, milli)
        try activity.bind(4, leads)
        try activity.bind(5, funding)
        try activity.execute()
    }

    /// Looks up (adding when new) the output of a row whose output differs from the previous row's.
    private func newOutput(_ record: CSVRecord, year: Int) throws {
        let streamField = record.field(Column.workStream)
        let stream = workStreams.id(of: streamField)
        if stream.isNew {
            try workStream.bind(1, stream.id)
            try workStream.bind(2, text: streamField)
            try workStream.execute()
        }
        let code = record.field(Column.outputCode)
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
    private func list(_ record: CSVRecord, _ column: Int, in lists: inout ByteInterner, funding: Bool) throws -> Int64 {
        let found = lists.id(of: record.field(column))
        guard found.isNew else { return found.id }
        let (list, listName) = funding ? (fundingList, fundingListName) : (leadList, leadListName)
        try list.bind(1, found.id)
        try list.bind(2, text: record.field(column))
        try list.execute()
        let members = InterchangeFormat.names(in: record.string(column))
        for (position, member) in members.enumerated() {
            try listName.bind(1, found.id)
            try listName.bind(2, Int64(position + 1))
            try listName.bind(3, try nameID(member))
            if funding { try listName.bind(4, 1.0 / Double(members.count)) }
            try listName.execute()
        }
        return found.id
    }

    private func nameID(_ text: String) throws -> Int64 {
        if let known = names[text] { return known }
        let id = Int64(names.count + 1)
        try name.bind(1, id)
        try name.bind(2, text: text)
        try name.execute()
        names[text] = id
        return id
    }
}
