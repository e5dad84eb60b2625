import GRDB

/// The in-memory SQLite database the workload's aggregates are queries on.
///
/// A star schema cut to what the aggregates read, so a million activities take tens of
/// megabytes, not the whole text of the file: one row per activity with its output, its cost and
/// its lists of lead agencies and funding sources; the text lives once in small dimension tables.
/// A list (`ILO;UNDP`) is stored once with its names in order, and activities refer to it.
///
/// Costs are stored in thousandths of a dollar (`cost_milli`), so sums are exact integers and
/// the 3-decimal CSVs need no rounding of rounding errors; an amount with finer fractions is
/// rounded to the thousandth when loaded. `funding_list_names.share` is 1/n for a list of n
/// sources: an activity's split cost for one source is `cost_milli * share`.
///
/// References are declared but not enforced while loading (the loader assigns every id);
/// `PRAGMA foreign_key_check` finds nothing on a loaded database.
final class WorkloadDatabase {
    static let schema = """
        CREATE TABLE work_streams (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
        CREATE TABLE outputs (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL,
            work_stream INTEGER NOT NULL REFERENCES work_streams(id),
            code TEXT NOT NULL,
            UNIQUE (year, work_stream, code)
        );
        CREATE TABLE names (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
        CREATE TABLE lead_lists (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE);
        CREATE TABLE lead_list_names (
            list INTEGER NOT NULL REFERENCES lead_lists(id),
            position INTEGER NOT NULL,
            agency INTEGER NOT NULL REFERENCES names(id),
            PRIMARY KEY (list, position)
        ) WITHOUT ROWID;
        CREATE TABLE funding_lists (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE);
        CREATE TABLE funding_list_names (
            list INTEGER NOT NULL REFERENCES funding_lists(id),
            position INTEGER NOT NULL,
            source INTEGER NOT NULL REFERENCES names(id),
            share REAL NOT NULL CHECK (share > 0 AND share <= 1),
            PRIMARY KEY (list, position)
        ) WITHOUT ROWID;
        CREATE TABLE activities (
            seq INTEGER PRIMARY KEY,
            output INTEGER NOT NULL REFERENCES outputs(id),
            cost_milli INTEGER CHECK (cost_milli >= 0),
            leads INTEGER NOT NULL REFERENCES lead_lists(id),
            funding INTEGER NOT NULL REFERENCES funding_lists(id)
        );
        """

    let queue: DatabaseQueue

    /// Creates an empty database with the schema.
    init() throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false
        configuration.label = "gmg-workload"
        // Large GROUP BY sorts spill into sorted runs; let SQLite sort and merge them on helper
        // threads, which use the core the workbook thread leaves idle once its rows are written.
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA threads = 2") }
        queue = try DatabaseQueue(configuration: configuration)
        try queue.write { db in try db.execute(sql: Self.schema) }
    }
}
