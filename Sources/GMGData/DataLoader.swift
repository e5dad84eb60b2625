import Foundation

/// Loads the data folder (`Data/`) into a validated ``Dataset``.
///
/// Every problem is reported as a ``Diagnostic`` naming the file, line and column; loading goes on
/// after an error so that one run reports everything. The data set is usable only when there is
/// no error.
public enum DataLoader {
    /// The result of loading: the data set (as far as it could be read) and the findings.
    public struct Result: Sendable {
        public var dataset: Dataset
        public var diagnostics: Diagnostics
        /// The files read, relative to the data folder, for hashing and change detection.
        public var files: [String]
    }

    /// The data files, in load order, with their columns.
    public static let files: [(name: String, columns: [String])] = [
        ("documents.csv", ["id", "kind", "title", "issued_by", "date", "reference", "note"]),
        ("agencies.csv", ["id", "acronym", "full_name", "prose_name", "kind", "part_of", "gmg_member", "membership_note", "source"]),
        ("groups.csv", ["id", "kind", "name", "work_stream", "source"]),
        ("funding_sources.csv", ["id", "name", "kind", "agency", "source"]),
        ("aliases.csv", ["alias", "kind", "target", "note", "source"]),
        ("plans.csv", ["id", "title", "start_year", "end_year", "version", "source"]),
        ("work_streams.csv", ["id", "plan", "name", "kind", "responsible", "objective", "source"]),
        ("group_chairs.csv", ["group", "agency", "role", "as_of", "source"]),
        ("chair_terms.csv", ["id", "term", "agency", "start_year", "start_semester", "end_year", "end_semester",
                             "status", "source", "note"]),
        ("outputs.csv", ["id", "plan", "year", "work_stream", "printed_number", "title", "deliverable", "semester",
                         "source", "note"]),
        ("activities.csv", ["id", "output", "printed_number", "description", "timeframe", "leads_text", "leads",
                            "funding_text", "funding_sources", "cost_text", "inherit_from", "note", "source"]),
        ("progress.csv", ["activity", "status", "as_of", "note", "source"]),
        ("key_outputs.csv", ["id", "work_stream", "printed_number", "text", "source"]),
        ("foreseen_outputs.csv", ["id", "year", "category", "printed_number", "text", "source"]),
    ] + DocumentRecord.files

    /// Loads every data file of `directory`.
    ///
    /// - Parameters:
    ///   - directory: the data folder.
    ///   - displayName: how diagnostics name the folder (defaults to its path).
    public static func load(from directory: URL, displayName: String? = nil) -> Result {
        var reader = FieldReader()
        var tables: [String: [Row]] = [:]
        let display = displayName ?? directory.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            reader.diagnostics.error(display, 1, 1, "data folder not found")
            return Result(dataset: Dataset(), diagnostics: reader.diagnostics, files: [])
        }
        for file in files {
            tables[file.name] = TableFile.read(
                file.name, in: directory, displayDirectory: display, columns: file.columns,
                diagnostics: &reader.diagnostics) ?? []
        }
        var builder = DatasetBuilder(reader: reader)
        builder.build(consume tables)
        for (table, count) in builder.reader.uncheckedReferences.sorted(by: { $0.key < $1.key }) {
            let file = display.isEmpty ? table : "\(display)/\(table)"
            builder.reader.diagnostics.error(file, 1, 1, """
                \(count) reference(s) to names this file may define were not checked: fix its CSV errors first
                """)
        }
        return Result(dataset: builder.dataset, diagnostics: builder.reader.diagnostics, files: files.map(\.name))
    }
}
