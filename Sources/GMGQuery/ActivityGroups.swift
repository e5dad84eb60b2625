import GRDB

/// Sums the activities, as the loader inserts them, into `activity_groups`: one row per output,
/// lead list and funding list, with how many activities, how many state a cost, and the sum of
/// those costs in thousandths of a dollar (NULL when none states one).
///
/// The groups of the output being loaded are held in memory and written when the next activity
/// belongs to another output (the activities of an output usually follow each other), so memory
/// stays bounded by one output's activities; an output met again later adds to the rows already
/// written (an upsert), so the sums hold in any input order.
final class ActivityGroups {
    private struct Lists: Hashable {
        var lead: Int64
        var funding: Int64
    }

    private struct Totals {
        var activities: Int64 = 0
        var costed: Int64 = 0
        var costMilli: Int64 = 0

        /// Counts one more activity with `cost` (nil: not stated).
        mutating func add(_ cost: Int64?) throws {
            activities += 1
            guard let cost else { return }
            costed += 1
            let (sum, overflow) = costMilli.addingReportingOverflow(cost)
            guard !overflow else { throw QueryError("database", "the costs of one output add up to more than can be counted exactly") }
            costMilli = sum
        }
    }

    private let upsert: PreparedInsert
    private var output: Int64 = 0
    private var current: [Lists: Totals] = [:]
    private var order: [Lists] = []

    /// Prepares the insert on `db`, inside the loader's transaction.
    init(_ db: Database) throws {
        upsert = try PreparedInsert(db, """
            INSERT INTO activity_groups VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (output_seq, lead_list, funding_list) DO UPDATE SET
                activities = activities + excluded.activities,
                costed_activities = costed_activities + excluded.costed_activities,
                cost_milli = coalesce(cost_milli + excluded.cost_milli, cost_milli, excluded.cost_milli)
            """)
    }

    /// Counts one activity of the output whose `seq` is `output`, with these lists and cost.
    func add(output: Int64, leadList: Int64, fundingList: Int64, costMilli: Int64?) throws {
        if output != self.output {
            try flush()
            self.output = output
        }
        let lists = Lists(lead: leadList, funding: fundingList)
        if current[lists] == nil { order.append(lists) }
        try current[lists, default: Totals()].add(costMilli)
    }

    /// Writes the groups of the current output, in the order first met (the same input gives the same database).
    func flush() throws {
        for lists in order {
            guard let totals = current[lists] else { continue }
            try upsert.bind(1, output)
            try upsert.bind(2, lists.lead)
            try upsert.bind(3, lists.funding)
            try upsert.bind(4, totals.activities)
            try upsert.bind(5, totals.costed)
            try upsert.bind(6, totals.costed > 0 ? totals.costMilli : nil)
            try upsert.execute()
        }
        current.removeAll(keepingCapacity: true)
        order.removeAll(keepingCapacity: true)
    }
}
