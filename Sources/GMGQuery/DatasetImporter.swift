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
            [$0.id, $0.acronym, $0.fullName, $0.proseName, $0.kind.rawValue, $0.partOf, $0.gmgMember, $0.membershipNote, $0.source.description]
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
        let outputSeqs = Dictionary(dataset.outputs.enumerated().map { ($1.id, Int64($0 + 1)) }) { first, _ in first }
        let chairs = ChairResolver(terms: dataset.chairTerms)
        let names = LeadNames(dataset)
        let sources = Dictionary(dataset.fundingSources.map { ($0.id, (name: $0.name, kind: $0.kind.rawValue)) }) { first, _ in first }
        let loader = try ActivityLoader(db, fundingSources: sources)
        typealias Column = ActivityLoader.Column
        for (index, activity) in dataset.activities.enumerated() {
            var leads: [ResolvedLead] = []
            for lead in activity.leads {
                for resolved in names.resolve(lead, chairs: chairs, activity: activity, year: years[activity.output] ?? 0)
                where !leads.contains(where: { $0.name == resolved.name }) {
                    leads.append(resolved)
                }
            }
            var funding: [String] = []
            for source in activity.fundingSources where !funding.contains(source) { funding.append(source) }
            let frame = activity.timeframe
            let latest = latestStatus[activity.id]
            try loader.bind(.seq, Int64(index + 1))
            try loader.bind(.id, activity.id)
            try loader.bind(.output, activity.output)
            try loader.bind(.printedNumber, activity.printedNumber)
            try loader.bind(.description, activity.description)
            try loader.bind(.timeframeText, activity.timeframeText)
            try loader.bind(.startDate, frame?.start.description)
            try loader.bind(.endDate, frame?.end.description)
            try loader.bind(.precision, frame?.precision.rawValue)
            try loader.bind(.tentative, frame?.isTentative ?? false)
            try loader.bind(.deadline, frame?.isDeadline ?? false)
            try loader.bind(.leadsText, activity.leadsText)
            try loader.bind(.fundingText, activity.fundingText)
            try loader.bind(.costText, activity.costText)
            try loader.bind(.costEstimate, activity.cost?.isEstimate ?? false)
            try loader.bind(.inheritFrom, activity.inheritFrom)
            try loader.bind(.inheritedFields, activity.inheritedFields.joined(separator: ";"))
            try loader.bind(.status, latest?.status.rawValue ?? "")
            try loader.bind(.note, activity.note)
            try loader.bind(.source, activity.source.description)
            try loader.bind(.statusAsOf, latest?.asOf.description)
            try loader.bind(.statusNote, latest?.note ?? "")
            try loader.bind(.statusSource, latest?.source.description ?? "")
            try loader.insertActivity(output: outputSeqs[activity.output] ?? 0, leadList: try loader.leadList(leads),
                                      fundingList: try loader.fundingList(funding),
                                      costMilli: ActivityLoader.milli(activity.cost?.currency == "USD" ? activity.cost?.value : nil))
        }
        try loader.finish()
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
