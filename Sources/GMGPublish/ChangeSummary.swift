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
        var source = previous.map { Self.inFileOrder($0.records).makeIterator() }
        let next: (() throws -> Record?)? = source == nil ? nil : { source!.next() }
        var merge = ChangeMerge(previous: next, fieldOrder: fieldOrder, keepsFirstBuildRecords: true)
        for record in Self.inFileOrder(current.records) { merge.add(record) }
        self = merge.finish(previousFigures: { previous?.figures ?? [] }, figures: current.figures)
    }

    init(isFirstBuild: Bool, countBefore: Int, countAfter: Int, added: [Record], removed: [Record],
         changed: [RecordChange], figures: [FigureChange]) {
        self.isFirstBuild = isFirstBuild
        self.countBefore = countBefore
        self.countAfter = countAfter
        self.added = added
        self.removed = removed
        self.changed = changed
        self.figures = figures
    }

    /// Records in the order of `snapshot.json`: ascending UTF-8 bytes of their ids.
    static func inFileOrder(_ records: [String: [String: String]]) -> [Record] {
        records.map { Record(id: $0.key, fields: $0.value) }.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
    }

    /// The number of records in both builds with no field changed.
    public var unchangedCount: Int { countAfter - added.count - changed.count }

    /// Orders ids with digit runs compared by value, then by plain text so the order is total.
    static func sortedIDs(_ ids: some Sequence<String>) -> [String] {
        ids.sorted(by: precedes)
    }

    /// Whether `lhs` comes before `rhs` with digit runs compared by value, then by plain text.
    static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        switch lhs.compare(rhs, options: [.numeric]) {
        case .orderedAscending: true
        case .orderedDescending: false
        case .orderedSame: lhs < rhs
        }
    }

    static func figureChanges(previous: [KeyFigure], current: [KeyFigure]) -> [FigureChange] {
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
