import GMGTable

/// What kind of body an agency is.
public enum AgencyKind: String, Sendable, Hashable, CaseIterable {
    case unEntity = "un-entity"
    case regionalCommission = "regional-commission"
    case fund
    case other
}

/// A GMG member, or any body named as a lead or funder.
public struct Agency: Sendable, Hashable {
    public var id: String
    public var acronym: String
    public var fullName: String
    /// How running text names the agency ("the World Bank"); the acronym unless the data says otherwise.
    public var proseName: String
    public var kind: AgencyKind
    /// The id of the agency this one is part of (a regional commission of the UN Regional Commissions).
    public var partOf: String?
    /// `yes`, `no` or `unknown`, as the documents say.
    public var gmgMember: String
    public var membershipNote: String
    public var source: SourceRef
}

/// What an alias names.
public enum AliasKind: String, Sendable, Hashable, CaseIterable {
    case agency, group, role, funding
}

/// Roles that stand for agencies without naming them.
public enum Role: String, Sendable, Hashable, CaseIterable {
    /// The GMG chair of the time (see chair terms).
    case chair
    /// The GMG member agencies.
    case members
    /// All members together.
    case all
    /// The GMG administrative support unit.
    case supportUnit = "support-unit"
    /// The chairs after the sitting one ("future Chairs"), not resolved to agencies.
    case futureChairs = "future-chairs"

    /// The role as reports and returns name it ("GMG Chair" where the chairing agency is not known).
    public var displayName: String {
        switch self {
        case .chair: "GMG Chair"
        case .members: "GMG member agencies"
        case .all: "All GMG members"
        case .supportUnit: "GMG support unit"
        case .futureChairs: "Future GMG chairs"
        }
    }
}

/// A spelling found in the documents and what it stands for.
public struct Alias: Sendable, Hashable {
    public var alias: String
    public var kind: AliasKind
    public var target: String
    public var note: String
    public var source: SourceRef
}

/// How a funding source pays.
public enum FundingKind: String, Sendable, Hashable, CaseIterable {
    case agencyBudget = "agency-budget"
    case staffTime = "staff-time"
    case trustFund = "trust-fund"
    case toBeMobilized = "to-be-mobilized"
    /// Support from funders outside the GMG, such as governments ("with the support of government funders").
    case donor
}

/// A funding source named in the plans.
public struct FundingSource: Sendable, Hashable {
    public var id: String
    public var name: String
    public var kind: FundingKind
    public var agency: String?
    public var source: SourceRef
}

/// A plan: the 2013-2015 Multi-Annual Work Plan, the 2010 work plan, the 2015 priorities.
public struct Plan: Sendable, Hashable {
    public var id: String
    public var title: String
    public var startYear: Int
    public var endYear: Int
    public var version: String
    public var source: SourceRef
}

/// A work stream of a plan (thematic, or joint under the chair).
public struct WorkStream: Sendable, Hashable {
    public var id: String
    public var plan: String
    public var name: String
    /// `thematic` or `joint`.
    public var kind: String
    public var responsible: String
    public var objective: String
    public var source: SourceRef
}

/// A working group or task force.
public struct Group: Sendable, Hashable {
    public var id: String
    /// `working-group` or `task-force`.
    public var kind: String
    public var name: String
    public var workStream: String?
    public var source: SourceRef
}

/// An agency chairing or convening a group.
public struct GroupChair: Sendable, Hashable {
    public var group: String
    public var agency: String
    public var role: String
    public var asOf: String
    public var source: SourceRef
}

/// Whether a chair term is only planned or confirmed by a later document.
public enum TermStatus: String, Sendable, Hashable, CaseIterable {
    case planned, confirmed
}

/// One chairmanship: an agency chairing from a semester to a semester.
public struct ChairTerm: Sendable, Hashable {
    public var id: String
    /// The term's year, as reports name it (`--param term=2014`).
    public var term: Int
    public var agency: String
    public var startYear: Int
    public var startSemester: Int
    public var endYear: Int
    public var endSemester: Int
    public var status: TermStatus
    public var note: String
    public var source: SourceRef

