import GMGTable

/// Checks across rows, which no single field shows: names two agencies share, `part_of` cycles,
/// half-years with two confirmed chairs, repeated or conflicting statuses of one activity on one day.
extension DatasetBuilder {
    /// An id or acronym used by two agencies (ignoring case) would merge them in every breakdown;
    /// two acronyms that differ only in spaces or punctuation (`UN Women`, `UN-Women`) would write
    /// one briefing file over the other.
    mutating func checkAgencyNames(_ rows: [Row]) {
        checkSameNames(rows)
        var files: [String: (agency: String, acronym: String, line: Int)] = [:]
        for row in rows where !row["id"].isEmpty && !row["acronym"].isEmpty {
            let key = FileNameComponent.safe(row["acronym"]).lowercased()
            if let owner = files[key], owner.agency != row["id"], owner.acronym.lowercased() != row["acronym"].lowercased() {
                reader.error(row, "acronym", """
                    acronym "\(row["acronym"])" and the acronym "\(owner.acronym)" of agency \(owner.agency) (line \(owner.line)) \
                    give the same file name ("\(FileNameComponent.safe(row["acronym"]))"): one agency's briefing would overwrite the other's
                    """)
            } else if files[key] == nil {
                files[key] = (row["id"], row["acronym"], row.line)
            }
        }
    }

    private mutating func checkSameNames(_ rows: [Row]) {
        var owners: [String: (agency: String, column: String, line: Int)] = [:]
        for row in rows where !row["id"].isEmpty {
            for column in ["acronym", "id"] where !row[column].isEmpty {
                let key = row[column].lowercased()
                if let owner = owners[key], owner.agency != row["id"] {
                    reader.error(row, column, """
                        \(column) "\(row[column])" is also the \(owner.column) of agency \(owner.agency) (line \(owner.line)): \
                        the two would merge in every breakdown
                        """)
                } else if owners[key] == nil {
                    owners[key] = (row["id"], column, row.line)
                }
            }
        }
    }

    /// An agency that is part of itself, directly or through others, is reported once per cycle.
    mutating func checkPartOfCycles(_ rows: [Row]) {
        let parent = Dictionary(dataset.agencies.compactMap { agency in agency.partOf.map { (agency.id, $0) } },
                                uniquingKeysWith: { first, _ in first })
        var reported: Set<String> = []
        for row in rows where !reported.contains(row["id"]) {
            var chain = [row["id"]]
            while let next = parent[chain[chain.count - 1]], chain.count <= parent.count {
                if next == row["id"] {
                    let cycle = (chain + [next]).joined(separator: " → ")
                    reader.error(row, "part_of", "part_of cycle: \(cycle); an agency cannot contain itself")
                    reported.formUnion(chain)
                    break
                }
                if chain.contains(next) { break }
                chain.append(next)
            }
        }
    }

    /// Two confirmed chair terms may not share a half-year: every chair-dependent figure would be ambiguous.
    mutating func checkConfirmedChairs(_ rows: [Row]) {
        let confirmed = dataset.chairTerms.filter { $0.status == .confirmed }
        for (index, term) in confirmed.enumerated() {
            guard let row = rows.first(where: { $0["id"] == term.id }),
                  let other = confirmed[..<index].first(where: { Self.overlap(term, $0) != nil }),
                  let shared = Self.overlap(term, other) else { continue }
            let line = rows.first { $0["id"] == other.id }?.line ?? 0
            reader.error(row, "status", """
                confirmed chair term \(term.id) shares \(shared.year) semester \(shared.semester) with confirmed term \
                \(other.id) (line \(line)): one chair per half-year
                """)
        }
    }

    /// The first half-year two terms share, if any.
    private static func overlap(_ a: ChairTerm, _ b: ChairTerm) -> (year: Int, semester: Int)? {
        let (aStart, bStart) = ((a.startYear, a.startSemester), (b.startYear, b.startSemester))
        let (aEnd, bEnd) = ((a.endYear, a.endSemester), (b.endYear, b.endSemester))
        let start = aStart < bStart ? bStart : aStart
        let end = aEnd < bEnd ? aEnd : bEnd
        return start <= end ? start : nil
    }

    /// Whether to keep the row: a row repeating an earlier one (same activity, day and status) is a
    /// warning and is kept once; another status on a day that already has one is a warning (reports
    /// show the status recorded first for a day, as `gmg returns read` says too) and is kept.
    mutating func checkOneStatusPerDay(_ row: Row, activity: String, status: ProgressStatus, asOf: CalendarDate) -> Bool {
        let key = "\(activity)|\(asOf)"
        guard let first = progressOfDay[key] else {
            progressOfDay[key] = (status, row.line)
            return true
        }
        if first.status == status {
            reader.warning(row, "status", "repeats line \(first.line) (\(activity), \(status.rawValue), \(asOf)); kept once")
            return false
        }
        reader.warning(row, "status", """
            activity \(activity) is \(status.rawValue) on \(asOf), but line \(first.line) records \(first.status.rawValue) \
            on that day, which reports show; give a later as_of to supersede it
            """)
        return true
    }
}
