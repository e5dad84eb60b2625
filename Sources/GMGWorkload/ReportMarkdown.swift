import GMGRender
import GMGTable

/// `report.md` of WORKLOAD.md, byte for byte as the peers write it (`peer_common.render_markdown`):
/// the totals line, then tables by year, work stream, funding source and funding source × year.
///
/// Counts have thousands separators; money is cents rounded half-up from the value rounded to 3
/// decimals, with thousands separators. In cells, `|` is escaped and line breaks become spaces.
/// Headers are written as they are. (GMGRender's ``MarkdownTable`` escapes more and aligns text
/// columns with `:---`, so it would not match the peers' bytes.)
enum ReportMarkdown {
    /// The document, ending with a line break.
    static func render(_ aggregates: WorkloadAggregates) -> String {
        let totals = aggregates.totals.rows.first ?? []
        var lines = [
            "# GMG activities summary", "",
            "Activities: \(count(totals, 0)); outputs: \(count(totals, 1)); costed activities: \(count(totals, 2)); "
                + "total estimated cost: \(money(totals, 3)) USD.",
            "", "## By year", "",
        ]
        let keyed = ["Activities", "Outputs", "Costed activities", "Cost (USD)"]
        lines += table(["Year"] + keyed, aggregates.byYear)
        lines += ["", "## By work stream", ""]
        lines += table(["Work stream"] + keyed, aggregates.byWorkStream)
        lines += ["", "## By funding source", "", "Cost is split equally among an activity's funding sources.", ""]
        lines += table(["Funding source", "Activities", "Costed activities", "Cost (USD)"], aggregates.byFundingSource)
        lines += ["", "## Funding source x year (USD)", ""]
        lines += table(["Funding source"] + aggregates.fundingByYear.columns.dropFirst().map { $0.name }, aggregates.fundingByYear)
        return lines.joined(separator: "\n") + "\n"
    }

    /// A pipe table: the first column left-aligned, the others right-aligned.
    private static func table(_ header: [String], _ table: Table) -> [String] {
        let alignment = ["---"] + Array(repeating: "---:", count: header.count - 1)
        var lines = ["| " + header.joined(separator: " | ") + " |", "|" + alignment.joined(separator: "|") + "|"]
        for row in table.rows {
            let cells = row.indices.map { index -> String in
                switch (row[index], table.columns[index].kind) {
                case (_, .money): return money(row, index)
                case (.integer(let value), _) where index > 0: return NumberFormatting.integer(value, grouping: true)
                case (.integer(let value), _): return String(value)
                case (.text(let text), _): return escaped(text)
                default: return ""
                }
            }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines
    }

    private static func count(_ row: [Cell], _ index: Int) -> String {
        guard index < row.count, case .integer(let value) = row[index] else { return "0" }
        return NumberFormatting.integer(value, grouping: true)
    }

    /// Cents, half-up from the value rounded to 3 decimals, with thousands separators.
    private static func money(_ row: [Cell], _ index: Int) -> String {
        let value = index < row.count ? row[index].numericValue ?? 0 : 0
        return NumberFormatting.fixed(NumberFormatting.rounded(value, decimals: 3), decimals: 2, grouping: true)
    }

    private static func escaped(_ text: String) -> String {
        String(text.flatMap { character -> [Character] in
            switch character {
            case "|": return ["\\", "|"]
            case "\r", "\n": return [" "]
            case "\r\n": return [" ", " "]
            default: return [character]
            }
        })
    }
}
