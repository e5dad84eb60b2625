import GMGData
import GMGTable

/// A lead as the database stores it: the name reports show, its kind, and its agency if any.
struct ResolvedLead: Hashable {
    var name: String
    var kind: String
    var agency: String?
    var viaChair: Bool
}

/// Which agencies chaired when. A planned term that a confirmed term overlaps is superseded by it
/// (the 2013 plan names UN Women for 2015; the 2015 slides confirm the World Bank).
struct ChairResolver {
    let terms: [ChairTerm]

    init(terms: [ChairTerm]) {
        let confirmed = terms.filter { $0.status == .confirmed }
        self.terms = terms.filter { term in
            term.status == .confirmed || !confirmed.contains { $0.startDate <= term.endDate && $0.endDate >= term.startDate }
        }
    }

    /// The chairs of the activity's plan year; where the year had several (one per semester),
    /// those whose terms overlap the activity's time frame, if any do.
    func chairs(for activity: Activity, year: Int) -> [String] {
        let yearStart = CalendarDate(year: year, month: 1, day: 1), yearEnd = CalendarDate(year: year, month: 12, day: 31)
        var inYear = terms.filter { $0.startDate <= yearEnd && $0.endDate >= yearStart }
        if Set(inYear.map(\.agency)).count > 1, let frame = activity.timeframe {
            let overlapping = inYear.filter { $0.startDate <= frame.end && $0.endDate >= frame.start }
            if !overlapping.isEmpty { inYear = overlapping }
        }
        var agencies: [String] = []
        for term in inYear.sorted(by: { $0.startDate < $1.startDate }) where !agencies.contains(term.agency) {
            agencies.append(term.agency)
        }
        return agencies
    }
}

/// Display names of agencies, groups and roles.
struct LeadNames {
    private let agencies: [String: String]
    private let groups: [String: String]

    init(_ dataset: Dataset) {
        agencies = Dictionary(dataset.agencies.map { ($0.id, $0.acronym) }) { first, _ in first }
        groups = Dictionary(dataset.groups.map { ($0.id, $0.name) }) { first, _ in first }
    }

    /// The rows one lead of an activity becomes; the chair role becomes the chairing agencies.
    func resolve(_ lead: Lead, chairs: ChairResolver, activity: Activity, year: Int) -> [ResolvedLead] {
        switch lead {
        case .agency(let id):
            return [ResolvedLead(name: agencies[id] ?? id, kind: "agency", agency: id, viaChair: false)]
        case .group(let id):
            return [ResolvedLead(name: groups[id] ?? id, kind: "group", agency: nil, viaChair: false)]
        case .role(.chair):
            let chairAgencies = chairs.chairs(for: activity, year: year)
            if chairAgencies.isEmpty {
                return [ResolvedLead(name: Role.chair.displayName, kind: "role", agency: nil, viaChair: true)]
            }
            return chairAgencies.map { ResolvedLead(name: agencies[$0] ?? $0, kind: "agency", agency: $0, viaChair: true) }
        case .role(let role):
            return [ResolvedLead(name: role.displayName, kind: "role", agency: nil, viaChair: false)]
        }
    }
}
