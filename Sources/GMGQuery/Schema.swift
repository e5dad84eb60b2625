import GRDB

/// The database schema: one table per kind of record, normalised, with its constraints.
/// Documented table by table in `docs/database.md`.
///
/// One schema for both inputs (`Data/` and the interchange CSV), laid out to stay small and fast
/// at a million activities: activities and outputs are stored in input order (`seq` is the rowid,
/// so reading them in order sorts nothing and storing one appends); each activity refers to its leads and its funding sources through a list
/// stored once however many activities share it (`lead_lists`, `funding_lists` and their
/// members, with the lead listed twice kept once), so grouping by lead or source joins a few
/// thousand list rows instead of a row per activity and lead; costs are exact thousandths of a
/// dollar (`cost_milli`, summed as integers), with `cost_usd` derived from them. The views
/// `activity_leads` and `activity_funding` give the one-row-per-activity-and-lead form for ad-hoc
/// SQL; saved queries join the lists. The activities sharing an output, a lead list and a funding
/// list are also summed once, while loading, into `activity_groups` (how many, how many state a
/// cost, the sum of those costs): the aggregate saved queries read those groups, a few thousand
/// rows where the activities are a million. The groups are summed once more per output year and work
/// stream (``GroupSums``): into `stream_groups` per funding list (for `totals` and the funding
/// queries), `lead_groups` per lead named in the lead list and funding list (for `cube` and the
/// funding by agency), and `lead_streams` per lead with its outputs (for `by-agency`), so that no
/// saved query sorts a row per group and lead: rowid tables without a key index, appended in key
/// order (only ever read whole). The view `output_sums` sums the groups per output (in
/// `activity_groups`' key order, so nothing is sorted), for the saved queries that count by output.
/// These tables are pre-summed forms of `activities` (and of its view `activity_leads`) filled by
/// the one loader for both inputs; every aggregate itself (which rows, how a cost is split, totals,
/// pivots) is in the saved queries.
///
/// The allowed values of a column of a table that grows with the data (activities, outputs, lead
/// list members, progress) are checked with `=` ... `OR`, not `IN (...)`: SQLite builds a
/// temporary index of an `IN` list of three or more values for every row inserted, which was a
/// third of the cost of inserting an activity.
enum Schema {
    /// The counts of a group of activities, after its keys (in `activity_groups`, `stream_groups`,
    /// `lead_groups` and `lead_streams`): no stated cost is NULL, never 0.
    private static let countColumns = """
        activities INTEGER NOT NULL CHECK (activities >= 1),
            costed_activities INTEGER NOT NULL CHECK (costed_activities >= 0 AND costed_activities <= activities),
            cost_milli INTEGER CHECK (cost_milli >= 0),
            CHECK ((costed_activities = 0) = (cost_milli IS NULL))
        """

    /// The key columns every per-year-and-work-stream sum starts with (`stream_groups`, `lead_groups`,
    /// `lead_streams`).
    private static let yearAndStream = """
        year INTEGER NOT NULL,
            work_stream TEXT NOT NULL REFERENCES work_streams(id)
        """

