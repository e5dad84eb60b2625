/// Reads activity rows: resolves leads and funding sources, parses time frames and costs, and fills
/// the blank cells of merged rows from the activity they continue (`inherit_from`).
struct ActivityBuilder {
    let resolver: NameResolver
    private let outputYears: [String: Int]
    private(set) var activities: [Activity] = []
    private(set) var ids: Set<String> = []
    private var indexByID: [String: Int] = [:]

    init(resolver: NameResolver, outputs: [Output]) {
        self.resolver = resolver
        outputYears = Dictionary(outputs.map { ($0.id, $0.year) }, uniquingKeysWith: { first, _ in first })
    }

    mutating func add(_ row: Row, reader: inout FieldReader) {
        guard let id = reader.id(row), let output = reader.required(row, "output"),
              let description = reader.required(row, "description"), let source = reader.source(row) else { return }
        guard let year = outputYears[output] else {
            reader.error(row, "output", "unknown output \"\(output)\"")
            return
        }
        var activity = Activity(
            id: id, output: output, printedNumber: row["printed_number"], description: description,
            timeframeText: row["timeframe"], timeframe: nil, leadsText: row["leads_text"], leads: [],
            fundingText: row["funding_text"], fundingSources: [], costText: row["cost_text"], cost: nil,
            inheritFrom: row["inherit_from"].nonEmpty, inheritedFields: [], note: row["note"], source: source)
        var leadNames = splitList(row["leads"])
        var fundingNames = splitList(row["funding_sources"])
        if let parentID = activity.inheritFrom {
            guard let parentIndex = indexByID[parentID] else {
                reader.error(row, "inherit_from", "unknown activity \"\(parentID)\" (it must come earlier in the file)")
                return
            }
            let parent = activities[parentIndex]
            if activity.timeframeText.isEmpty, !parent.timeframeText.isEmpty {
                activity.timeframeText = parent.timeframeText
                activity.inheritedFields.append("timeframe")
            }
            if leadNames.isEmpty, !parent.leads.isEmpty {
                activity.leads = parent.leads
                activity.leadsText = parent.leadsText
                activity.inheritedFields.append("leads")
            }
            if fundingNames.isEmpty, !parent.fundingSources.isEmpty {
                activity.fundingSources = parent.fundingSources
                activity.fundingText = parent.fundingText
                activity.inheritedFields.append("funding")
            }
            leadNames = activity.inheritedFields.contains("leads") ? [] : leadNames
            fundingNames = activity.inheritedFields.contains("funding") ? [] : fundingNames
        }
        for name in leadNames {
            if let lead = resolver.lead(name) {
                if !activity.leads.contains(lead) { activity.leads.append(lead) }
            } else {
                reader.error(row, "leads", "unknown agency \"\(name)\": add it to agencies.csv, groups.csv or aliases.csv")
            }
        }
        for name in fundingNames {
            if let fundingID = resolver.fundingSource(name) {
                if !activity.fundingSources.contains(fundingID) { activity.fundingSources.append(fundingID) }
            } else {
                reader.error(row, "funding_sources", "unknown funding source \"\(name)\": add it to funding_sources.csv or aliases.csv")
            }
        }
        if !row["leads_text"].isEmpty, leadNames.isEmpty, activity.leads.isEmpty {
            reader.error(row, "leads", "leads_text is given but leads is empty")
        }
        if !row["funding_text"].isEmpty, fundingNames.isEmpty, activity.fundingSources.isEmpty {
            reader.error(row, "funding_sources", "funding_text is given but funding_sources is empty")
        }
        if !activity.timeframeText.isEmpty {
            activity.timeframe = TimeFrameParser.parse(activity.timeframeText, defaultYear: year)
            if activity.timeframe == nil {
                reader.warning(row, "timeframe", "unparseable time frame \"\(activity.timeframeText)\"")
            } else if let frame = activity.timeframe, frame.end.year < year {
                reader.warning(row, "timeframe", "time frame \"\(activity.timeframeText)\" ends before the plan year \(year)")
            }
        }
        if !activity.costText.isEmpty {
            activity.cost = AmountParser.parse(activity.costText)
            if activity.cost == nil { reader.error(row, "cost_text", "no amount with a currency in \"\(activity.costText)\"") }
        }
        indexByID[id] = activities.count
        ids.insert(id)
        activities.append(activity)
    }
}
