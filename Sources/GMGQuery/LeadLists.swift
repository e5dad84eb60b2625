import GRDB

/// The leads each lead list names, as ranks among every lead name in SQLite's order (text compared
/// as UTF-8 bytes): what ``GroupSums`` expands a group's lead list into.
struct LeadLists: Sendable {
    /// Every lead name (UTF-8), in SQLite's order; a lead's rank is its index here.
    let names: [[UInt8]]
    /// The ranks of each list's leads, in the list's order, by list id.
    private let ranksOfList: [Int64: [Int32]]

    /// Reads `lead_list_members` from `db`.
    init(_ db: Database) throws {
        var members: [(list: Int64, name: String)] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT list, lead_name FROM lead_list_members ORDER BY list, position")
        while let row = try rows.next() { members.append((row[0], row[1])) }
        let names = Set(members.map(\.name)).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let rank = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, Int32($0)) })
        var ranksOfList: [Int64: [Int32]] = [:]
        for member in members { ranksOfList[member.list, default: []].append(rank[member.name]!) }
        self.names = names.map { Array($0.utf8) }
        self.ranksOfList = ranksOfList
    }

    /// The ranks of the leads `list` names (none for a list naming none).
    func ranks(of list: Int64) -> [Int32] {
        ranksOfList[list] ?? []
    }
}
