import Foundation

/// Compares this build's records with the previous build's as both come in ascending UTF-8 order
/// of their ids (the order of `snapshot.json`), holding only what changed.
struct ChangeMerge {
    private let fieldOrder: [String]
    private let keepsFirstBuildRecords: Bool
    private let nextPrevious: (() throws -> ChangeSummary.Record?)?
    private var pending: ChangeSummary.Record?
    private(set) var isFirstBuild: Bool
    private var countBefore = 0
    private var countAfter = 0
    private var added: [ChangeSummary.Record] = []
    private var removed: [ChangeSummary.Record] = []
    private var changed: [ChangeSummary.RecordChange] = []

    /// - Parameters:
    ///   - previous: gives the previous build's records in order, nil after the last; nil for a
    ///     first build. When it throws, the build counts as a first build (nothing to compare with).
    ///   - keepsFirstBuildRecords: whether a first build lists its records as added (`CHANGES.md` does not show them).
    init(previous: (() throws -> ChangeSummary.Record?)?, fieldOrder: [String], keepsFirstBuildRecords: Bool) {
        nextPrevious = previous
        isFirstBuild = previous == nil
        self.fieldOrder = fieldOrder
        self.keepsFirstBuildRecords = keepsFirstBuildRecords
        advance()
    }

    /// Takes this build's next record; ids come in ascending UTF-8 order, each once.
    mutating func add(_ record: ChangeSummary.Record) {
        countAfter += 1
        guard !isFirstBuild else {
            if keepsFirstBuildRecords { added.append(record) }
            return
        }
        while let old = pending, old.id.utf8.lexicographicallyPrecedes(record.id.utf8) {
            removed.append(old)
            advance()
        }
        guard let old = pending, old.id == record.id else {
            added.append(record)
            return
        }
        if old.fields != record.fields {
            let fields = Self.sortedFields(Set(old.fields.keys).union(record.fields.keys), order: fieldOrder)
            let changes = fields.filter { old.fields[$0] != record.fields[$0] }.map {
                ChangeSummary.FieldChange(field: $0, before: old.fields[$0], after: record.fields[$0])
            }
            changed.append(ChangeSummary.RecordChange(record: record, changes: changes))
        }
        advance()
    }

    /// The summary, once every record of this build has been added.
    /// - Parameter figures: the key figures before (nil for a first build) and after.
    mutating func finish(previousFigures: () throws -> [KeyFigure], figures: [KeyFigure]) -> ChangeSummary {
        while let old = pending {
            removed.append(old)
            advance()
        }
        var before: [KeyFigure] = []
        if !isFirstBuild {
            do { before = try previousFigures() } catch { becomeFirstBuild() }
        }
        let order = { (lhs: ChangeSummary.Record, rhs: ChangeSummary.Record) in ChangeSummary.precedes(lhs.id, rhs.id) }
        return ChangeSummary(
            isFirstBuild: isFirstBuild, countBefore: isFirstBuild ? 0 : countBefore, countAfter: countAfter,
            added: added.sorted(by: order), removed: removed.sorted(by: order),
            changed: changed.sorted { ChangeSummary.precedes($0.record.id, $1.record.id) },
            figures: ChangeSummary.figureChanges(previous: before, current: figures))
    }

    private mutating func advance() {
        guard !isFirstBuild, let nextPrevious else { pending = nil; return }
        do {
            pending = try nextPrevious()
            if pending != nil { countBefore += 1 }
        } catch {
            becomeFirstBuild()
        }
    }

    /// A previous snapshot that turns out unreadable counts as none, as when it is missing.
    private mutating func becomeFirstBuild() {
        isFirstBuild = true
        pending = nil
        removed = []
        changed = []
        added = []
    }

    private static func sortedFields(_ fields: Set<String>, order: [String]) -> [String] {
        let listed = order.filter(fields.contains)
        return listed + fields.subtracting(listed).sorted()
    }
}
