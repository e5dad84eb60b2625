extension DatasetBuilder {
    /// Reads the files about the GMG itself and the chairs' programmes.
    mutating func buildGroupRecord(_ tables: [String: [Row]]) {
        for row in tables["group_facts.csv", default: []] { addGroupFact(row) }
        var paragraphs: Set<String> = []
        for row in tables["agency_profiles.csv", default: []] { addAgencyProfile(row, seen: &paragraphs) }
        var counts: Set<String> = []
        for row in tables["membership_counts.csv", default: []] { addMembershipCount(row, seen: &counts) }
        var points: Set<String> = []
        for row in tables["sg_agenda.csv", default: []] { addAgendaPoint(row, seen: &points) }
        for row in tables["recommendations.csv", default: []] { addRecommendation(row) }
        for row in tables["chair_programmes.csv", default: []] { addProgrammeItem(row) }
    }

    /// A date as precise as a document gives it (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`).
    mutating func documentDate(_ row: Row, _ column: String) -> DocumentDate? {
        let text = row[column]
        if let date = DocumentDate(text) { return date }
        reader.error(row, column, "\(column) \"\(text)\" is not YYYY-MM-DD, YYYY-MM or YYYY")
        return nil
    }

    private mutating func addGroupFact(_ row: Row) {
        guard let id = reader.id(row), let topic = reader.choice(row, "topic", as: FactTopic.self),
              let date = documentDate(row, "date"), let text = reader.required(row, "text"),
              let source = reader.source(row) else { return }
        dataset.record.groupFacts.append(GroupFact(id: id, topic: topic, date: date, text: text, note: row["note"], source: source))
    }

    private mutating func addAgencyProfile(_ row: Row, seen: inout Set<String>) {
        guard let name = reader.required(row, "agency"), let paragraph = reader.integer(row, "paragraph", in: 1...99),
              let text = reader.required(row, "text"), let source = reader.source(row) else { return }
        guard let agency = dataset.agencies.first(where: { $0.id == name }) else {
            reader.unknown(row, "agency", "agency id", name, among: dataset.agencies.map(\.id), in: ["agencies.csv"])
            return
        }
        guard unique(row, "paragraph", "\(agency.id) \(paragraph)", in: &seen, what: "paragraph \(paragraph) of \(agency.id)")
        else { return }
        dataset.record.agencyProfiles.append(AgencyProfile(agency: agency.id, paragraph: paragraph, text: text, source: source))
    }

    private mutating func addMembershipCount(_ row: Row, seen: inout Set<String>) {
        guard let asOf = documentDate(row, "as_of"), let members = reader.integer(row, "members", in: 1...999),
              let text = reader.required(row, "text"), let source = reader.source(row),
              unique(row, "as_of", asOf.description, in: &seen, what: "count as of \(asOf)") else { return }
        dataset.record.membershipCounts.append(
            MembershipCount(asOf: asOf, members: members, text: text, note: row["note"], source: source))
    }

    private mutating func addAgendaPoint(_ row: Row, seen: inout Set<String>) {
        let marks = ["gmg_position_paper", "hld_declaration", "civil_society_plan", "srsg"].map {
            reader.choice(row, $0, in: ["yes", "no"]).map { $0 == "yes" }
        }
        guard let point = reader.integer(row, "point", in: 1...99), let text = reader.required(row, "text"),
              let source = reader.source(row), marks.allSatisfy({ $0 != nil }),
              unique(row, "point", String(point), in: &seen, what: "point \(point)") else { return }
        dataset.record.agendaPoints.append(AgendaPoint(
            point: point, text: text, gmgPositionPaper: marks[0]!, hldDeclaration: marks[1]!, civilSocietyPlan: marks[2]!,
            srsg: marks[3]!, source: source))
    }

    private mutating func addRecommendation(_ row: Row) {
        guard let id = reader.id(row), let level = reader.choice(row, "level", as: RecommendationLevel.self),
              let position = reader.required(row, "position"), let text = reader.required(row, "text"),
              let source = reader.source(row) else { return }
        let parent = row["parent"].nonEmpty
        if let parent, !dataset.record.recommendations.contains(where: { $0.id == parent && $0.parent == nil }) {
            reader.error(row, "parent", "unknown parent \"\(parent)\": a recommendation on an earlier line, itself without parent")
            return
        }
        dataset.record.recommendations.append(
            Recommendation(id: id, level: level, position: position, text: text, parent: parent, source: source))
    }

    private mutating func addProgrammeItem(_ row: Row) {
        guard let id = reader.id(row), let year = reader.integer(row, "year", in: 1990...2100),
              let name = reader.required(row, "chair"), let kind = reader.choice(row, "kind", as: ProgrammeItemKind.self),
              let position = reader.integer(row, "position", in: 1...99), let text = reader.required(row, "text"),
              let source = reader.source(row) else { return }
        let resolver = NameResolver(dataset)
        guard let chair = resolver.agency(name) else {
            reader.unknown(row, "chair", "agency", name, among: resolver.agencySpellings, in: ["agencies.csv", "aliases.csv"])
            return
        }
        let stream = row["work_stream"].nonEmpty
        if let stream, !check(row, "work_stream", stream, in: dataset.workStreams.map(\.id),
                              what: "work stream", file: "work_streams.csv") { return }
        dataset.record.chairProgrammes.append(ChairProgrammeItem(
            id: id, year: year, chair: chair, kind: kind, position: position, text: text, workStream: stream, source: source))
    }
}
