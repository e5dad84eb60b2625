extension Schema {
    /// The record beyond the plans' tables: expected results and their links, the GMG itself, the
    /// chairs' programmes. Documented in `docs/database.md`.
    static let recordStatements = """
        CREATE TABLE expected_results (
            id TEXT PRIMARY KEY NOT NULL,
            seq INTEGER NOT NULL UNIQUE,
            work_stream TEXT NOT NULL REFERENCES work_streams(id),
            printed_number TEXT NOT NULL,
            text TEXT NOT NULL CHECK (text <> ''),
            source TEXT NOT NULL
        );
        CREATE TABLE tor_purposes (
            number INTEGER PRIMARY KEY NOT NULL CHECK (number >= 1),
            text TEXT NOT NULL CHECK (text <> ''),
            source TEXT NOT NULL
        );
        CREATE TABLE work_stream_functions (
            work_stream TEXT NOT NULL REFERENCES work_streams(id),
            position INTEGER NOT NULL CHECK (position >= 1),
            text TEXT NOT NULL CHECK (text <> ''),
            tor_purpose INTEGER REFERENCES tor_purposes(number),
            note TEXT NOT NULL,
            source TEXT NOT NULL,
            PRIMARY KEY (work_stream, position)
        );
        CREATE TABLE result_links (
            expected_result TEXT NOT NULL REFERENCES expected_results(id),
            output TEXT REFERENCES outputs(id),
            key_output TEXT REFERENCES planned_deliverables(id),
            basis TEXT NOT NULL CHECK (basis <> ''),
            source TEXT NOT NULL,
            CHECK ((output IS NULL) <> (key_output IS NULL)),
            UNIQUE (expected_result, output, key_output)
        );
        CREATE TABLE plan_axes (
            id TEXT PRIMARY KEY NOT NULL,
            plan TEXT NOT NULL REFERENCES plans(id),
            kind TEXT NOT NULL CHECK (kind IN ('axis', 'aim')),
            printed_number TEXT NOT NULL,
            text TEXT NOT NULL CHECK (text <> ''),
            work_stream TEXT REFERENCES work_streams(id),
            source TEXT NOT NULL
        );
        CREATE TABLE output_purposes (
            output TEXT PRIMARY KEY NOT NULL REFERENCES outputs(id),
            purpose TEXT NOT NULL CHECK (purpose <> ''),
            source TEXT NOT NULL
        );
        CREATE TABLE group_facts (
            id TEXT PRIMARY KEY NOT NULL,
            seq INTEGER NOT NULL UNIQUE,
            topic TEXT NOT NULL CHECK (topic IN ('mission', 'history', 'governance', 'work')),
            date TEXT NOT NULL CHECK (date GLOB '[12][0-9][0-9][0-9]*'),
            date_text TEXT NOT NULL,
            text TEXT NOT NULL CHECK (text <> ''),
            note TEXT NOT NULL,
            source TEXT NOT NULL
        );
        CREATE TABLE agency_profiles (
            agency TEXT NOT NULL REFERENCES agencies(id),
            paragraph INTEGER NOT NULL CHECK (paragraph >= 1),
            text TEXT NOT NULL CHECK (text <> ''),
            source TEXT NOT NULL,
            PRIMARY KEY (agency, paragraph)
        );
        CREATE TABLE membership_counts (
            as_of TEXT PRIMARY KEY NOT NULL CHECK (as_of GLOB '[12][0-9][0-9][0-9]*'),
            as_of_text TEXT NOT NULL,
            members INTEGER NOT NULL CHECK (members >= 1),
            text TEXT NOT NULL,
            note TEXT NOT NULL,
            source TEXT NOT NULL
        );
        CREATE TABLE sg_agenda (
            point INTEGER PRIMARY KEY NOT NULL CHECK (point >= 1),
            text TEXT NOT NULL CHECK (text <> ''),
            gmg_position_paper INTEGER NOT NULL CHECK (gmg_position_paper IN (0, 1)),
            hld_declaration INTEGER NOT NULL CHECK (hld_declaration IN (0, 1)),
            civil_society_plan INTEGER NOT NULL CHECK (civil_society_plan IN (0, 1)),
            srsg INTEGER NOT NULL CHECK (srsg IN (0, 1)),
            source TEXT NOT NULL
        );
        CREATE TABLE recommendations (
            id TEXT PRIMARY KEY NOT NULL,
            seq INTEGER NOT NULL UNIQUE,
            level TEXT NOT NULL CHECK (level IN ('governance', 'policy', 'operational', 'post-2015')),
            position TEXT NOT NULL,
            text TEXT NOT NULL CHECK (text <> ''),
            parent TEXT REFERENCES recommendations(id),
            source TEXT NOT NULL
        );
        CREATE TABLE chair_programmes (
            id TEXT PRIMARY KEY NOT NULL,
            year INTEGER NOT NULL,
            chair TEXT NOT NULL REFERENCES agencies(id),
            kind TEXT NOT NULL CHECK (kind IN ('vision', 'objective', 'priority', 'linkage', 'road-ahead')),
            position INTEGER NOT NULL CHECK (position >= 1),
            text TEXT NOT NULL CHECK (text <> ''),
            work_stream TEXT REFERENCES work_streams(id),
            source TEXT NOT NULL,
            UNIQUE (year, kind, position)
        );
        """
}
