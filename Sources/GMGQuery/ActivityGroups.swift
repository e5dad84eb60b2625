import GRDB

/// Sums the activities, as the loader reads them, into `activity_groups`: one row per output,
/// lead list and funding list, with how many activities, how many state a cost, and the sum of
/// those costs in thousandths of a dollar (NULL when none states one).
///
/// The sums are held in memory (integer keys and counts, 48 bytes a group) and inserted once, in
/// key order, after the last activity (``finish()``): plain appends to the table's B-tree, no
/// lookup or upsert per group. The groups of the output being read are summed in a small hash
/// table and appended, in key order, when an activity of another output comes; the outputs'
/// `seq` numbers follow their first appearance, so when each output's activities follow each
/// other (as they usually do) the groups are already in key order, and otherwise they are sorted
/// and an output met again is merged into its earlier groups, so any input order gives the same
/// sums.
final class ActivityGroups {
    private struct Lists: Hashable {
        var lead: Int64
        var funding: Int64
    }

    /// One group's key and sums.
    private struct Group {
        var output: Int64
        var lists: Lists
        var activities: Int64 = 0
        var costed: Int64 = 0
        var costMilli: Int64 = 0

        /// The table's key order: output, lead list, funding list.
        static func precedes(_ left: Group, _ right: Group) -> Bool {
            (left.output, left.lists.lead, left.lists.funding) < (right.output, right.lists.lead, right.lists.funding)
        }

        func sameKey(as other: Group) -> Bool { output == other.output && lists == other.lists }

        /// Counts one more activity with `cost` (nil: not stated).
        mutating func add(_ cost: Int64?) throws {
            activities += 1
            guard let cost else { return }
            costed += 1
            try addCost(cost)
        }

        /// Adds the counts of `other`, a group of the same key.
        mutating func merge(_ other: Group) throws {
            activities += other.activities
            costed += other.costed
            try addCost(other.costMilli)
        }

        private mutating func addCost(_ cost: Int64) throws {
            let (sum, overflow) = costMilli.addingReportingOverflow(cost)
            guard !overflow else { throw QueryError("database", "the costs of one output add up to more than can be counted exactly") }
            costMilli = sum
        }
    }

    private let insert: PreparedInsert
    private var output: Int64 = 0
    private var current: [Lists: Group] = [:]
    /// The groups of the outputs read before the current one.
    private var groups: [Group] = []
    /// Whether ``groups`` is in key order (no output came back after another).
    private var inOrder = true

    /// Prepares the insert on `db`, inside the loader's transaction.
    init(_ db: Database) throws {
        insert = try PreparedInsert(db, "INSERT INTO activity_groups VALUES (?, ?, ?, ?, ?, ?)")
    }

    /// Counts one activity of the output whose `seq` is `output`, with these lists and cost.
    func add(output: Int64, leadList: Int64, fundingList: Int64, costMilli: Int64?) throws {
        if output != self.output {
            closeOutput()
            self.output = output
        }
        let lists = Lists(lead: leadList, funding: fundingList)
        try current[lists, default: Group(output: output, lists: lists)].add(costMilli)
    }

    /// Appends the current output's groups, in key order, to ``groups``.
    private func closeOutput() {
        guard !current.isEmpty else { return }
        if let last = groups.last, last.output >= output { inOrder = false }
        groups.append(contentsOf: current.values.sorted(by: Group.precedes))
        current.removeAll(keepingCapacity: true)
    }

    /// Inserts every group in key order (after the last activity).
    func finish() throws {
        closeOutput()
        if !inOrder { try mergeInKeyOrder() }
        for group in groups {
            try insert.bind(1, group.output)
            try insert.bind(2, group.lists.lead)
            try insert.bind(3, group.lists.funding)
            try insert.bind(4, group.activities)
            try insert.bind(5, group.costed)
            try insert.bind(6, group.costed > 0 ? group.costMilli : nil)
            try insert.execute()
        }
        groups = []
    }

    /// Sorts ``groups`` by key and merges the groups of an output met more than once.
    private func mergeInKeyOrder() throws {
        groups.sort(by: Group.precedes)
        var merged: [Group] = []
        merged.reserveCapacity(groups.count)
        for group in groups {
            if let last = merged.last, last.sameKey(as: group) {
                try merged[merged.count - 1].merge(group)
            } else {
                merged.append(group)
            }
        }
        groups = merged
    }
}
