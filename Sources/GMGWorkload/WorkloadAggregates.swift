import GMGTable
import class GRDB.Database
import struct GRDB.DatabaseValue
import class GRDB.Row

/// The aggregates of WORKLOAD.md as tables with the CSV files' column names: counts are integer
/// columns, money columns hold US dollars, unrounded (the renderers round).
public struct WorkloadAggregates: Sendable {
    /// `totals.csv`: one row.
    public var totals: Table
    /// `by_agency.csv`: lead cost (each lead gets the activity's full cost).
    public var byAgency: Table
    /// `by_year.csv`.
    public var byYear: Table
    /// `by_work_stream.csv`.
    public var byWorkStream: Table
    /// `by_funding_source.csv`: split cost.
    public var byFundingSource: Table
    /// `funding_by_year.csv`: one column per year, `Total` column and row.
    public var fundingByYear: Table
    /// `cube.csv`.
    public var cube: Table

    /// The CSV files, by name.
    public var files: [(name: String, table: Table)] {
        [("totals.csv", totals), ("by_agency.csv", byAgency), ("by_year.csv", byYear), ("by_work_stream.csv", byWorkStream),
         ("by_funding_source.csv", byFundingSource), ("funding_by_year.csv", fundingByYear), ("cube.csv", cube)]
    }

    /// The workbook's sheets after the activities, in order.
    public var sheets: [(name: String, table: Table)] {
        [("By agency", byAgency), ("By year", byYear), ("By work stream", byWorkStream),
         ("By funding source", byFundingSource), ("Funding x year", fundingByYear), ("Cube", cube)]
    }

    /// Runs ``WorkloadQueries`` on a loaded database.
    init(_ db: Database) throws {
        try db.execute(sql: WorkloadQueries.activityGroups)
        try db.execute(sql: WorkloadQueries.yearStream)
        try db.execute(sql: WorkloadQueries.sourceYear)
        let counts = [Column("activities", .integer), Column("outputs", .integer), Column("costed_activities", .integer),
                      Column("cost_usd", .money)]
        func table(_ sql: String, _ columns: [Column]) throws -> Table {
            let rows = try Row.fetchAll(db, sql: sql).map { row in
                columns.indices.map { Self.cell(row[$0], kind: columns[$0].kind) }
            }
            return Table(title: "", columns: columns, rows: rows)
        }
        totals = try table(WorkloadQueries.totals, counts)
        byYear = try table(WorkloadQueries.byYear, [Column("year", .integer)] + counts)
        byWorkStream = try table(WorkloadQueries.byWorkStream, [Column("work_stream")] + counts)
        byAgency = try table(WorkloadQueries.byAgency, [Column("agency")] + counts)
        byFundingSource = try table(WorkloadQueries.byFundingSource, [Column("funding_source")] + counts.filter { $0.name != "outputs" })
        let cells = try Row.fetchAll(db, sql: WorkloadQueries.fundingByYear).map { row in
            (source: row[0] as String, year: row[1] as Int64, milli: row[2] as Double)
        }
        fundingByYear = Self.pivot(cells)
        cube = try table(WorkloadQueries.cube, [Column("agency"), Column("year", .integer), Column("work_stream"),
                                                 Column("funding_source"), Column("activities", .integer), Column("cost_usd", .money)])
    }

    /// A value of a result column: money columns come in thousandths of a dollar.
    private static func cell(_ value: DatabaseValue, kind: ColumnKind) -> Cell {
        switch (value.storage, kind) {
        case (.int64(let number), .money): return .number(Double(number) / 1000)
        case (.double(let number), .money): return .number(number / 1000)
        case (.int64(let number), _): return .integer(number)
        case (.string(let text), _): return .text(text)
        default: return .null
        }
    }

    /// Funding source × year cells as a cross table: years ascending, 0 where an empty cell, a
    /// `Total` column and a last `Total` row (summed in thousandths, then turned into dollars).
    private static func pivot(_ cells: [(source: String, year: Int64, milli: Double)]) -> Table {
        let years = Set(cells.map(\.year)).sorted()
        var sources: [String] = []
        var grid: [String: [Int64: Double]] = [:]
        for cell in cells {
            if grid[cell.source] == nil { sources.append(cell.source) }
            grid[cell.source, default: [:]][cell.year] = cell.milli
        }
        var rows: [[Cell]] = []
        var columnTotals = [Double](repeating: 0, count: years.count + 1)
        for source in sources {
            let values = years.map { grid[source]?[$0] ?? 0 }
            let all = values + [values.reduce(0, +)]
            for (index, value) in all.enumerated() { columnTotals[index] += value }
            rows.append([.text(source)] + all.map { .number($0 / 1000) })
        }
        rows.append([.text("Total")] + columnTotals.map { .number($0 / 1000) })
        let columns = [Column("funding_source")] + years.map { Column(String($0), .money) } + [Column("Total", .money)]
        return Table(title: "", columns: columns, rows: rows)
    }
}
