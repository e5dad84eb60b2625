/// Turns the rows of the data files into a validated ``Dataset``, file by file in dependency order.
struct DatasetBuilder {
    var reader: FieldReader
    var dataset = Dataset()

    mutating func build(_ tables: [String: [Row]]) {
        addDocuments(tables["documents.csv", default: []])
        for row in tables["agencies.csv", default: []] { addAgency(row) }
        for row in tables["groups.csv", default: []] { addGroup(row) }
        for row in tables["funding_sources.csv", default: []] { addFundingSource(row) }
        for row in tables["aliases.csv", default: []] { addAlias(row) }
        checkReferences(tables)
        let resolver = NameResolver(dataset)
        for row in tables["plans.csv", default: []] { addPlan(row) }
        for row in tables["work_streams.csv", default: []] { addWorkStream(row) }
        for row in tables["group_chairs.csv", default: []] { addGroupChair(row, resolver) }
        for row in tables["chair_terms.csv", default: []] { addChairTerm(row, resolver) }
        for row in tables["outputs.csv", default: []] { addOutput(row) }
        var activities = ActivityBuilder(resolver: resolver, outputs: dataset.outputs)
        for row in tables["activities.csv", default: []] { activities.add(row, reader: &reader) }
        dataset.activities = activities.activities
        for row in tables["progress.csv", default: []] { addProgress(row, known: activities.ids) }
        for row in tables["key_outputs.csv", default: []] { addKeyOutput(row) }
        for row in tables["foreseen_outputs.csv", default: []] { addForeseenOutput(row) }
        buildRecord(tables)
    }

    private mutating func addAgency(_ row: Row) {
        guard let id = reader.id(row), let acronym = reader.required(row, "acronym"),
              let fullName = reader.required(row, "full_name"), let kind = reader.choice(row, "kind", as: AgencyKind.self),
              let member = reader.choice(row, "gmg_member", in: ["yes", "no", "unknown"]), let source = reader.source(row)
        else { return }
        dataset.agencies.append(Agency(
            id: id, acronym: acronym, fullName: fullName, kind: kind, partOf: row["part_of"].nonEmpty,
            gmgMember: member, membershipNote: row["membership_note"], source: source))
    }

    private mutating func addGroup(_ row: Row) {
        guard let id = reader.id(row), let kind = reader.choice(row, "kind", in: ["working-group", "task-force"]),
              let name = reader.required(row, "name"), let source = reader.source(row) else { return }
        dataset.groups.append(Group(id: id, kind: kind, name: name, workStream: row["work_stream"].nonEmpty, source: source))
    }

    private mutating func addFundingSource(_ row: Row) {
        guard let id = reader.id(row), let name = reader.required(row, "name"),
              let kind = reader.choice(row, "kind", as: FundingKind.self), let source = reader.source(row) else { return }
        dataset.fundingSources.append(FundingSource(id: id, name: name, kind: kind, agency: row["agency"].nonEmpty, source: source))
    }

    private mutating func addAlias(_ row: Row) {
        guard let alias = reader.required(row, "alias"), let kind = reader.choice(row, "kind", as: AliasKind.self),
              let target = reader.required(row, "target"), let source = reader.source(row) else { return }
        if let first = dataset.aliases.first(where: { $0.alias.lowercased() == alias.lowercased() }) {
            reader.error(row, "alias", "duplicate alias \"\(alias)\" (also \"\(first.alias)\")")
            return
        }
        dataset.aliases.append(Alias(alias: alias, kind: kind, target: target, note: row["note"], source: source))
    }

    /// Checks references among agencies, groups, funding sources and aliases, once all are read.
    private mutating func checkReferences(_ tables: [String: [Row]]) {
        let agencyIDs = Set(dataset.agencies.map(\.id))
        for (row, agency) in zip(tables["agencies.csv", default: []], dataset.agencies) {
            if let parent = agency.partOf, !agencyIDs.contains(parent) { reader.error(row, "part_of", "unknown agency \"\(parent)\"") }
        }
        for row in tables["funding_sources.csv", default: []] where !row["agency"].isEmpty && !agencyIDs.contains(row["agency"]) {
            reader.error(row, "agency", "unknown agency \"\(row["agency"])\"")
        }
        let resolver = NameResolver(dataset)
        for row in tables["aliases.csv", default: []] {
            guard let alias = dataset.aliases.first(where: { $0.alias == row["alias"] }), !resolver.targetExists(alias) else { continue }
            reader.error(row, "target", "alias \"\(alias.alias)\": unknown \(alias.kind.rawValue) \"\(alias.target)\"")
        }
    }

    private mutating func addPlan(_ row: Row) {
        guard let id = reader.id(row), let title = reader.required(row, "title"),
              let start = reader.integer(row, "start_year", in: 1990...2100),
              let end = reader.integer(row, "end_year", in: 1990...2100), let source = reader.source(row) else { return }
        if end < start { reader.error(row, "end_year", "end_year \(end) is before start_year \(start)") }
        dataset.plans.append(Plan(id: id, title: title, startYear: start, endYear: end, version: row["version"], source: source))
    }

