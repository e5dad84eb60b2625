import GMGData
import GRDB

/// Sums the activities' groups (``ActivityGroups``) once more, per output year and work stream,
/// into the three tables the aggregate saved queries read instead of a row per activity:
/// - `stream_groups`: per year, work stream and funding list (at a million activities about 40,000
///   rows where `activity_groups` has about 998,000): `totals`, the funding queries;
/// - `lead_groups`: per year, work stream, lead and funding list, each lead named in a group's lead
///   list once, NULL for a list naming none (about 340,000 rows): `cube`, `funding-by-agency`,
///   `agency-funding`, which would otherwise sort a row per group and lead;
/// - `lead_streams`: per year, work stream and lead, with the outputs that have an activity of the
///   lead (a few thousand rows): `by-agency`, which would otherwise count distinct outputs per lead
///   over a row per group and lead.
///
/// Each group takes its output's year and work stream (read back from `outputs`, which the importer
/// has filled by then). The groups are put in key order without a sort of them all: counted into one
/// bucket per (year, work stream) present, in key order (work stream ids in the order SQLite sorts
/// them), then each bucket's few thousand groups summed in order of their keys; each sum is inserted
/// once, in key order (rowid tables: plain appends, no key lookup per row; the order makes the
/// tables' contents the same whatever the input order).
struct GroupSums {
    /// The (year, work stream) pairs of the outputs, in the tables' key order, and each output's pair.
    fileprivate struct Buckets: Sendable {
        /// The year and work stream id (UTF-8) of each bucket, in key order.
        var keys: [(year: Int64, stream: [UInt8])] = []
        /// The bucket of each output, by `seq` (-1: no output of that `seq`).
        var ofOutput: [Int32] = []

        /// The bucket of the output whose `seq` is `output`.
        func bucket(of output: Int64) throws -> Int {
            guard output >= 0, output < ofOutput.count, ofOutput[Int(output)] >= 0 else {
                throw QueryError("database", "a group of activities refers to an output that is not stored")
            }
            return Int(ofOutput[Int(output)])
        }
    }

    /// The rows of the three tables, each with its bucket, in key order.
    struct Sums: Sendable {
        fileprivate var buckets = Buckets()
        /// `stream_groups`: a bucket, a funding list, the counts.
        var streams: [(bucket: Int32, funding: Int64, counts: ActivityGroups.Counts)] = []
        /// `lead_groups`: a bucket, a lead (its rank in ``LeadLists/names``; -1: none named), a
        /// funding list, the counts.
        var leads: [(bucket: Int32, lead: Int32, funding: Int64, counts: ActivityGroups.Counts)] = []
        /// `lead_streams`: a bucket, a lead (as in ``leads``), its outputs, the counts.
        var leadStreams: [(bucket: Int32, lead: Int32, outputs: Int64, counts: ActivityGroups.Counts)] = []
        fileprivate var leadNames: [[UInt8]] = []
    }

    private let db: Database

    /// Reads from and inserts into `db`, inside the loader's transaction.
    init(_ db: Database) {
        self.db = db
    }

    /// Starts summing `groups` (every group of the load, each key once, in key order) on two other
    /// threads, half of the buckets each (each output's year and work stream and the lead lists'
    /// members are read first, on this one), while the caller inserts the groups themselves;
    /// ``insert(_:)`` then inserts the sums.
    func startSumming(_ groups: [ActivityGroups.Group]) throws -> [BackgroundJob<Sums>] {
        let buckets = try readBuckets()
        let leads = try LeadLists(db)
        let order = try BucketOrder(groups, buckets)
        let middle = order.middle
        return [0..<middle, middle..<buckets.keys.count].map { range in
            BackgroundJob(name: "gmg-group-sums") { try Self.sums(of: groups, in: order, range, buckets: buckets, leads: leads) }
        }
    }

    /// Inserts the sums of a ``startSumming(_:)`` (in key order).
    func insert(_ summing: [BackgroundJob<Sums>]) throws {
        let parts = try summing.map { try $0.join() }
        var sums = parts[0]
        for part in parts.dropFirst() {
            sums.streams += part.streams
            sums.leads += part.leads
            sums.leadStreams += part.leadStreams
        }
        let keys = sums.buckets.keys, names = sums.leadNames
        try insert(sums.streams, into: "stream_groups", columns: 6) { sum, statement, first in
            try Self.bind(keys[Int(sum.bucket)], to: statement, from: first)
            try statement.bind(first + 2, sum.funding)
            try sum.counts.bind(to: statement, from: first + 3)
        }
        try insert(sums.leads, into: "lead_groups", columns: 7) { sum, statement, first in
            try Self.bind(keys[Int(sum.bucket)], to: statement, from: first)
            try Self.bind(lead: sum.lead, of: names, to: statement, at: first + 2)
            try statement.bind(first + 3, sum.funding)
            try sum.counts.bind(to: statement, from: first + 4)
        }
        try insert(sums.leadStreams, into: "lead_streams", columns: 7) { sum, statement, first in
            try Self.bind(keys[Int(sum.bucket)], to: statement, from: first)
            try Self.bind(lead: sum.lead, of: names, to: statement, at: first + 2)
            try statement.bind(first + 3, sum.outputs)
            try sum.counts.bind(to: statement, from: first + 4)
        }
    }

