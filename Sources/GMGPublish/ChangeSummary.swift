import Foundation

/// What changed between two snapshots: records added, removed and changed, and key figures.
///
/// Everything is in a fixed order: record ids compare with numbers by value (`A-2` before `A-10`),
/// fields follow `fieldOrder` and then the alphabet, key figures follow the current snapshot and
/// then the figures only the previous one had. ``markdown(title:labelField:)`` renders `CHANGES.md`.
///
/// ```swift
/// let previous = try? Snapshot.load(from: latest.appendingPathComponent(Snapshot.fileName))
/// let summary = ChangeSummary(previous: previous, current: snapshot, fieldOrder: ["status", "timeframe"])
/// let changes = folder.appendingPathComponent(ChangeSummary.fileName)
/// try Data(summary.markdown(labelField: "title").utf8).write(to: changes)
/// ```
public struct ChangeSummary: Equatable, Sendable {
    /// The file name inside a build folder.
    public static let fileName = "CHANGES.md"

    /// A record with its id.
    public struct Record: Equatable, Sendable {
        /// The record's id.
        public var id: String
        /// Field name → displayed value.
        public var fields: [String: String]
    }

    /// One field of a record that differs; nil for a field the record did not have.
    public struct FieldChange: Equatable, Sendable {
        /// The field's name.
        public var field: String
        /// The value in the previous build.
        public var before: String?
        /// The value in this build.
        public var after: String?
    }

    /// A record present in both builds whose fields differ.
    public struct RecordChange: Equatable, Sendable {
        /// The record as it is now.
        public var record: Record
        /// The fields that differ, in field order.
        public var changes: [FieldChange]
    }

    /// A key figure before and after; nil on the side where it did not exist.
    public struct FigureChange: Equatable, Sendable {
        /// The figure's name.
        public var name: String
        /// The value in the previous build.
        public var before: FigureValue?
        /// The value in this build.
        public var after: FigureValue?
    }

    /// Whether there was no previous snapshot to compare with.
    public let isFirstBuild: Bool
    /// The number of records in the previous build (0 for a first build).
    public let countBefore: Int
    /// The number of records in this build.
    public let countAfter: Int
    /// Records only this build has.
    public let added: [Record]
    /// Records only the previous build had, as they were.
    public let removed: [Record]
    /// Records in both builds whose fields differ.
    public let changed: [RecordChange]
    /// Every key figure of either build.
    public let figures: [FigureChange]

    /// Compares `current` with `previous` (nil for a first build).
    ///
    /// - Parameter fieldOrder: The fields to list first, in this order; others follow alphabetically.
    public init(previous: Snapshot?, current: Snapshot, fieldOrder: [String] = []) {
        let before = previous?.records ?? [:]
        let after = current.records
        isFirstBuild = previous == nil
        countBefore = before.count
        countAfter = after.count
        added = Self.sortedIDs(after.keys.filter { before[$0] == nil }).map { Record(id: $0, fields: after[$0]!) }
        removed = Self.sortedIDs(before.keys.filter { after[$0] == nil }).map { Record(id: $0, fields: before[$0]!) }
        // Only the records that changed are put in order (a build of 100,000 activities changes few).
        let changedIDs = after.compactMap { id, new in before[id].flatMap { $0 == new ? nil : id } }
        changed = Self.sortedIDs(changedIDs).compactMap { id in
            let (old, new) = (before[id]!, after[id]!)
            let fields = Self.sortedFields(Set(old.keys).union(new.keys), order: fieldOrder)
            let changes = fields.filter { old[$0] != new[$0] }.map {
                FieldChange(field: $0, before: old[$0], after: new[$0])
            }
            return changes.isEmpty ? nil : RecordChange(record: Record(id: id, fields: new), changes: changes)
        }
        figures = Self.figureChanges(previous: previous?.figures ?? [], current: current.figures)
    }

    /// The number of records in both builds with no field changed.
    public var unchangedCount: Int { countAfter - added.count - changed.count }

    /// Orders ids with digit runs compared by value, then by plain text so the order is total.
    static func sortedIDs(_ ids: some Sequence<String>) -> [String] {
        ids.sorted { lhs, rhs in
            switch lhs.compare(rhs, options: [.numeric]) {
            case .orderedAscending: true
            case .orderedDescending: false
            case .orderedSame: lhs < rhs
            }
        }
    }

    private static func sortedFields(_ fields: Set<String>, order: [String]) -> [String] {
        let listed = order.filter(fields.contains)
        return listed + fields.subtracting(listed).sorted()
    }

    private static func figureChanges(previous: [KeyFigure], current: [KeyFigure]) -> [FigureChange] {
        var seen: Set<String> = []
        var changes: [FigureChange] = []
        for figure in current where seen.insert(figure.name).inserted {
            let before = previous.first { $0.name == figure.name }?.value
            changes.append(FigureChange(name: figure.name, before: before, after: figure.value))
        }
        for figure in previous where seen.insert(figure.name).inserted {
            changes.append(FigureChange(name: figure.name, before: figure.value, after: nil))
        }
        return changes
    }
}