    private mutating func addWorkStream(_ row: Row) {
        guard let id = reader.id(row), let plan = reader.required(row, "plan"), let name = reader.required(row, "name"),
              let kind = reader.choice(row, "kind", in: ["thematic", "joint"]), let source = reader.source(row) else { return }
        guard dataset.plans.contains(where: { $0.id == plan }) else {
            reader.error(row, "plan", "unknown plan \"\(plan)\"")
            return
        }
        dataset.workStreams.append(WorkStream(
            id: id, plan: plan, name: name, kind: kind, responsible: row["responsible"], objective: row["objective"], source: source))
    }

    private mutating func addGroupChair(_ row: Row, _ resolver: NameResolver) {
        guard let group = reader.required(row, "group"), let name = reader.required(row, "agency"),
              let role = reader.choice(row, "role", in: ["chair", "co-chair", "co-convener"]),
              let source = reader.source(row) else { return }
        guard dataset.groups.contains(where: { $0.id == group }) else {
            reader.error(row, "group", "unknown group \"\(group)\"")
            return
        }
        guard let agency = resolver.agency(name) else {
            reader.error(row, "agency", "unknown agency \"\(name)\"")
            return
        }
        dataset.groupChairs.append(GroupChair(group: group, agency: agency, role: role, asOf: row["as_of"], source: source))
    }

    private mutating func addChairTerm(_ row: Row, _ resolver: NameResolver) {
        guard let id = reader.id(row), let term = reader.integer(row, "term", in: 1990...2100),
              let name = reader.required(row, "agency"),
              let startYear = reader.integer(row, "start_year", in: 1990...2100),
              let startSemester = reader.integer(row, "start_semester", in: 1...2),
              let endYear = reader.integer(row, "end_year", in: 1990...2100),
              let endSemester = reader.integer(row, "end_semester", in: 1...2),
              let status = reader.choice(row, "status", as: TermStatus.self), let source = reader.source(row) else { return }
        guard let agency = resolver.agency(name) else {
            reader.error(row, "agency", "unknown agency \"\(name)\"")
            return
        }
        guard (startYear, startSemester) <= (endYear, endSemester) else {
            reader.error(row, "end_year", "term ends (\(endYear) semester \(endSemester)) before it starts")
            return
        }
        dataset.chairTerms.append(ChairTerm(
            id: id, term: term, agency: agency, startYear: startYear, startSemester: startSemester, endYear: endYear,
            endSemester: endSemester, status: status, note: row["note"], source: source))
    }

    private mutating func addOutput(_ row: Row) {
        guard let id = reader.id(row), let planID = reader.required(row, "plan"),
              let year = reader.integer(row, "year", in: 1990...2100), let stream = reader.required(row, "work_stream"),
              let title = reader.required(row, "title"), let semester = reader.optionalInteger(row, "semester", in: 1...2),
              let source = reader.source(row) else { return }
        guard let plan = dataset.plans.first(where: { $0.id == planID }) else {
            reader.error(row, "plan", "unknown plan \"\(planID)\"")
            return
        }
        if !(plan.startYear...plan.endYear).contains(year) {
            reader.error(row, "year", "year \(year) is outside plan \(plan.id) (\(plan.startYear)-\(plan.endYear))")
        }
        guard let workStream = dataset.workStreams.first(where: { $0.id == stream }) else {
            reader.error(row, "work_stream", "unknown work stream \"\(stream)\"")
            return
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
        guard let activity = reader.required(row, "activity"), let status = reader.choice(row, "status", as: ProgressStatus.self),
              let asOf = reader.date(row, "as_of"), let source = reader.source(row) else { return }
        guard known.contains(activity) else {
            reader.error(row, "activity", "unknown activity \"\(activity)\"")
            return
        }
        dataset.progress.append(ProgressEntry(activity: activity, status: status, asOf: asOf, note: row["note"], source: source))
    }

    private mutating func addKeyOutput(_ row: Row) {
        guard let id = reader.id(row), let stream = reader.required(row, "work_stream"), let text = reader.required(row, "text"),
              let source = reader.source(row) else { return }
        if !dataset.workStreams.contains(where: { $0.id == stream }) {
            reader.error(row, "work_stream", "unknown work stream \"\(stream)\"")
        }
        dataset.keyOutputs.append(PlannedDeliverable(
            id: id, category: stream, year: nil, printedNumber: row["printed_number"], text: text, source: source))
    }

    private mutating func addForeseenOutput(_ row: Row) {
        guard let id = reader.id(row), let year = reader.integer(row, "year", in: 1990...2100),
              let category = reader.choice(row, "category", in: ["joint", "group"]), let text = reader.required(row, "text"),
              let source = reader.source(row) else { return }
        dataset.foreseenOutputs.append(PlannedDeliverable(
            id: id, category: category, year: year, printedNumber: row["printed_number"], text: text, source: source))
    }
}

extension String {
    /// The string, or nil when it is empty.
    var nonEmpty: String? { isEmpty ? nil : self }
}
