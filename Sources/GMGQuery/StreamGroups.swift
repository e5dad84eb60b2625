import GMGData
import GRDB

/// Sums the activities' groups (``ActivityGroups``) once more, per output year, work stream, lead
/// list and funding list, into `stream_groups`: what `Queries/cube.sql` groups on before it joins
/// list members and names, and what `totals`, `by-funding-source` and `funding-by-year` sum, by year
/// where they need one (at a million activities about 590,000 rows where `activity_groups` has
/// about 998,000, and no join to `outputs`).
///
/// Each group takes its output's year and work stream (read back from `outputs`, which the importer
/// has filled by then). The groups are put in key order without a sort of them all: counted into one
/// bucket per (year, work stream) present, in key order (work stream ids in the order SQLite sorts
/// them), then each bucket's few thousand groups sorted by their lists; groups of the same key are
/// merged and each sum inserted once, in key order (a rowid table: plain appends, no key lookup per
/// row; the order makes the table's contents the same whatever the input order).
struct StreamGroups {
    /// The (year, work stream) pairs of the outputs, in the table's key order, and each output's pair.
    private struct Buckets: Sendable {
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

    /// One row of the table: the year and work stream id (UTF-8), the lists, the counts.
    struct Sum: Sendable {
        var year: Int64
        var stream: [UInt8]
        var lead: Int64
        var funding: Int64
        var counts: ActivityGroups.Counts
    }

    private let db: Database

    /// Reads from and inserts into `db`, inside the loader's transaction.
    init(_ db: Database) {
        self.db = db
    }

    /// Starts summing `groups` (every group of the load, each key once) per year, work stream and
    /// lists on another thread (each output's year and work stream are read first, on this one),
    /// while the caller inserts the groups themselves; ``insert(_:)`` then inserts the sums.
    func startSumming(_ groups: [ActivityGroups.Group]) throws -> BackgroundJob<[Sum]> {
        let buckets = try readBuckets()
        return BackgroundJob(name: "gmg-stream-groups") { try Self.sums(of: groups, in: buckets) }
    }

    /// Inserts the sums of a ``startSumming(_:)`` (in key order).
    func insert(_ summing: BackgroundJob<[Sum]>) throws {
        let sums = try summing.join()
        var insert = try BatchedInsert<Sum>(db, table: "stream_groups", columns: 7) { sum, statement, first in
            try statement.bind(first, sum.year)
            try sum.stream.withUnsafeBufferPointer { try statement.bind(first + 1, text: $0) }
            try statement.bind(first + 2, sum.lead)
            try statement.bind(first + 3, sum.funding)
            try sum.counts.bind(to: statement, from: first + 4)
        }
        for sum in sums { try insert.append(sum) }
        try insert.finish()
    }

    /// The sums of `groups` per bucket and lists, in key order.
    private static func sums(of groups: [ActivityGroups.Group], in buckets: Buckets) throws -> [Sum] {
        let bucketOfGroup = try groups.map { Int32(try buckets.bucket(of: $0.output)) }
        // Counting sort: the groups' indexes, bucket after bucket.
        var starts = [Int](repeating: 0, count: buckets.keys.count + 1)
        for bucket in bucketOfGroup { starts[Int(bucket) + 1] += 1 }
        for bucket in buckets.keys.indices { starts[bucket + 1] += starts[bucket] }
        var next = starts
        var order = [Int32](repeating: 0, count: groups.count)
        for (index, bucket) in bucketOfGroup.enumerated() {
            order[next[Int(bucket)]] = Int32(index)
            next[Int(bucket)] += 1
        }
        var sums: [Sum] = []
        for (bucket, key) in buckets.keys.enumerated() {
            let members = order[starts[bucket]..<starts[bucket + 1]].sorted {
                (groups[Int($0)].leadList, groups[Int($0)].fundingList) < (groups[Int($1)].leadList, groups[Int($1)].fundingList)
            }
            var position = members.startIndex
            while position < members.endIndex {
                let first = groups[Int(members[position])]
                var counts = first.counts
                position += 1
                while position < members.endIndex, groups[Int(members[position])].leadList == first.leadList,
                      groups[Int(members[position])].fundingList == first.fundingList {
                    try counts.merge(groups[Int(members[position])].counts)
                    position += 1
                }
                sums.append(Sum(year: key.year, stream: key.stream, lead: first.leadList, funding: first.fundingList, counts: counts))
            }
        }
        return sums
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
