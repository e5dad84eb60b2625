import GMGData

/// Which activities a round of returns asks about: the plan year of a chair term, or a whole plan.
public enum ReturnScope: Sendable, Hashable, CustomStringConvertible {
    /// The activities of the outputs of one plan year (`--term 2014`).
    case term(Int)
    /// Every activity of one plan (`--plan mawp-2013-2015`).
    case plan(String)

    /// Whether an output belongs to the scope.
    public func contains(_ output: Output) -> Bool {
        switch self {
        case .term(let year): output.year == year
        case .plan(let id): output.plan == id
        }
    }

    /// How the template identity stores it: `term 2014`, `plan mawp-2013-2015`.
    public var description: String {
        switch self {
        case .term(let year): "term \(year)"
        case .plan(let id): "plan \(id)"
        }
    }

    /// Parses ``description``.
    public init?(identity text: String) {
        let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return nil }
        switch parts[0] {
        case "term": guard let year = Int(parts[1]) else { return nil }; self = .term(year)
        case "plan" where !parts[1].isEmpty: self = .plan(parts[1])
        default: return nil
        }
    }

    /// The part of file names: `2014`, `mawp-2013-2015`.
    var fileTag: String {
        switch self {
        case .term(let year): String(year)
        case .plan(let id): id
        }
    }

    /// A short label for titles: "2014", or the plan's title.
    func label(in dataset: Dataset) -> String {
        switch self {
        case .term(let year): String(year)
        case .plan(let id): dataset.plans.first { $0.id == id }?.title ?? id
        }
    }

    /// Prose: "the activities of the 2014 work plan", "the activities of <the plan's title>".
    func phrase(in dataset: Dataset) -> String {
        switch self {
        case .term(let year): "the activities of the \(year) work plan"
        case .plan(let id): "the activities of \(dataset.plans.first { $0.id == id }?.title ?? id)"
        }
    }
}
