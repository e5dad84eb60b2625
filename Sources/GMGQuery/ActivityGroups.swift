import GRDB

/// Sums the activities, as the loader reads them, into `activity_groups`: one row per output,
/// lead list and funding list, with how many activities, how many state a cost, and the sum of
/// those costs in thousandths of a dollar (NULL when none states one).
///
/// The sums are held in memory (integer keys and counts, 48 bytes a group) and inserted in key
/// order: plain appends to the table's B-tree, no lookup or upsert per group. The groups of the
/// output being read are summed in a small hash table and appended, in key order, when an activity
/// of another output comes; the outputs' `seq` numbers follow their first appearance, so while each
/// output's activities follow each other (as they usually do) the groups of the outputs left
/// behind are final and in key order, and are inserted then, while the reading thread scans on.
/// Once an output comes back, the table is emptied and, after the last activity (``finish()``),
/// the groups are sorted, an output met again is merged into its earlier groups, and all are
/// inserted, so any input order gives the same sums. The groups are then summed once more per output
/// year and work stream (``GroupSums``), on two other threads while the last of them are inserted.
final class ActivityGroups {
    fileprivate struct Lists: Hashable {
        var lead: Int64
        var funding: Int64
    }

    /// How many activities, how many state a cost, and the sum of those costs in thousandths of a
    /// dollar (0 while none states one; stored as NULL then).
    struct Counts {
        var activities: Int64 = 0
        var costed: Int64 = 0
        var costMilli: Int64 = 0

        /// Counts one more activity with `cost` (nil: not stated).
        mutating func add(_ cost: Int64?) throws {
            activities += 1
            guard let cost else { return }
            costed += 1
            try addCost(cost)
        }

        /// Adds the counts of `other`, a group of the same key.
        mutating func merge(_ other: Counts) throws {
            activities += other.activities
            costed += other.costed
            try addCost(other.costMilli)
        }

        /// Binds the three counts to the parameters from `index` on (the cost NULL when none is stated).
        func bind(to insert: PreparedInsert, from index: Int32) throws {
            try insert.bind(index, activities)
            try insert.bind(index + 1, costed)
            try insert.bind(index + 2, costed > 0 ? costMilli : nil)
        }

        private mutating func addCost(_ cost: Int64) throws {
            let (sum, overflow) = costMilli.addingReportingOverflow(cost)
            guard !overflow else { throw QueryError("database", "the costs of one output add up to more than can be counted exactly") }
            costMilli = sum
        }
    }

    /// One group's key and sums.
    struct Group {
        var output: Int64
        fileprivate var lists: Lists
        var counts = Counts()

        var leadList: Int64 { lists.lead }
        var fundingList: Int64 { lists.funding }

        /// The table's key order: output, lead list, funding list.
        static func precedes(_ left: Group, _ right: Group) -> Bool {
            (left.output, left.lists.lead, left.lists.funding) < (right.output, right.lists.lead, right.lists.funding)
        }

        func sameKey(as other: Group) -> Bool { output == other.output && lists == other.lists }
    }

    private let db: Database
    private var insert: BatchedInsert<Group>
    private let sums: GroupSums
    private var output: Int64 = 0
    private var current: [Lists: Group] = [:]
    /// The groups of the outputs read before the current one.
    private var groups: [Group] = []
    /// Whether ``groups`` is in key order (no output came back after another).
    private var inOrder = true
    /// How many of ``groups`` are inserted (while ``inOrder``).
    private var inserted = 0

    /// Prepares the insert on `db`, inside the loader's transaction.
    init(_ db: Database) throws {
        self.db = db
        insert = try BatchedInsert(db, table: "activity_groups", columns: 6) { group, statement, first in
            try statement.bind(first, group.output)
            try statement.bind(first + 1, group.lists.lead)
            try statement.bind(first + 2, group.lists.funding)
            try group.counts.bind(to: statement, from: first + 3)
        }
        sums = GroupSums(db)
    }

    /// Counts one activity of the output whose `seq` is `output`, with these lists and cost.
    func add(output: Int64, leadList: Int64, fundingList: Int64, costMilli: Int64?) throws {
        if output != self.output {
            closeOutput()
            if inOrder { try insertClosedGroups() }
            self.output = output
        }
        let lists = Lists(lead: leadList, funding: fundingList)
        try current[lists, default: Group(output: output, lists: lists)].counts.add(costMilli)
    }

    /// Appends the current output's groups, in key order, to ``groups``.
    private func closeOutput() {
        guard !current.isEmpty else { return }
        if let last = groups.last, last.output >= output { inOrder = false }
        groups.append(contentsOf: current.values.sorted(by: Group.precedes))
        current.removeAll(keepingCapacity: true)
    }

    /// Inserts the groups of the outputs read so far that are not inserted yet (in key order).
    private func insertClosedGroups() throws {
        for group in groups[inserted...] { try insert.append(group) }
        inserted = groups.count
    }

    /// Inserts every group not inserted yet, in key order (after the last activity), then their sums
    /// per year and work stream (``GroupSums``).
    func finish() throws {
        closeOutput()
        if !inOrder {
            try mergeInKeyOrder()
            try insert.finish()
            try db.execute(sql: "DELETE FROM activity_groups")
            inserted = 0
        }
        // The sums per year and work stream are computed on two other threads while these inserts run.
        let summing = try sums.startSumming(groups)
        do {
            try insertClosedGroups()
            try insert.finish()
        } catch {
            for job in summing { _ = try? job.join() }
            throw error
        }
        try sums.insert(summing)
        groups = []
    }

    /// Sorts ``groups`` by key and merges the groups of an output met more than once.
    private func mergeInKeyOrder() throws {
        groups.sort(by: Group.precedes)
        var merged: [Group] = []
        merged.reserveCapacity(groups.count)
        for group in groups {
            if let last = merged.last, last.sameKey(as: group) {
                try merged[merged.count - 1].counts.merge(group.counts)
            } else {
                merged.append(group)
            }
        }
        groups = merged
    }
}
