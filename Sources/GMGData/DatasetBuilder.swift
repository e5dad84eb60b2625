/// Turns the rows of the data files into a validated ``Dataset``, file by file in dependency order.
///
/// Every field of a row is checked before the row is dropped for an error, so one run reports
/// every error; references to unknown names suggest the closest known one.
struct DatasetBuilder {
    var reader: FieldReader
    var dataset = Dataset()
    /// The first progress row of each (activity, date): its status and line.
    var progressOfDay: [String: (status: ProgressStatus, line: Int)] = [:]

    /// Builds the data set from the files' rows; each activity row is released once it is built (at a
    /// million activities the rows and the activities would not both fit in memory).
    mutating func build(_ tables: consuming [String: [Row]]) {
        addDocuments(tables["documents.csv", default: []])
        for row in tables["agencies.csv", default: []] { addAgency(row) }
        for row in tables["groups.csv", default: []] { addGroup(row) }
        for row in tables["funding_sources.csv", default: []] { addFundingSource(row) }
        for row in tables["aliases.csv", default: []] { addAlias(row) }
        checkReferences(tables)
        checkAgencyNames(tables["agencies.csv", default: []])
        checkPartOfCycles(tables["agencies.csv", default: []])
        let resolver = NameResolver(dataset)
        for row in tables["plans.csv", default: []] { addPlan(row) }
        for row in tables["work_streams.csv", default: []] { addWorkStream(row) }
        for row in tables["group_chairs.csv", default: []] { addGroupChair(row, resolver) }
        for row in tables["chair_terms.csv", default: []] { addChairTerm(row, resolver) }
        checkConfirmedChairs(tables["chair_terms.csv", default: []])
        for row in tables["outputs.csv", default: []] { addOutput(row) }
        var activities = ActivityBuilder(resolver: resolver, outputs: dataset.outputs, plans: dataset.plans)
        var activityRows = tables.removeValue(forKey: "activities.csv") ?? []
        let released = Row(file: "", line: 0, values: [], columns: [:])
        for index in activityRows.indices {
            activities.add(activityRows[index], reader: &reader)
            activityRows[index] = released
        }
        dataset.activities = activities.activities
        for row in tables["progress.csv", default: []] { addProgress(row, known: activities.ids) }
        for row in tables["key_outputs.csv", default: []] { addKeyOutput(row) }
        for row in tables["foreseen_outputs.csv", default: []] { addForeseenOutput(row) }
        buildRecord(tables)
    }

    private mutating func addAgency(_ row: Row) {
        let id = reader.id(row), acronym = reader.required(row, "acronym"), fullName = reader.required(row, "full_name")
        let kind = reader.choice(row, "kind", as: AgencyKind.self)
        let member = reader.choice(row, "gmg_member", in: ["yes", "no", "unknown"]), source = reader.source(row)
        guard let id, let acronym, let fullName, let kind, let member, let source else { return }
        dataset.agencies.append(Agency(
            id: id, acronym: acronym, fullName: fullName, proseName: row["prose_name"].nonEmpty ?? acronym, kind: kind,
            partOf: row["part_of"].nonEmpty, gmgMember: member, membershipNote: row["membership_note"], source: source))
    }

    private mutating func addGroup(_ row: Row) {
        let id = reader.id(row), kind = reader.choice(row, "kind", in: ["working-group", "task-force"])
        let name = reader.required(row, "name"), source = reader.source(row)
        guard let id, let kind, let name, let source else { return }
        dataset.groups.append(Group(id: id, kind: kind, name: name, workStream: row["work_stream"].nonEmpty, source: source))
    }

    private mutating func addFundingSource(_ row: Row) {
        let id = reader.id(row), name = reader.required(row, "name")
        let kind = reader.choice(row, "kind", as: FundingKind.self), source = reader.source(row)
        guard let id, let name, let kind, let source else { return }
        dataset.fundingSources.append(FundingSource(id: id, name: name, kind: kind, agency: row["agency"].nonEmpty, source: source))
    }

    private mutating func addAlias(_ row: Row) {
        let alias = reader.required(row, "alias"), kind = reader.choice(row, "kind", as: AliasKind.self)
        let target = reader.required(row, "target"), source = reader.source(row)
        guard let alias, let kind, let target, let source else { return }
        if let first = dataset.aliases.first(where: { $0.alias.lowercased() == alias.lowercased() }) {
            reader.error(row, "alias", "duplicate alias \"\(alias)\" (also \"\(first.alias)\")")
            return
        }
        dataset.aliases.append(Alias(alias: alias, kind: kind, target: target, note: row["note"], source: source))
    }

