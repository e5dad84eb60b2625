import GRDB

/// The one bulk loader of activities, for `Data/` and the interchange CSV alike: inside the
/// caller's transaction, one prepared statement per table bound straight to SQLite
/// (``PreparedInsert``), and each distinct list of leads or funding sources stored once (see
/// ``Schema``), however many activities share it.
///
/// While loading, it also sums the activities into their (output, lead list, funding list) groups
/// in `activity_groups` (``ActivityGroups``): the aggregate saved queries read those groups instead
/// of every activity.
///
/// One switch, ``storesActivities``: when no statement of the run reads `activities` (see
/// ``GMGDatabase/readsActivities(_:)``), the activity rows are not inserted (an importer may then
/// skip binding their columns); their lists and groups are stored all the same, so the aggregate
/// queries answer alike.
///
/// An importer binds an activity's columns (``Column``), then calls
/// ``insertActivity(output:leadList:fundingList:costMilli:)`` with the list ids it gets from
/// ``leadList(_:)`` and ``fundingList(_:)``; after the last activity, once every output and work
/// stream is stored, ``finish()``.
final class ActivityLoader {
    /// The bound columns of `activities`, by parameter number (`cost_usd` is derived from `cost_milli`).
    enum Column: Int32 {
        case seq = 1, id, output, printedNumber, description, timeframeText, startDate, endDate, precision, tentative,
             deadline, leadsText, leadList, fundingText, fundingList, costText, costMilli, costEstimate, inheritFrom,
             inheritedFields, status, note, source, statusAsOf, statusNote, statusSource
    }

    private let activity: PreparedInsert
    private let leadListRow: PreparedInsert
    private let leadMember: PreparedInsert
    private let fundingListRow: PreparedInsert
    private let fundingMember: PreparedInsert
    private let fundingSources: [String: (name: String, kind: String)]
    private var leadLists: [[ResolvedLead]: Int64] = [:]
    private var fundingLists: [[String]: Int64] = [:]
    private let groups: ActivityGroups
    /// Whether the activity rows are inserted (else only their lists and groups are stored).
    let storesActivities: Bool

