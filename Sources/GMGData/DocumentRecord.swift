/// What the documents say beyond the plans' outputs and activities: what the plan meant to
/// achieve, the GMG itself, and the chairs' programmes (the files of `Data/` documented under
/// "The record" in `Data/README.md`).
public struct DocumentRecord: Sendable {
    public var expectedResults: [ExpectedResult] = []
    public var torPurposes: [TORPurpose] = []
    public var workStreamFunctions: [WorkStreamFunction] = []
    public var resultLinks: [ResultLink] = []
    public var groupFacts: [GroupFact] = []
    public var agencyProfiles: [AgencyProfile] = []
    public var membershipCounts: [MembershipCount] = []
    public var agendaPoints: [AgendaPoint] = []
    public var recommendations: [Recommendation] = []
    public var chairProgrammes: [ChairProgrammeItem] = []
    public var planAxes: [PlanAxis] = []
    public var outputPurposes: [OutputPurpose] = []

    /// Creates an empty record.
    public init() {}

    /// The source of every row, for the citations table.
    public var allSources: [SourceRef] {
        expectedResults.map(\.source) + torPurposes.map(\.source) + workStreamFunctions.map(\.source)
            + resultLinks.map(\.source) + groupFacts.map(\.source) + agencyProfiles.map(\.source)
            + membershipCounts.map(\.source) + agendaPoints.map(\.source) + recommendations.map(\.source)
            + chairProgrammes.map(\.source) + planAxes.map(\.source) + outputPurposes.map(\.source)
    }
}

/// A numbered "Expected results" item of a MAWP work stream (the plan's overview).
public struct ExpectedResult: Sendable, Hashable {
    public var id: String
    public var workStream: String
    public var printedNumber: String
    public var text: String
    public var source: SourceRef
}

/// One of the purposes of the GMG's regular consultations in its Terms of Reference (2008 note).
public struct TORPurpose: Sendable, Hashable {
    public var number: Int
    public var text: String
    public var source: SourceRef
}

/// A work stream's function "as framed in the GMG TOR" (MAWP overview), with the ToR purpose it restates.
public struct WorkStreamFunction: Sendable, Hashable {
    public var workStream: String
    public var position: Int
    public var text: String
    /// The number of the Terms of Reference purpose the function restates, if one does.
    public var torPurpose: Int?
    public var note: String
    public var source: SourceRef
}

/// An output or a key output serving an expected result, and the words that make the link evident.
public struct ResultLink: Sendable, Hashable {
    public var expectedResult: String
    /// An outputs.csv id, or nil when the link is from a key output.
    public var output: String?
    /// A key_outputs.csv id, or nil when the link is from an output.
    public var keyOutput: String?
    public var basis: String
    public var source: SourceRef
}

/// What a fact about the GMG is about.
public enum FactTopic: String, Sendable, Hashable, CaseIterable {
    case mission, history, governance, work
}

/// A statement about the GMG itself: its mission, history, governance or work.
public struct GroupFact: Sendable, Hashable {
    public var id: String
    public var topic: FactTopic
    /// When it happened (history), or the date of the document stating it.
    public var date: DocumentDate
    public var text: String
    public var note: String
    public var source: SourceRef
}

/// A paragraph of a member's profile: what it does on migration (2008 note).
public struct AgencyProfile: Sendable, Hashable {
    public var agency: String
    public var paragraph: Int
    public var text: String
    public var source: SourceRef
}

/// The number of GMG members as a document states it.
public struct MembershipCount: Sendable, Hashable {
    public var asOf: DocumentDate
    public var members: Int
    public var text: String
    public var note: String
    public var source: SourceRef
}

/// A point of the Secretary-General's eight-point agenda and where the convergence table ticks it.
public struct AgendaPoint: Sendable, Hashable {
    public var point: Int
    public var text: String
    public var gmgPositionPaper: Bool
    public var hldDeclaration: Bool
    public var civilSocietyPlan: Bool
    public var srsg: Bool
    public var source: SourceRef
}

/// The level a key recommendation of the 2014 slides is made at.
public enum RecommendationLevel: String, Sendable, Hashable, CaseIterable {
    case governance, policy, operational
    case post2015 = "post-2015"
}

/// A key recommendation (or one of its sub-points).
public struct Recommendation: Sendable, Hashable {
    public var id: String
    public var level: RecommendationLevel
    public var position: String
    public var text: String
    /// The recommendation this one details, for sub-points.
    public var parent: String?
    public var source: SourceRef
}

/// What an item of a chair's programme is.
public enum ProgrammeItemKind: String, Sendable, Hashable, CaseIterable {
    case vision, objective, priority, linkage
    case roadAhead = "road-ahead"
}

/// An item of the programme a chair presented for its year: vision, objectives, priorities, linkages, the road ahead.
public struct ChairProgrammeItem: Sendable, Hashable {
    public var id: String
    public var year: Int
    public var chair: String
    public var kind: ProgrammeItemKind
    public var position: Int
    public var text: String
    /// The work stream a priority became, if any.
    public var workStream: String?
    public var source: SourceRef
}

/// What a line of a plan's framing is.
public enum AxisKind: String, Sendable, Hashable, CaseIterable {
    /// One of the main axes a plan revolves around.
    case axis
    /// An aim every axis is designed for.
    case aim
}

/// The framing of the 2010 plan: its main axes and the aims they are designed for.
public struct PlanAxis: Sendable, Hashable {
    public var id: String
    public var plan: String
    public var kind: AxisKind
    public var printedNumber: String
    public var text: String
    /// The work stream an axis is.
    public var workStream: String?
    public var source: SourceRef
}

/// What an output is for, as its plan says.
public struct OutputPurpose: Sendable, Hashable {
    public var output: String
    public var purpose: String
    public var source: SourceRef
}

extension DocumentRecord {
    /// The record's data files, in load order, with their columns.
    static let files: [(name: String, columns: [String])] = [
        ("expected_results.csv", ["id", "work_stream", "printed_number", "text", "source"]),
        ("tor_purposes.csv", ["number", "text", "source"]),
        ("work_stream_functions.csv", ["work_stream", "position", "text", "tor_purpose", "note", "source"]),
        ("result_links.csv", ["expected_result", "output", "key_output", "basis", "source"]),
        ("plan_axes.csv", ["id", "plan", "kind", "printed_number", "text", "work_stream", "source"]),
        ("output_purposes.csv", ["output", "purpose", "source"]),
        ("group_facts.csv", ["id", "topic", "date", "text", "note", "source"]),
        ("agency_profiles.csv", ["agency", "paragraph", "text", "source"]),
        ("membership_counts.csv", ["as_of", "members", "text", "note", "source"]),
        ("sg_agenda.csv", ["point", "text", "gmg_position_paper", "hld_declaration", "civil_society_plan", "srsg", "source"]),
        ("recommendations.csv", ["id", "level", "position", "text", "parent", "source"]),
        ("chair_programmes.csv", ["id", "year", "chair", "kind", "position", "text", "work_stream", "source"]),
    ]
}