    static let statements = """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('work-plan', 'slides', 'information-note', 'agency-return', 'email',
                                               'minutes', 'other')),
            title TEXT NOT NULL,
            issued_by TEXT NOT NULL,
            date TEXT NOT NULL CHECK (date GLOB '[12][0-9][0-9][0-9]*'),
            date_text TEXT NOT NULL,
            reference TEXT NOT NULL UNIQUE,
            note TEXT NOT NULL,
            citation TEXT NOT NULL
        );
        CREATE TABLE cited_sources (
            source TEXT PRIMARY KEY NOT NULL,
            citation TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE citations (
            source TEXT NOT NULL REFERENCES cited_sources(source),
            position INTEGER NOT NULL CHECK (position >= 1),
            document TEXT NOT NULL REFERENCES documents(id),
            place TEXT NOT NULL CHECK (place <> ''),
            printed_place TEXT NOT NULL,
            PRIMARY KEY (source, position)
        ) WITHOUT ROWID;
        CREATE TABLE plans (
            id TEXT PRIMARY KEY NOT NULL,
            title TEXT NOT NULL,
            start_year INTEGER NOT NULL,
            end_year INTEGER NOT NULL CHECK (end_year >= start_year),
            version TEXT NOT NULL,
            source TEXT NOT NULL
        );
        CREATE TABLE agencies (
            id TEXT PRIMARY KEY NOT NULL,
            acronym TEXT NOT NULL,
            full_name TEXT NOT NULL,
            prose_name TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('un-entity', 'regional-commission', 'fund', 'other')),
            part_of TEXT REFERENCES agencies(id),
            gmg_member TEXT NOT NULL CHECK (gmg_member IN ('yes', 'no', 'unknown')),
            membership_note TEXT NOT NULL,
            source TEXT NOT NULL
        );
        CREATE TABLE work_streams (
            id TEXT PRIMARY KEY NOT NULL,
            plan TEXT NOT NULL REFERENCES plans(id),
            name TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('thematic', 'joint', 'unclassified')),
            responsible TEXT NOT NULL,
            objective TEXT NOT NULL,
            source TEXT NOT NULL
        );
        CREATE TABLE working_groups (
            id TEXT PRIMARY KEY NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('working-group', 'task-force')),
            name TEXT NOT NULL,
            work_stream TEXT REFERENCES work_streams(id),
            source TEXT NOT NULL
        );
        CREATE TABLE group_chairs (
            working_group TEXT NOT NULL REFERENCES working_groups(id),
            agency TEXT NOT NULL REFERENCES agencies(id),
            role TEXT NOT NULL CHECK (role IN ('chair', 'co-chair', 'co-convener')),
            as_of TEXT NOT NULL,
            source TEXT NOT NULL,
            PRIMARY KEY (working_group, agency)
        );
        CREATE TABLE funding_sources (
            id TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('agency-budget', 'staff-time', 'trust-fund', 'to-be-mobilized', 'donor',
                                               'unclassified')),
            agency TEXT REFERENCES agencies(id),
            source TEXT NOT NULL
        );
        CREATE TABLE aliases (
            alias TEXT PRIMARY KEY NOT NULL COLLATE NOCASE,
            kind TEXT NOT NULL CHECK (kind IN ('agency', 'group', 'role', 'funding')),
            target TEXT NOT NULL,
            note TEXT NOT NULL,
            source TEXT NOT NULL
        );
        CREATE TABLE chair_terms (
            id TEXT PRIMARY KEY NOT NULL,
            term INTEGER NOT NULL,
            agency TEXT NOT NULL REFERENCES agencies(id),
            start_date TEXT NOT NULL,
            end_date TEXT NOT NULL CHECK (end_date >= start_date),
            start_semester INTEGER NOT NULL CHECK (start_semester IN (1, 2)),
            end_semester INTEGER NOT NULL CHECK (end_semester IN (1, 2)),
            status TEXT NOT NULL CHECK (status IN ('planned', 'confirmed')),
            note TEXT NOT NULL,
            source TEXT NOT NULL
        );
        CREATE TABLE outputs (
            id TEXT NOT NULL,
            seq INTEGER PRIMARY KEY,
            plan TEXT NOT NULL REFERENCES plans(id),
            year INTEGER NOT NULL,
            work_stream TEXT NOT NULL REFERENCES work_streams(id),
            printed_number TEXT NOT NULL,
            title TEXT NOT NULL,
            deliverable TEXT NOT NULL CHECK (deliverable = '' OR deliverable = 'joint' OR deliverable = 'group'),
            semester INTEGER CHECK (semester IN (1, 2)),
            note TEXT NOT NULL,
            source TEXT NOT NULL
        );
        CREATE TABLE lead_lists (
            id INTEGER PRIMARY KEY,
            names TEXT NOT NULL
        );
        CREATE TABLE lead_list_members (
            list INTEGER NOT NULL REFERENCES lead_lists(id),
            position INTEGER NOT NULL CHECK (position >= 1),
            lead_name TEXT NOT NULL,
            lead_kind TEXT NOT NULL CHECK (lead_kind = 'agency' OR lead_kind = 'group' OR lead_kind = 'role' OR lead_kind = 'name'),
            agency TEXT REFERENCES agencies(id),
            via_chair INTEGER NOT NULL DEFAULT 0 CHECK (via_chair IN (0, 1)),
            PRIMARY KEY (list, position),
            UNIQUE (list, lead_name)
        ) WITHOUT ROWID;
        CREATE TABLE funding_lists (
            id INTEGER PRIMARY KEY,
            names TEXT NOT NULL,
            kinds TEXT NOT NULL
        );
        CREATE TABLE funding_list_members (
            list INTEGER NOT NULL REFERENCES funding_lists(id),
            position INTEGER NOT NULL CHECK (position >= 1),
            funding_source TEXT NOT NULL REFERENCES funding_sources(id),
            share REAL NOT NULL CHECK (share > 0 AND share <= 1),
            PRIMARY KEY (list, position),
            UNIQUE (list, funding_source)
        ) WITHOUT ROWID;
        CREATE TABLE activities (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL,
            output TEXT NOT NULL REFERENCES outputs(id),
            printed_number TEXT NOT NULL,
            description TEXT NOT NULL,
            timeframe_text TEXT NOT NULL,
            start_date TEXT,
            end_date TEXT CHECK (end_date >= start_date),
            precision TEXT CHECK (precision = 'day' OR precision = 'month' OR precision = 'season' OR precision = 'quarter'
                             OR precision = 'half' OR precision = 'year'),
            tentative INTEGER NOT NULL DEFAULT 0 CHECK (tentative IN (0, 1)),
            deadline INTEGER NOT NULL DEFAULT 0 CHECK (deadline IN (0, 1)),
            leads_text TEXT NOT NULL,
            lead_list INTEGER NOT NULL REFERENCES lead_lists(id),
            funding_text TEXT NOT NULL,
            funding_list INTEGER NOT NULL REFERENCES funding_lists(id),
            cost_text TEXT NOT NULL,
            cost_milli INTEGER CHECK (cost_milli >= 0),
            cost_usd REAL GENERATED ALWAYS AS (cost_milli / 1000.0) VIRTUAL,
            cost_estimate INTEGER NOT NULL DEFAULT 0 CHECK (cost_estimate IN (0, 1)),
            inherit_from TEXT REFERENCES activities(id),
            inherited_fields TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL,
            status_as_of TEXT,
            status_note TEXT NOT NULL DEFAULT '',
            status_source TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE activity_groups (
            output_seq INTEGER NOT NULL REFERENCES outputs(seq),
            lead_list INTEGER NOT NULL REFERENCES lead_lists(id),
            funding_list INTEGER NOT NULL REFERENCES funding_lists(id),
            \(countColumns),
            PRIMARY KEY (output_seq, lead_list, funding_list)
        ) WITHOUT ROWID;
        CREATE TABLE stream_groups (
            \(yearAndStream),
            funding_list INTEGER NOT NULL REFERENCES funding_lists(id),
            \(countColumns)
        );
        CREATE TABLE lead_groups (
            \(yearAndStream),
            lead_name TEXT,
            funding_list INTEGER NOT NULL REFERENCES funding_lists(id),
            \(countColumns)
        );
        CREATE TABLE lead_streams (
            \(yearAndStream),
            lead_name TEXT,
            outputs INTEGER NOT NULL CHECK (outputs >= 1),
            \(countColumns)
        );
        CREATE VIEW output_sums AS
            SELECT output_seq, sum(activities) AS activities, sum(costed_activities) AS costed_activities,
                   sum(cost_milli) AS cost_milli
            FROM activity_groups GROUP BY output_seq;
        CREATE VIEW activity_leads AS
            SELECT a.id AS activity, m.position AS position, m.lead_name AS lead_name, m.lead_kind AS lead_kind,
                   m.agency AS agency, m.via_chair AS via_chair
            FROM activities a JOIN lead_list_members m ON m.list = a.lead_list;
        CREATE VIEW activity_funding AS
            SELECT a.id AS activity, m.position AS position, m.funding_source AS funding_source, m.share AS share
            FROM activities a JOIN funding_list_members m ON m.list = a.funding_list;
        CREATE TABLE progress (
            activity TEXT NOT NULL REFERENCES activities(id),
            status TEXT NOT NULL CHECK (status = 'planned' OR status = 'in-progress' OR status = 'delivered' OR status = 'postponed'
                                        OR status = 'cancelled'),
            as_of TEXT NOT NULL,
            note TEXT NOT NULL,
            source TEXT NOT NULL,
            PRIMARY KEY (activity, as_of, status)
        );
        CREATE TABLE planned_deliverables (
            id TEXT PRIMARY KEY NOT NULL,
            list TEXT NOT NULL CHECK (list IN ('key-output', 'foreseen')),
            category TEXT NOT NULL,
            year INTEGER,
            printed_number TEXT NOT NULL,
            text TEXT NOT NULL,
            source TEXT NOT NULL
        );
        CREATE VIEW latest_progress AS
            SELECT p.* FROM progress p
            WHERE p.as_of = (SELECT max(q.as_of) FROM progress q WHERE q.activity = p.activity);
        CREATE VIEW timeline_items AS
            SELECT a.id AS activity, o.year AS year, w.name AS section,
                   CASE WHEN a.printed_number = '' THEN '' ELSE a.printed_number || ' ' END
                   || CASE WHEN length(a.description) <= 48 THEN a.description
                      ELSE coalesce(nullif(rtrim(rtrim(substr(a.description, 1, 49), replace(substr(a.description, 1, 49), ' ', '')),
                                                 ' ,;:–-.'), ''), substr(a.description, 1, 48)) || '…' END AS label,
                   a.start_date AS starts, a.end_date AS ends, a.tentative AS tentative,
                   w.rowid AS stream_order, o.seq AS output_seq, a.seq AS activity_seq
            FROM activities a JOIN outputs o ON o.id = a.output JOIN work_streams w ON w.id = o.work_stream;
        """

    /// Indexes created after a bulk load (cheaper than maintaining them row by row), among them
    /// the ones that keep activity and output ids unique: built once by sorting, each fails the
    /// load on a duplicate id as a column constraint would, without a random B-tree insert per row
    /// (an output is stored by its `seq`, the rowid, so inserting it is an append).
    static let indexes = """
        CREATE UNIQUE INDEX activities_by_id ON activities(id);
        CREATE UNIQUE INDEX outputs_by_id ON outputs(id);
        CREATE INDEX activities_by_output ON activities(output);
        CREATE INDEX activities_by_lead_list ON activities(lead_list);
        CREATE INDEX activities_by_funding_list ON activities(funding_list);
        CREATE INDEX lead_list_members_by_name ON lead_list_members(lead_name);
        CREATE INDEX funding_list_members_by_source ON funding_list_members(funding_source);
        CREATE INDEX outputs_by_year ON outputs(year, work_stream);
        """

    /// Creates every table and view.
    static func create(_ db: Database) throws {
        try db.execute(sql: statements)
        try db.execute(sql: recordStatements)
    }
}
