/// The sums of one (year, work stream) bucket's groups for ``GroupSums``, each table's rows in key
/// order; the buffers are kept from one bucket to the next.
struct BucketSums {
    typealias Counts = ActivityGroups.Counts

    /// Per funding list.
    private(set) var streams: [(funding: Int64, counts: Counts)] = []
    /// Per lead (-1: none named) and funding list.
    private(set) var leads: [(lead: Int32, funding: Int64, counts: Counts)] = []
    /// Per lead (-1: none named): the outputs with an activity of the lead, and the counts.
    private(set) var leadStreams: [(lead: Int32, outputs: Int64, counts: Counts)] = []
    /// The last output counted for each lead, and how many were, by rank + 1 (0: none named).
    private var lastOutput: [Int64]
    private var outputs: [Int64]

    /// Ready for leads ranked `0..<leadCount`.
    init(leadCount: Int) {
        lastOutput = [Int64](repeating: Int64.min, count: leadCount + 1)
        outputs = [Int64](repeating: 0, count: leadCount + 1)
    }

    /// Sums `groups`, one bucket's, in key order (by output), each key once.
    mutating func sum(_ groups: [ActivityGroups.Group], leads lists: LeadLists) throws {
        // The groups of the same lists (from different outputs) merged first, so each list is
        // expanded into its leads once per funding list.
        let byLists = try Self.merged(groups.map { (key: KeyPair($0.leadList, $0.fundingList), counts: $0.counts) })
        streams = try Self.merged(byLists.map { (key: $0.key.second, counts: $0.counts) }).map { ($0.key, $0.counts) }
        var expanded: [(key: KeyPair<Int32, Int64>, counts: Counts)] = []
        expanded.reserveCapacity(byLists.count * 2)
        for sum in byLists {
            let ranks = lists.ranks(of: sum.key.first)
            if ranks.isEmpty { expanded.append((KeyPair(-1, sum.key.second), sum.counts)) }
            for rank in ranks { expanded.append((KeyPair(rank, sum.key.second), sum.counts)) }
        }
        leads = try Self.merged(expanded).map { ($0.key.first, $0.key.second, $0.counts) }
        for group in groups {
            let ranks = lists.ranks(of: group.leadList)
            if ranks.isEmpty { count(group.output, for: -1) }
            for rank in ranks { count(group.output, for: rank) }
        }
        leadStreams = try Self.merged(leads.map { (key: $0.lead, counts: $0.counts) }).map { sum in
            defer { outputs[Int(sum.key) + 1] = 0 }
            return (sum.key, outputs[Int(sum.key) + 1], sum.counts)
        }
    }

    /// Counts `output` once for the lead ranked `rank`.
    private mutating func count(_ output: Int64, for rank: Int32) {
        let slot = Int(rank) + 1
        guard lastOutput[slot] != output else { return }
        lastOutput[slot] = output
        outputs[slot] += 1
    }

    /// `sums` sorted by key, those of the same key merged.
    private static func merged<Key: Comparable>(_ sums: [(key: Key, counts: Counts)]) throws -> [(key: Key, counts: Counts)] {
        var merged: [(key: Key, counts: Counts)] = []
        for sum in sums.sorted(by: { $0.key < $1.key }) {
            if let last = merged.last, last.key == sum.key {
                try merged[merged.count - 1].counts.merge(sum.counts)
            } else {
                merged.append(sum)
            }
        }
        return merged
    }
}

/// Two keys compared in turn.
private struct KeyPair<First: Comparable, Second: Comparable>: Comparable {
    var first: First
    var second: Second

    init(_ first: First, _ second: Second) {
        self.first = first
        self.second = second
    }

    static func < (left: KeyPair, right: KeyPair) -> Bool {
        left.first < right.first || (left.first == right.first && left.second < right.second)
    }
}
