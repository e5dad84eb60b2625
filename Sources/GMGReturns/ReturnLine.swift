import GMGData
import GMGTable

/// One activity as a return shows it: the record's view, pre-filled and locked.
struct ReturnLine: Sendable, Hashable {
    var activity: String
    var workStreamAndOutput: String
    var activityText: String
    var timeFrame: String
    var coLeads: String
    var recorded: String
}

/// The activities of each recipient for a scope, in plan order, with the text their rows show.
struct ReturnContent {
    let dataset: Dataset
    let scope: ReturnScope
    private let history: ProgressHistory

    init(dataset: Dataset, scope: ReturnScope) {
        self.dataset = dataset
        self.scope = scope
        history = ProgressHistory(dataset.progress)
    }

    /// The recipients with at least one activity in the scope, agencies first, then groups, then
    /// the chair and support unit; each with its lines.
    func recipients() -> [(ReturnRecipient, [ReturnLine])] {
        var order: [ReturnRecipient] = []
        var lines: [String: [ReturnLine]] = [:]
        for activity in activities() {
            for recipient in ReturnRecipient.recipients(of: activity, in: dataset) {
                if lines[recipient.id] == nil { order.append(recipient) }
                lines[recipient.id, default: []].append(line(activity, for: recipient))
            }
        }
        let rank: [ReturnRecipient.Kind: Int] = [.agency: 0, .group: 1, .chairSupportUnit: 2]
        return order.sorted { (rank[$0.kind]!, $0.name.lowercased()) < (rank[$1.kind]!, $1.name.lowercased()) }
            .map { ($0, lines[$0.id] ?? []) }
    }

    /// The lines of one recipient's return.
    func lines(of recipient: ReturnRecipient) -> [ReturnLine] {
        activities().filter { activity in ReturnRecipient.recipients(of: activity, in: dataset).contains { $0.id == recipient.id } }
            .map { line($0, for: recipient) }
    }

    /// The activities of the scope, by plan, work stream, output and activity order.
    func activities() -> [Activity] {
        let outputs = dataset.outputs.filter(scope.contains)
        let outputOrder = Dictionary(outputs.enumerated().map { ($1.id, $0) }) { first, _ in first }
        let streamOrder = Dictionary(dataset.workStreams.enumerated().map { ($1.id, $0) }) { first, _ in first }
        let streamOf = Dictionary(outputs.map { ($0.id, $0.workStream) }) { first, _ in first }
        let yearOf = Dictionary(outputs.map { ($0.id, $0.year) }) { first, _ in first }
        return dataset.activities.enumerated().filter { outputOrder[$0.element.output] != nil }.sorted { left, right in
            let a = left.element.output, b = right.element.output
            return (yearOf[a]!, streamOrder[streamOf[a]!] ?? 0, outputOrder[a]!, left.offset)
                < (yearOf[b]!, streamOrder[streamOf[b]!] ?? 0, outputOrder[b]!, right.offset)
        }.map(\.element)
    }

    private func line(_ activity: Activity, for recipient: ReturnRecipient) -> ReturnLine {
        let output = dataset.outputs.first { $0.id == activity.output }
        let stream = output.flatMap { output in dataset.workStreams.first { $0.id == output.workStream } }
        let outputLabel = output.map { $0.printedNumber.isEmpty ? $0.title : "Output \($0.printedNumber): \($0.title)" } ?? ""
        let yearPrefix = scope.isTerm ? "" : output.map { "\($0.year) · " } ?? ""
        let number = activity.printedNumber.isEmpty ? "" : activity.printedNumber + "  "
        return ReturnLine(
            activity: activity.id,
            workStreamAndOutput: yearPrefix + [stream?.name ?? "", outputLabel].filter { !$0.isEmpty }.joined(separator: "\n"),
            activityText: number + activity.description,
            timeFrame: activity.timeframeText,
            coLeads: coLeads(activity, excluding: recipient),
            recorded: recorded(activity.id))
    }

    private func coLeads(_ activity: Activity, excluding recipient: ReturnRecipient) -> String {
        if activity.leads.isEmpty { return "no lead named" }
        var names: [String] = []
        for lead in activity.leads {
            let name: String
            switch lead {
            case .agency(let id):
                if recipient.id == id { continue }
                name = dataset.agencies.first { $0.id == id }?.acronym ?? id
            case .group(let id):
                if recipient.id == id { continue }
                name = dataset.groups.first { $0.id == id }?.name ?? id
            case .role(let role): name = role.displayName
            }
            if !names.contains(name) { names.append(name) }
        }
        return names.joined(separator: "; ")
    }

    /// The latest recorded status with its date and note, or "Not reported".
    private func recorded(_ activity: String) -> String {
        guard let latest = history.latest(activity) else { return "Not reported" }
        let head = "\(ReturnStatus.label(latest.status)) as of \(latest.asOf)"
        return latest.note.isEmpty ? head : "\(head): \(latest.note)"
    }
}

extension ReturnScope {
    var isTerm: Bool {
        if case .term = self { return true }
        return false
    }
}

/// The progress recorded for each activity, in the order recorded.
struct ProgressHistory: Sendable {
    /// One status update.
    struct Recorded: Sendable, Hashable {
        var status: ProgressStatus
        var asOf: CalendarDate
        var note: String
    }

    private var entries: [String: [Recorded]] = [:]

    init(_ progress: [ProgressEntry]) {
        for entry in progress { append(entry.activity, Recorded(status: entry.status, asOf: entry.asOf, note: entry.note)) }
    }

    /// The latest update of an activity: the one with the latest date; of several on that date, the
    /// first recorded, as the database import picks the status reports show.
    func latest(_ activity: String) -> Recorded? {
        entries[activity]?.enumerated().max { ($0.element.asOf, -$0.offset) < ($1.element.asOf, -$1.offset) }?.element
    }

    /// Records an update after those already there.
    mutating func append(_ activity: String, _ update: Recorded) {
        entries[activity, default: []].append(update)
    }
}