    /// Prepares the statements on `db`, which must be inside a write transaction.
    /// - Parameters:
    ///   - fundingSources: the name and kind of each funding source by id, for
    ///     `funding_lists.names` and `kinds`; a source missing from it is named by its id and counts
    ///     as `unclassified` (as interchange sources are).
    ///   - storingActivities: false to leave `activities` empty (no statement of the run reads it).
    init(_ db: Database, fundingSources: [String: (name: String, kind: String)] = [:], storingActivities: Bool = true) throws {
        storesActivities = storingActivities
        activity = try PreparedInsert(db, """
            INSERT INTO activities (seq, id, output, printed_number, description, timeframe_text, start_date, end_date,
                precision, tentative, deadline, leads_text, lead_list, funding_text, funding_list, cost_text, cost_milli,
                cost_estimate, inherit_from, inherited_fields, status, note, source, status_as_of, status_note, status_source)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        leadListRow = try PreparedInsert(db, "INSERT INTO lead_lists VALUES (?, ?)")
        leadMember = try PreparedInsert(db, "INSERT INTO lead_list_members VALUES (?, ?, ?, ?, ?, ?)")
        fundingListRow = try PreparedInsert(db, "INSERT INTO funding_lists VALUES (?, ?, ?)")
        fundingMember = try PreparedInsert(db, "INSERT INTO funding_list_members VALUES (?, ?, ?, ?)")
        self.fundingSources = fundingSources
        groups = try ActivityGroups(db)
    }

    /// Binds an integer, or NULL for nil, to `column`.
    func bind(_ column: Column, _ value: Int64?) throws { try activity.bind(column.rawValue, value) }

    /// Binds a flag (0 or 1) to `column`.
    func bind(_ column: Column, _ flag: Bool) throws { try activity.bind(column.rawValue, flag ? 1 : 0) }

    /// Binds text, or NULL for nil, to `column`.
    func bind(_ column: Column, _ text: String?) throws {
        if let text { try activity.bind(column.rawValue, text: text) } else { try activity.bind(column.rawValue, nil as Int64?) }
    }

    /// Binds UTF-8 text (copied by SQLite) to `column`.
    func bind(_ column: Column, bytes: UnsafeBufferPointer<UInt8>) throws { try activity.bind(column.rawValue, text: bytes) }

    /// Binds UTF-8 text to `column` without copying it: the bytes must stay valid until
    /// ``insertActivity()``, and the column must be bound again before the next insert (see
    /// ``unbind()``).
    func bind(_ column: Column, borrowing bytes: UnsafeBufferPointer<UInt8>) throws {
        try activity.bind(column.rawValue, borrowing: bytes)
    }

    /// Unbinds every activity column (after the last insert, or a failure), so none refers to borrowed bytes.
    func unbind() { activity.clearBindings() }

    /// Inserts the activity whose other columns are bound, with these lists and cost (unless
    /// ``storesActivities`` is false), and counts it in its group.
    /// - Parameter output: the `seq` of the activity's output in `outputs`.
    func insertActivity(output: Int64, leadList: Int64, fundingList: Int64, costMilli: Int64?) throws {
        if storesActivities {
            try activity.bind(Column.leadList.rawValue, leadList)
            try activity.bind(Column.fundingList.rawValue, fundingList)
            try activity.bind(Column.costMilli.rawValue, costMilli)
            try activity.execute()
        }
        try groups.add(output: output, leadList: leadList, fundingList: fundingList, costMilli: costMilli)
    }

    /// Inserts the activities' groups, held until now (after the last activity).
    func finish() throws { try groups.finish() }

    /// The id of the list of `leads` (in order, each name once), added the first time it is seen.
    func leadList(_ leads: [ResolvedLead]) throws -> Int64 {
        if let known = leadLists[leads] { return known }
        let id = Int64(leadLists.count + 1)
        try leadListRow.bind(1, id)
        try leadListRow.bind(2, text: leads.map(\.name).joined(separator: "; "))
        try leadListRow.execute()
        for (index, lead) in leads.enumerated() {
            try leadMember.bind(1, id)
            try leadMember.bind(2, Int64(index + 1))
            try leadMember.bind(3, text: lead.name)
            try leadMember.bind(4, text: lead.kind)
            if let agency = lead.agency { try leadMember.bind(5, text: agency) } else { try leadMember.bind(5, nil as Int64?) }
            try leadMember.bind(6, lead.viaChair ? 1 : 0)
            try leadMember.execute()
        }
        leadLists[leads] = id
        return id
    }

    /// The id of the list of funding `sources` (ids, in order, each once), added the first time it
    /// is seen; each member's share is 1 / the number of sources.
    func fundingList(_ sources: [String]) throws -> Int64 {
        if let known = fundingLists[sources] { return known }
        let id = Int64(fundingLists.count + 1)
        var kinds: [String] = []
        for source in sources {
            let kind = fundingSources[source]?.kind ?? "unclassified"
            if !kinds.contains(kind) { kinds.append(kind) }
        }
        try fundingListRow.bind(1, id)
        try fundingListRow.bind(2, text: sources.map { fundingSources[$0]?.name ?? $0 }.joined(separator: "; "))
        try fundingListRow.bind(3, text: kinds.joined(separator: ","))
        try fundingListRow.execute()
        for (index, source) in sources.enumerated() {
            try fundingMember.bind(1, id)
            try fundingMember.bind(2, Int64(index + 1))
            try fundingMember.bind(3, text: source)
            try fundingMember.bind(4, 1.0 / Double(sources.count))
            try fundingMember.execute()
        }
        fundingLists[sources] = id
        return id
    }

    /// A cost in US dollars as exact thousandths (`cost_milli`), rounded to the nearest; nil when
    /// not stated or too large to count exactly.
    static func milli(_ dollars: Double?) -> Int64? {
        guard let dollars else { return nil }
        return Int64(exactly: (dollars * 1000).rounded())
    }
}