    /// Inserts `rows` into `table`, binding each with `bind`.
    private func insert<Row>(_ rows: [Row], into table: String, columns: Int,
                             bind: @escaping (Row, PreparedInsert, Int32) throws -> Void) throws {
        var insert = try BatchedInsert<Row>(db, table: table, columns: columns, bind: bind)
        for row in rows { try insert.append(row) }
        try insert.finish()
    }

    private static func bind(_ key: (year: Int64, stream: [UInt8]), to statement: PreparedInsert, from first: Int32) throws {
        try statement.bind(first, key.year)
        try key.stream.withUnsafeBufferPointer { try statement.bind(first + 1, text: $0) }
    }

    private static func bind(lead: Int32, of names: [[UInt8]], to statement: PreparedInsert, at index: Int32) throws {
        guard lead >= 0 else { return try statement.bind(index, nil as Int64?) }
        try names[Int(lead)].withUnsafeBufferPointer { try statement.bind(index, text: $0) }
    }

    /// The sums of `groups` in the buckets `range`, in key order.
    private static func sums(of groups: [ActivityGroups.Group], in order: BucketOrder, _ range: Range<Int>,
                             buckets: Buckets, leads: LeadLists) throws -> Sums {
        var sums = Sums(buckets: buckets, leadNames: leads.names)
        var bucketSums = BucketSums(leadCount: leads.names.count)
        for bucket in range {
            let members = order.indexes[order.starts[bucket]..<order.starts[bucket + 1]].map { groups[Int($0)] }
            try bucketSums.sum(members, leads: leads)
            let number = Int32(bucket)
            sums.streams += bucketSums.streams.map { (number, $0.funding, $0.counts) }
            sums.leads += bucketSums.leads.map { (number, $0.lead, $0.funding, $0.counts) }
            sums.leadStreams += bucketSums.leadStreams.map { (number, $0.lead, $0.outputs, $0.counts) }
        }
        return sums
    }

    /// The groups' indexes bucket after bucket (each bucket's in key order): a counting sort.
    private struct BucketOrder: Sendable {
        /// Where each bucket's indexes start in ``indexes`` (and, last, their count).
        var starts: [Int]
        var indexes: [Int32]

        init(_ groups: [ActivityGroups.Group], _ buckets: Buckets) throws {
            let bucketOfGroup = try groups.map { Int32(try buckets.bucket(of: $0.output)) }
            starts = [Int](repeating: 0, count: buckets.keys.count + 1)
            for bucket in bucketOfGroup { starts[Int(bucket) + 1] += 1 }
            for bucket in buckets.keys.indices { starts[bucket + 1] += starts[bucket] }
            var next = starts
            indexes = [Int32](repeating: 0, count: groups.count)
            for (index, bucket) in bucketOfGroup.enumerated() {
                indexes[next[Int(bucket)]] = Int32(index)
                next[Int(bucket)] += 1
            }
        }

        /// The first bucket of the second half of the groups.
        var middle: Int {
            let half = starts[starts.count - 1] / 2
            return starts.firstIndex { $0 >= half } ?? 0
        }
    }

    /// Reads each output's year and work stream and numbers the pairs present in key order.
    private func readBuckets() throws -> Buckets {
        // The work streams in the table's key order (SQLite sorts their ids as it compares them).
        var streamIDs: [[UInt8]] = []
        var rankOfRow: [Int64: Int] = [:]
        let streams = try Row.fetchCursor(db, sql: "SELECT rowid, id FROM work_streams ORDER BY id")
        while let row = try streams.next() {
            rankOfRow[row[0]] = streamIDs.count
            streamIDs.append(Array((row[1] as String).utf8))
        }
        var outputs: [(seq: Int64, pair: Pair)] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT o.seq, o.year, w.rowid FROM outputs o JOIN work_streams w ON w.id = o.work_stream")
        while let row = try rows.next() {
            guard let rank = rankOfRow[row[2]] else { continue }
            outputs.append((row[0], Pair(year: row[1], stream: rank)))
        }
        var buckets = Buckets()
        let pairs = Set(outputs.map(\.pair)).sorted()
        buckets.keys = pairs.map { ($0.year, streamIDs[$0.stream]) }
        let number = Dictionary(uniqueKeysWithValues: pairs.enumerated().map { ($1, Int32($0)) })
        buckets.ofOutput = [Int32](repeating: -1, count: Int(max(0, outputs.map(\.seq).max() ?? 0)) + 1)
        for output in outputs where output.seq >= 0 { buckets.ofOutput[Int(output.seq)] = number[output.pair] ?? -1 }
        return buckets
    }

    /// A year and the rank of a work stream's id among the ids in SQLite's order.
    private struct Pair: Hashable, Comparable {
        var year: Int64
        var stream: Int

        static func < (left: Pair, right: Pair) -> Bool { (left.year, left.stream) < (right.year, right.stream) }
    }
}