    /// Checks references among agencies, groups, funding sources and aliases, once all are read.
    private mutating func checkReferences(_ tables: [String: [Row]]) {
        let agencyIDs = dataset.agencies.map(\.id)
        for row in tables["agencies.csv", default: []] where !row["part_of"].isEmpty && !agencyIDs.contains(row["part_of"]) {
            reader.unknown(row, "part_of", "agency", row["part_of"], among: agencyIDs, in: ["agencies.csv"])
        }
        for row in tables["funding_sources.csv", default: []] where !row["agency"].isEmpty && !agencyIDs.contains(row["agency"]) {
            reader.unknown(row, "agency", "agency", row["agency"], among: agencyIDs, in: ["agencies.csv"])
        }
        let resolver = NameResolver(dataset)
        for row in tables["aliases.csv", default: []] {
            guard let alias = dataset.aliases.first(where: { $0.alias == row["alias"] }), !resolver.targetExists(alias) else { continue }
            let known: [String] = switch alias.kind {
            case .agency: dataset.agencies.map(\.id)
            case .group: dataset.groups.map(\.id)
            case .role: Role.allCases.map(\.rawValue)
            case .funding: dataset.fundingSources.map(\.id)
            }
            reader.unknown(row, "target", alias.kind.rawValue, alias.target, among: known,
                           in: ["agencies.csv", "groups.csv", "funding_sources.csv"])
        }
    }

    private mutating func addPlan(_ row: Row) {
        let id = reader.id(row), title = reader.required(row, "title")
        let start = reader.integer(row, "start_year", in: 1990...2100), end = reader.integer(row, "end_year", in: 1990...2100)
        let source = reader.source(row)
        guard let id, let title, let start, let end, let source else { return }
        if end < start { reader.error(row, "end_year", "end_year \(end) is before start_year \(start)") }
        dataset.plans.append(Plan(id: id, title: title, startYear: start, endYear: end, version: row["version"], source: source))
    }

    private mutating func addWorkStream(_ row: Row) {
        let id = reader.id(row), plan = reader.required(row, "plan"), name = reader.required(row, "name")
        let kind = reader.choice(row, "kind", in: ["thematic", "joint"]), source = reader.source(row)
        if let plan, !dataset.plans.contains(where: { $0.id == plan }) {
            reader.unknown(row, "plan", "plan", plan, among: dataset.plans.map(\.id), in: ["plans.csv"])
            return
        }
        guard let id, let plan, let name, let kind, let source else { return }
        dataset.workStreams.append(WorkStream(
            id: id, plan: plan, name: name, kind: kind, responsible: row["responsible"], objective: row["objective"], source: source))
    }

    private mutating func addGroupChair(_ row: Row, _ resolver: NameResolver) {
        let group = reader.required(row, "group"), name = reader.required(row, "agency")
        let role = reader.choice(row, "role", in: ["chair", "co-chair", "co-convener"]), source = reader.source(row)
        let agency = name.flatMap(resolver.agency)
        if let group, !dataset.groups.contains(where: { $0.id == group }) {
            reader.unknown(row, "group", "group", group, among: dataset.groups.map(\.id), in: ["groups.csv"])
        }
        if let name, agency == nil {
            reader.unknown(row, "agency", "agency", name, among: resolver.agencySpellings, in: ["agencies.csv", "aliases.csv"])
        }
        guard let group, let agency, let role, let source, dataset.groups.contains(where: { $0.id == group }) else { return }
        dataset.groupChairs.append(GroupChair(group: group, agency: agency, role: role, asOf: row["as_of"], source: source))
    }

    private mutating func addChairTerm(_ row: Row, _ resolver: NameResolver) {
        let id = reader.id(row), term = reader.integer(row, "term", in: 1990...2100), name = reader.required(row, "agency")
        let startYear = reader.integer(row, "start_year", in: 1990...2100)
        let startSemester = reader.integer(row, "start_semester", in: 1...2)
        let endYear = reader.integer(row, "end_year", in: 1990...2100), endSemester = reader.integer(row, "end_semester", in: 1...2)
        let status = reader.lenientChoice(row, "status", as: TermStatus.self), source = reader.source(row)
        let agency = name.flatMap(resolver.agency)
        if let name, agency == nil {
            reader.unknown(row, "agency", "agency", name, among: resolver.agencySpellings, in: ["agencies.csv", "aliases.csv"])
        }
        guard let id, let term, let agency, let startYear, let startSemester, let endYear, let endSemester, let status,
              let source else { return }
        guard (startYear, startSemester) <= (endYear, endSemester) else {
            reader.error(row, "end_year", "term ends (\(endYear) semester \(endSemester)) before it starts")
            return
        }
        dataset.chairTerms.append(ChairTerm(
            id: id, term: term, agency: agency, startYear: startYear, startSemester: startSemester, endYear: endYear,
            endSemester: endSemester, status: status, note: row["note"], source: source))
    }

