import GMGData
import GMGTable
import GRDB

/// Writes a validated ``Dataset`` into the schema, in one transaction, with one prepared
/// statement per table.
struct DatasetImporter {
    let dataset: Dataset

    func importAll(_ db: Database) throws {
        try CitationImporter(dataset: dataset).importAll(db)
        try insert(db, "plans", dataset.plans) { [$0.id, $0.title, $0.startYear, $0.endYear, $0.version, $0.source.description] }
        try insert(db, "agencies", dataset.agencies) {
            [$0.id, $0.acronym, $0.fullName, $0.kind.rawValue, $0.partOf, $0.gmgMember, $0.membershipNote, $0.source.description]
        }
        try insert(db, "work_streams", dataset.workStreams) {
            [$0.id, $0.plan, $0.name, $0.kind, $0.responsible, $0.objective, $0.source.description]
        }
        try insert(db, "working_groups", dataset.groups) { [$0.id, $0.kind, $0.name, $0.workStream, $0.source.description] }
        try insert(db, "group_chairs", dataset.groupChairs) { [$0.group, $0.agency, $0.role, $0.asOf, $0.source.description] }
        try insert(db, "funding_sources", dataset.fundingSources) {
            [$0.id, $0.name, $0.kind.rawValue, $0.agency, $0.source.description]
        }
        try insert(db, "aliases", dataset.aliases) { [$0.alias, $0.kind.rawValue, $0.target, $0.note, $0.source.description] }
        try insert(db, "chair_terms", dataset.chairTerms) {
            [$0.id, $0.term, $0.agency, $0.startDate.description, $0.endDate.description, $0.startSemester,
             $0.endSemester, $0.status.rawValue, $0.note, $0.source.description]
        }
        try insert(db, "outputs", Array(dataset.outputs.enumerated())) { seq, output in
            [output.id, seq + 1, output.plan, output.year, output.workStream, output.printedNumber, output.title,
             output.deliverable, output.semester, output.note, output.source.description]
        }
        try importActivities(db)
        try insert(db, "progress", dataset.progress) {
            [$0.activity, $0.status.rawValue, $0.asOf.description, $0.note, $0.source.description]
        }
        try insert(db, "planned_deliverables", dataset.keyOutputs.map { ($0, "key-output") } + dataset.foreseenOutputs.map { ($0, "foreseen") }) {
            deliverable, list in
            [deliverable.id, list, deliverable.category, deliverable.year, deliverable.printedNumber, deliverable.text,
             deliverable.source.description]
        }
        try importRecord(db)
    }

    private func importActivities(_ db: Database) throws {
        let latestStatus = Dictionary(dataset.progress.map { ($0.activity, $0) }) { $0.asOf >= $1.asOf ? $0 : $1 }
        let years = Dictionary(dataset.outputs.map { ($0.id, $0.year) }) { first, _ in first }
        let chairs = ChairResolver(terms: dataset.chairTerms)
        let names = LeadNames(dataset)
        try insert(db, "activities", Array(dataset.activities.enumerated())) { seq, activity in
            let frame = activity.timeframe
            let cost = activity.cost?.currency == "USD" ? activity.cost?.value : nil
            let latest = latestStatus[activity.id]
            return [activity.id, seq + 1, activity.output, activity.printedNumber, activity.description,
                    activity.timeframeText, frame?.start.description, frame?.end.description, frame?.precision.rawValue,
                    frame?.isTentative ?? false, frame?.isDeadline ?? false, activity.leadsText, activity.fundingText,
                    activity.costText, cost, activity.cost?.isEstimate ?? false, activity.inheritFrom,
                    activity.inheritedFields.joined(separator: ";"), latest?.status.rawValue ?? "",
                    activity.note, activity.source.description, latest?.asOf.description, latest?.note ?? "",
                    latest?.source.description ?? ""]
        }
        var leadRows: [[DatabaseValueConvertible?]] = []
        var fundingRows: [[DatabaseValueConvertible?]] = []
        for activity in dataset.activities {
            var seen: Set<String> = []
            for lead in activity.leads {
                for resolved in names.resolve(lead, chairs: chairs, activity: activity, year: years[activity.output] ?? 0)
                where seen.insert(resolved.name).inserted {
                    leadRows.append([activity.id, seen.count, resolved.name, resolved.kind, resolved.agency, resolved.viaChair])
                }
            }
            let share = 1.0 / Double(max(activity.fundingSources.count, 1))
            for (position, source) in activity.fundingSources.enumerated() {
                fundingRows.append([activity.id, position + 1, source, share])
            }
        }
        try insert(db, "activity_leads", leadRows) { $0 }
        try insert(db, "activity_funding", fundingRows) { $0 }
    }

    /// Inserts rows with one prepared statement.
    func insert<T>(_ db: Database, _ table: String, _ items: [T], _ values: (T) -> [DatabaseValueConvertible?]) throws {
        guard let first = items.first else { return }
        let placeholders = Array(repeating: "?", count: values(first).count).joined(separator: ", ")
        let statement = try db.makeStatement(sql: "INSERT INTO \(table) VALUES (\(placeholders))")
        for item in items {
            try statement.execute(arguments: StatementArguments(values(item)))
        }
    }
}
