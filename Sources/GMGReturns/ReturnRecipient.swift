import GMGData

/// Who fills one return: a lead agency, a working group or task force, or the chair's support unit
/// (for activities led by a role such as the GMG Chair or "GMG member agencies", or by nobody named).
public struct ReturnRecipient: Sendable, Hashable {
    /// What kind of body fills the return.
    public enum Kind: String, Sendable, Hashable {
        case agency
        case group
        case chairSupportUnit = "chair-support-unit"
    }

    /// The agency or group id, or `chair-support-unit`.
    public var id: String
    public var kind: Kind
    /// The name people know it by: the agency's acronym, the group's name.
    public var name: String

    /// The name in a sentence: "ILO", "the Working Group on Data and Research".
    public var phrase: String { kind == .agency ? name : "the \(name)" }

    /// The id of the chair and support unit's return.
    public static let chairSupportUnitID = "chair-support-unit"

    /// The recipient for `id` in `dataset`; nil when the data has no such agency or group.
    public init?(id: String, in dataset: Dataset) {
        if id == Self.chairSupportUnitID {
            self.init(id: id, kind: .chairSupportUnit, name: "GMG Chair and support unit")
        } else if let agency = dataset.agencies.first(where: { $0.id == id }) {
            self.init(id: id, kind: .agency, name: agency.acronym)
        } else if let group = dataset.groups.first(where: { $0.id == id }) {
            self.init(id: id, kind: .group, name: group.name)
        } else {
            return nil
        }
    }

    init(id: String, kind: Kind, name: String) {
        self.id = id
        self.kind = kind
        self.name = name
    }

    /// The recipients of an activity: each agency and group lead; the chair and support unit for
    /// role leads and for an activity with no lead named. A lead listed twice counts once.
    static func recipients(of activity: Activity, in dataset: Dataset) -> [ReturnRecipient] {
        var result: [ReturnRecipient] = []
        for lead in activity.leads {
            let id: String
            switch lead {
            case .agency(let agency): id = agency
            case .group(let group): id = group
            case .role: id = chairSupportUnitID
            }
            if !result.contains(where: { $0.id == id }), let recipient = ReturnRecipient(id: id, in: dataset) {
                result.append(recipient)
            }
        }
        if result.isEmpty, let unit = ReturnRecipient(id: chairSupportUnitID, in: dataset) { result.append(unit) }
        return result
    }
}
