/// Resolves names as written in the plans (ids, acronyms, aliases, roles, a group's display name)
/// to records, case-insensitively; knows the spellings to suggest for a typo.
struct NameResolver {
    private var agencies: [String: String] = [:]
    private var groups: [String: String] = [:]
    private var funding: [String: String] = [:]
    private var budgetOfAgency: [String: String] = [:]
    private var aliases: [String: Alias] = [:]
    /// Names an agency may be written as (acronyms, agency aliases).
    private(set) var agencySpellings: [String] = []
    /// Names a lead may be written as (agencies, groups by id or name, roles, their aliases).
    private(set) var leadSpellings: [String] = []
    /// Names a funding source may be written as.
    private(set) var fundingSpellings: [String] = []

    init(_ dataset: Dataset) {
        for agency in dataset.agencies {
            agencies[agency.id.lowercased()] = agency.id
            agencies[agency.acronym.lowercased()] = agency.id
            agencySpellings.append(agency.acronym)
        }
        for group in dataset.groups {
            groups[group.id.lowercased()] = group.id
            groups[group.name.lowercased()] = group.id
            leadSpellings += [group.id, group.name]
        }
        for source in dataset.fundingSources {
            funding[source.id.lowercased()] = source.id
            funding[source.name.lowercased()] = source.id
            fundingSpellings.append(source.name)
            if source.kind == .agencyBudget, let agency = source.agency { budgetOfAgency[agency] = source.id }
        }
        for alias in dataset.aliases {
            aliases[alias.alias.lowercased()] = alias
            switch alias.kind {
            case .agency: agencySpellings.append(alias.alias)
            case .group, .role: leadSpellings.append(alias.alias)
            case .funding: fundingSpellings.append(alias.alias)
            }
        }
        leadSpellings = agencySpellings + leadSpellings + Role.allCases.map(\.rawValue)
    }

    /// The agency id a name stands for, through the alias table if needed.
    func agency(_ name: String) -> String? {
        let key = name.lowercased()
        if let id = agencies[key] { return id }
        if let alias = aliases[key], alias.kind == .agency { return agencies[alias.target.lowercased()] }
        return nil
    }

    /// The lead a name stands for: an agency, a group or a role.
    func lead(_ name: String) -> Lead? {
        let key = name.lowercased()
        if let id = agency(name) { return .agency(id) }
        if let id = groups[key] { return .group(id) }
        if let role = Role(rawValue: key) { return .role(role) }
        guard let alias = aliases[key] else { return nil }
        switch alias.kind {
        case .group: return groups[alias.target.lowercased()].map(Lead.group)
        case .role: return Role(rawValue: alias.target.lowercased()).map(Lead.role)
        case .agency, .funding: return nil
        }
    }

    /// The funding source a name stands for: a source id or name, an alias, or an agency's budget.
    func fundingSource(_ name: String) -> String? {
        let key = name.lowercased()
        if let id = funding[key] { return id }
        if let alias = aliases[key], alias.kind == .funding { return funding[alias.target.lowercased()] }
        if let agency = agency(name), let id = budgetOfAgency[agency] { return id }
        return nil
    }

    /// Whether an alias target exists for its kind.
    func targetExists(_ alias: Alias) -> Bool {
        let key = alias.target.lowercased()
        switch alias.kind {
        case .agency: return agencies[key] != nil
        case .group: return groups[key] != nil
        case .role: return Role(rawValue: key) != nil
        case .funding: return funding[key] != nil
        }
    }
}

/// Splits a `;`-separated list, trimming names and dropping empty ones.
func splitList(_ text: String) -> [String] {
    text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
}
