import GMGQuery
import GMGRender
import GMGTable

/// The aggregates of WORKLOAD.md: the product's saved queries (`Queries/`) run on the one database,
/// as tables with the CSV files' column names. Counts are integer columns; money columns hold the
/// queries' US dollars unrounded (as the workbook's sheets keep them): each output rounds once, the
/// CSV writer to the 3 decimals the files show, ``WorkloadMarkdown`` to cents from those 3 decimals,
/// as the peers do.
///
/// The edge rules are the product's (`docs/database.md`): an activity with no lead counts under
/// "no lead named", one with no funding source under "(not stated)", and money that no activity of
/// a group states is empty, never 0, where the query says so.
public struct WorkloadAggregates: Sendable {
    /// Which saved query gives which file, and the result columns the file keeps (nil: all).
    static let sources: [(file: String, query: String, columns: [String]?)] = [
        ("totals.csv", "totals", nil),
        ("by_agency.csv", "by-agency", nil),
        ("by_year.csv", "by-year", nil),
        ("by_work_stream.csv", "by-work-stream", nil),
        ("by_funding_source.csv", "by-funding-source", ["funding_source", "activities", "costed_activities", "cost_usd"]),
        ("funding_by_year.csv", "funding-by-year", nil),
        ("cube.csv", "cube", nil),
    ]

    /// The tables by file name, in the order of ``sources``.
    public var files: [(name: String, table: Table)]

    /// `totals.csv`'s table.
    public var totals: Table { table("totals.csv") }
    /// `by_year.csv`'s table.
    public var byYear: Table { table("by_year.csv") }
    /// `by_work_stream.csv`'s table.
    public var byWorkStream: Table { table("by_work_stream.csv") }
    /// `by_funding_source.csv`'s table (split cost).
    public var byFundingSource: Table { table("by_funding_source.csv") }
    /// `funding_by_year.csv`'s table: one column per year, `Total` column and row.
    public var fundingByYear: Table { table("funding_by_year.csv") }

    /// The workbook's sheets after the activities, in order.
    public var sheets: [(name: String, table: Table)] {
        [("By agency", table("by_agency.csv")), ("By year", byYear), ("By work stream", byWorkStream),
         ("By funding source", byFundingSource), ("Funding x year", fundingByYear), ("Cube", table("cube.csv"))]
    }

    /// The SQL of the saved queries a run makes (the activity rows are stored only if one reads
    /// them); nil when one is missing, which the run reports once the input is loaded and checked.
    static func statements(of queries: QueryLibrary) -> [String]? {
        let found = sources.compactMap { try? queries.query(named: $0.query).sql }
        return found.count == sources.count ? found : nil
    }

    /// The saved queries in the order they are started, the longest first (measured at a million
    /// activities: cube 2.4 s, by-agency 1.7 s, funding-by-year 1.2 s, the others 0.4-0.6 s), so
    /// that the two threads finish close together.
    static let runOrder = ["cube", "by-agency", "funding-by-year", "by-work-stream", "by-year", "by-funding-source", "totals"]

    /// Runs the saved queries of `queries` on `database`, two at a time (see ``runOrder``).
    /// - Throws: `QueryError` naming the query file when one is missing, wrong or lacks a column.
    init(database: GMGDatabase, queries: QueryLibrary) throws {
        let started = try Self.runOrder.map { (query: try queries.query(named: $0), parameters: [String: String]()) }
        let tables = try database.run(started, threads: 2)
        files = try Self.sources.map { source in
            let index = Self.runOrder.firstIndex(of: source.query)!
            let query = started[index].query
            var table = tables[index]
            if let names = source.columns { table = try Self.selecting(names, of: table, file: query.file) }
            // A pivot's totals are part of its file; other files hold only the groups.
            table = query.pivot == nil ? table : Self.totalsAsRow(table)
            table.totals = nil
            return (source.file, table)
        }
    }

    private func table(_ name: String) -> Table {
        files.first { $0.name == name }?.table ?? Table(title: "", columns: [])
    }

    /// `table` with only the columns `names`, in that order.
    private static func selecting(_ names: [String], of table: Table, file: String) throws -> Table {
        let indices = try names.map { name in
            guard let index = table.columns.firstIndex(where: { $0.name == name }) else {
                throw QueryError(file, "the workload needs a column \"\(name)\" in the result")
            }
            return index
        }
        var selected = Table(title: table.title, columns: indices.map { table.columns[$0] }, notes: table.notes)
        selected.rows = table.rows.map { row in indices.map { row[$0] } }
        return selected
    }

    /// `table` with its totals written as a last data row: a column's total is empty (not stated,
    /// not 0) where no row of it states an amount.
    private static func totalsAsRow(_ table: Table) -> Table {
        guard let totals = table.totals else { return table }
        var row = [Cell](repeating: .null, count: table.columns.count)
        for column in totals.summedColumns where table.rows.contains(where: { $0[column].numericValue != nil }) {
            row[column] = .number(table.sum(ofColumn: column))
        }
        if !totals.summedColumns.contains(0) { row[0] = .text(totals.label) }
        var result = table
        result.rows.append(row)
        return result
    }
}
