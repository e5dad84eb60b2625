/// Reads activity rows: resolves leads and funding sources, parses time frames and costs, and fills
/// the blank cells of merged rows from the activity they continue (`inherit_from`).
struct ActivityBuilder {
    let resolver: NameResolver
    /// Each output's year and its plan.
    private let outputs: [String: (year: Int, plan: Plan?)]
    private(set) var activities: [Activity] = []
    private(set) var ids: Set<String> = []
    private var indexByID: [String: Int] = [:]
    /// Each distinct time frame text parsed once per output year (scaled data repeats a few dozen).
    private var parsedFrames: [FrameKey: (frame: TimeFrame?, impossible: String?)] = [:]

    /// Each distinct list of names (leads, funding sources) split once.
    private var splitLists: [String: [String]] = [:]

    private struct FrameKey: Hashable {
        let text: String
        let year: Int
    }

    init(resolver: NameResolver, outputs: [Output], plans: [Plan]) {
        self.resolver = resolver
        let plansByID = Dictionary(plans.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.outputs = Dictionary(outputs.map { ($0.id, ($0.year, plansByID[$0.plan])) }, uniquingKeysWith: { first, _ in first })
    }

    mutating func add(_ row: Row, reader: inout FieldReader) {
        let id = reader.id(row), output = reader.required(row, "output")
        let description = reader.required(row, "description"), source = reader.source(row)
        if let output, outputs[output] == nil,
           let unreadable = reader.unknown(row, "output", "output", output, among: outputs.keys.sorted(), in: ["outputs.csv"]) {
            reader.droppedIDs[row["id"]] = unreadable
        }
        guard let id, let output, let description, let source, let (year, plan) = outputs[output] else { return }
        var activity = Activity(
            id: id, output: output, printedNumber: row["printed_number"], description: description,
            timeframeText: row["timeframe"], timeframe: nil, leadsText: row["leads_text"], leads: [],
            fundingText: row["funding_text"], fundingSources: [], costText: row["cost_text"], cost: nil,
            inheritFrom: row["inherit_from"].nonEmpty, inheritedFields: [], note: row["note"], source: source)
        var leadNames = names(row["leads"])
        var fundingNames = names(row["funding_sources"])
        if let parentID = activity.inheritFrom {
            guard let parentIndex = indexByID[parentID] else {
                reader.unknown(row, "inherit_from", "activity", parentID, among: activities.map(\.id), in: ["activities.csv"],
                               advice: "it must come earlier in the file")
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
                reader.unknown(row, "leads", "agency", name, among: resolver.leadSpellings,
                               in: ["agencies.csv", "groups.csv", "aliases.csv"], advice: "add it to agencies.csv, groups.csv or aliases.csv")
            }
        }
        for name in fundingNames {
            if let fundingID = resolver.fundingSource(name) {
                if !activity.fundingSources.contains(fundingID) { activity.fundingSources.append(fundingID) }
            } else {
                reader.unknown(row, "funding_sources", "funding source", name, among: resolver.fundingSpellings,
                               in: ["funding_sources.csv", "aliases.csv", "agencies.csv"],
                               advice: "add it to funding_sources.csv or aliases.csv")
            }
        }
        if !row["leads_text"].isEmpty, leadNames.isEmpty, activity.leads.isEmpty {
            reader.error(row, "leads", "leads_text is given but leads is empty")
        }
        if !row["funding_text"].isEmpty, fundingNames.isEmpty, activity.fundingSources.isEmpty {
            reader.error(row, "funding_sources", "funding_text is given but funding_sources is empty")
        }
        if !activity.timeframeText.isEmpty {
            activity.timeframe = timeframe(activity.timeframeText, row: row, year: year, plan: plan, reader: &reader)
        }
        if !activity.costText.isEmpty {
            activity.cost = AmountParser.parse(activity.costText)
            if activity.cost == nil { reader.error(row, "cost_text", "no amount with a currency in \"\(activity.costText)\"") }
            if let cost = activity.cost, !(cost.value.isFinite && cost.value <= AmountParser.maximum) {
                reader.error(row, "cost_text", """
                    cost_text "\(activity.costText)" states an amount over the limit of 1,000,000,000,000 \
                    (too large to add up exactly)
                    """)
                activity.cost = nil
            }
        }
        indexByID[id] = activities.count
        ids.insert(id)
        activities.append(activity)
    }

    /// The names of a `;`-separated list, split once per distinct text.
    private mutating func names(_ list: String) -> [String] {
        if let known = splitLists[list] { return known }
        let split = splitList(list)
        splitLists[list] = split
        return split
    }

    /// The time frame of `text` in an output of `year` of `plan`; an impossible day is an error,
    /// text that is no date or a frame outside the plan's years a warning.
    private mutating func timeframe(_ text: String, row: Row, year: Int, plan: Plan?, reader: inout FieldReader) -> TimeFrame? {
        let key = FrameKey(text: text, year: year)
        if parsedFrames[key] == nil {
            var impossible: String?
            let frame = TimeFrameParser.parse(text, defaultYear: year, impossibleDate: &impossible)
            parsedFrames[key] = (frame, impossible)
        }
        let (frame, impossible) = parsedFrames[key]!
        if let impossible {
            reader.error(row, "timeframe", "time frame \"\(text)\" names \(impossible), a day that does not exist")
        } else if frame == nil {
            reader.warning(row, "timeframe", "unparseable time frame \"\(text)\"")
        } else if let frame, frame.end.year < year {
            reader.warning(row, "timeframe", "time frame \"\(text)\" ends before the plan year \(year)")
        } else if let frame, let plan, frame.end.year > plan.endYear {
            reader.warning(row, "timeframe", """
                time frame "\(text)" runs past the years of plan \(plan.id) (\(plan.startYear)-\(plan.endYear))
                """)
        }
        return frame
    }
}