    /// The first day of the term.
    public var startDate: CalendarDate { CalendarDate(year: startYear, month: startSemester == 1 ? 1 : 7, day: 1) }
    /// The last day of the term.
    public var endDate: CalendarDate {
        endSemester == 1 ? CalendarDate(year: endYear, month: 6, day: 30) : CalendarDate(year: endYear, month: 12, day: 31)
    }
}

/// An output of a plan year under a work stream.
public struct Output: Sendable, Hashable {
    public var id: String
    public var plan: String
    public var year: Int
    public var workStream: String
    /// The number as printed ("1", "6", "a"); not an identity.
    public var printedNumber: String
    public var title: String
    /// `joint`, `group` or empty.
    public var deliverable: String
    public var semester: Int?
    public var note: String
    public var source: SourceRef
}

/// A resolved lead of an activity.
public enum Lead: Sendable, Hashable {
    case agency(String)
    case group(String)
    case role(Role)
}

/// A cost stated in the documents.
public struct Amount: Sendable, Hashable {
    public var value: Double
    public var currency: String
    /// Whether the text calls it an estimate ("estimated", "approximately").
    public var isEstimate: Bool

    /// Creates an amount.
    public init(value: Double, currency: String, isEstimate: Bool) {
        self.value = value
        self.currency = currency
        self.isEstimate = isEstimate
    }
}

/// An activity of an output, with everything the documents say about it.
public struct Activity: Sendable, Hashable {
    public var id: String
    public var output: String
    public var printedNumber: String
    public var description: String
    /// The time frame text exactly as written (after inheritance from a merged cell).
    public var timeframeText: String
    public var timeframe: TimeFrame?
    public var leadsText: String
    public var leads: [Lead]
    public var fundingText: String
    public var fundingSources: [String]
    public var costText: String
    public var cost: Amount?
    /// The activity whose blank cells this one takes (merged cells in the source).
    public var inheritFrom: String?
    /// Which fields were taken from `inheritFrom`.
    public var inheritedFields: [String]
    public var note: String
    public var source: SourceRef
}

/// The status of an activity as a document reports it.
public enum ProgressStatus: String, Sendable, Hashable, CaseIterable {
    case planned
    case inProgress = "in-progress"
    case delivered, postponed, cancelled
}

/// A status update on an activity.
public struct ProgressEntry: Sendable, Hashable {
    public var activity: String
    public var status: ProgressStatus
    public var asOf: CalendarDate
    public var note: String
    public var source: SourceRef
}

/// A line of a plan's summary lists: a work stream's key outputs, or a year's foreseen outputs.
public struct PlannedDeliverable: Sendable, Hashable {
    public var id: String
    /// The work stream (key outputs) or `joint`/`group` (foreseen outputs of a year).
    public var category: String
    /// The year of a foreseen output; nil for the plan-wide key outputs.
    public var year: Int?
    public var printedNumber: String
    public var text: String
    public var source: SourceRef
}

/// The whole validated data set.
public struct Dataset: Sendable {
    /// The documents every `source` cites (`documents.csv`).
    public var documents: [SourceDocument] = []
    public var agencies: [Agency] = []
    public var aliases: [Alias] = []
    public var fundingSources: [FundingSource] = []
    public var plans: [Plan] = []
    public var workStreams: [WorkStream] = []
    public var groups: [Group] = []
    public var groupChairs: [GroupChair] = []
    public var chairTerms: [ChairTerm] = []
    public var outputs: [Output] = []
    public var activities: [Activity] = []
    public var progress: [ProgressEntry] = []
    /// The key outputs of each work stream (the plan's first part).
    public var keyOutputs: [PlannedDeliverable] = []
    /// The outputs foreseen for each year (the yearly overviews).
    public var foreseenOutputs: [PlannedDeliverable] = []
    /// Expected results, the GMG itself, the chairs' programmes (see ``DocumentRecord``).
    public var record = DocumentRecord()

    /// Creates an empty data set.
    public init() {}
}
