import GMGRender
import GMGTable

/// `report.md` of WORKLOAD.md: the totals line, then the product's Markdown tables (``MarkdownTable``
/// with the peers' compact alignment line) by year, work stream, funding source and funding
/// source × year, under the headers the peers write.
///
/// On data without edge cases (the benchmark's) the bytes are the peers' (`peer_common.render_markdown`).
/// Otherwise the product's rules hold: text is escaped as everywhere else (`MarkdownText.cell`:
/// inline markup escaped, a line break as `<br>`), the product's edge rows ("no lead named",
/// "(not stated)") are there, and money nobody states is empty, or "not stated" in the totals line.
enum WorkloadMarkdown {
    private static let keyedHeaders = ["Activities", "Outputs", "Costed activities", "Cost (USD)"]

    /// The document, ending with a line break.
    static func render(_ aggregates: WorkloadAggregates) throws -> String {
        let totals = aggregates.totals.rows.first ?? []
        let cost = money(totals, 3).map { "\($0) USD" } ?? "not stated"
        var text = """
            # GMG activities summary

            Activities: \(count(totals, 0)); outputs: \(count(totals, 1)); costed activities: \(count(totals, 2)); \
            total estimated cost: \(cost).

            ## By year


            """
        try table(aggregates.byYear, headers: ["Year"] + keyedHeaders, to: &text)
        text += "\n## By work stream\n\n"
        try table(aggregates.byWorkStream, headers: ["Work stream"] + keyedHeaders, to: &text)
        text += "\n## By funding source\n\nCost is split equally among an activity's funding sources.\n\n"
        try table(aggregates.byFundingSource, headers: ["Funding source", "Activities", "Costed activities", "Cost (USD)"], to: &text)
        text += "\n## Funding source x year (USD)\n\n"
        let pivot = aggregates.fundingByYear
        try table(pivot, headers: ["Funding source"] + pivot.columns.dropFirst().map(\.name), to: &text)
        return text
    }

    /// `table` under `headers` (one per column), counts and money with thousands separators, money
    /// in cents rounded half-up from the 3-decimal value (as the CSVs show it and the peers round).
    private static func table(_ table: Table, headers: [String], to text: inout String) throws {
        var renamed = table
        renamed.columns = zip(table.columns, headers).map { Column($1, $0.kind) }
        let money = table.columns.indices.filter { table.columns[$0].kind == .money }
        for index in renamed.rows.indices {
            for column in money {
                if case .number(let value) = renamed.rows[index][column] {
                    renamed.rows[index][column] = .number(NumberFormatting.rounded(value, decimals: 3))
                }
            }
        }
        try MarkdownTable(options: MarkdownTable.Options(moneyDecimals: 2, compactAlignment: true)).write(renamed, to: &text)
    }

    private static func count(_ row: [Cell], _ index: Int) -> String {
        guard index < row.count, case .integer(let value) = row[index] else { return "0" }
        return NumberFormatting.integer(value, grouping: true)
    }

    /// Cents (from the 3-decimal value) with thousands separators; nil when not stated.
    private static func money(_ row: [Cell], _ index: Int) -> String? {
        guard index < row.count, let value = row[index].numericValue else { return nil }
        return NumberFormatting.fixed(NumberFormatting.rounded(value, decimals: 3), decimals: 2, grouping: true)
    }
}