    private mutating func addOutput(_ row: Row) {
        let id = reader.id(row), planID = reader.required(row, "plan"), year = reader.integer(row, "year", in: 1990...2100)
        let stream = reader.required(row, "work_stream"), title = reader.required(row, "title")
        let semester = reader.optionalInteger(row, "semester", in: 1...2), source = reader.source(row)
        let plan = dataset.plans.first { $0.id == planID }
        var unreadable: String?
        if let planID, plan == nil {
            unreadable = reader.unknown(row, "plan", "plan", planID, among: dataset.plans.map(\.id), in: ["plans.csv"])
        }
        let workStream = dataset.workStreams.first { $0.id == stream }
        if let stream, workStream == nil {
            unreadable = reader.unknown(row, "work_stream", "work stream", stream, among: dataset.workStreams.map(\.id),
                                        in: ["work_streams.csv"]) ?? unreadable
        }
        if let unreadable { reader.droppedIDs[row["id"]] = unreadable }
        guard let id, let planID, let plan, let year, let stream, let workStream, let title, let semester, let source
        else { return }
        if !(plan.startYear...plan.endYear).contains(year) {
            reader.error(row, "year", "year \(year) is outside plan \(plan.id) (\(plan.startYear)-\(plan.endYear))")
        }
        if workStream.plan != planID {
            reader.error(row, "work_stream", "work stream \"\(stream)\" belongs to plan \(workStream.plan), not \(planID)")
        }
        let deliverable = row["deliverable"]
        if !["", "joint", "group"].contains(deliverable) {
            reader.error(row, "deliverable", "unknown deliverable \"\(deliverable)\" (one of: joint, group, or empty)")
        }
        dataset.outputs.append(Output(
            id: id, plan: planID, year: year, workStream: stream, printedNumber: row["printed_number"], title: title,
            deliverable: deliverable, semester: semester, note: row["note"], source: source))
    }

    private mutating func addProgress(_ row: Row, known: Set<String>) {
        let activity = reader.required(row, "activity"), status = reader.lenientChoice(row, "status", as: ProgressStatus.self)
        let asOf = reader.date(row, "as_of"), source = reader.source(row)
        if let activity, !known.contains(activity) {
            reader.unknown(row, "activity", "activity", activity, among: dataset.activities.map(\.id), in: ["activities.csv"])
            return
        }
        guard let activity, let status, let asOf, let source else { return }
        guard checkOneStatusPerDay(row, activity: activity, status: status, asOf: asOf) else { return }
        dataset.progress.append(ProgressEntry(activity: activity, status: status, asOf: asOf, note: row["note"], source: source))
    }

    private mutating func addKeyOutput(_ row: Row) {
        let id = reader.id(row), stream = reader.required(row, "work_stream"), text = reader.required(row, "text")
        let source = reader.source(row)
        if let stream, !dataset.workStreams.contains(where: { $0.id == stream }) {
            reader.unknown(row, "work_stream", "work stream", stream, among: dataset.workStreams.map(\.id), in: ["work_streams.csv"])
        }
        guard let id, let stream, let text, let source else { return }
        dataset.keyOutputs.append(PlannedDeliverable(
            id: id, category: stream, year: nil, printedNumber: row["printed_number"], text: text, source: source))
    }

    private mutating func addForeseenOutput(_ row: Row) {
        let id = reader.id(row), year = reader.integer(row, "year", in: 1990...2100)
        let category = reader.choice(row, "category", in: ["joint", "group"]), text = reader.required(row, "text")
        let source = reader.source(row)
        guard let id, let year, let category, let text, let source else { return }
        dataset.foreseenOutputs.append(PlannedDeliverable(
            id: id, category: category, year: year, printedNumber: row["printed_number"], text: text, source: source))
    }
}

extension String {
    /// The string, or nil when it is empty.
    var nonEmpty: String? { isEmpty ? nil : self }
}
