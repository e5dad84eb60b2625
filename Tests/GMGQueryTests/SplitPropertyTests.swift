import Foundation
import GMGQuery
import GMGTable
import PropertyBased
import TestSupport
import Testing

/// Properties of the counting rules on random interchange data: split money sums to the total,
/// and no activity is lost or duplicated by the joins.
@Suite struct SplitPropertyTests {
    private static let agencies = ["ILO", "IOM", "UNDP", "World Bank"]
    private static let sources = ["KNOMAD", "ILO", "To be mobilized"]

    /// One activity per generated number: its bits choose year, work stream, leads, funding, cost.
    private static func csv(_ seeds: [Int]) -> String {
        var text = "activity_id,plan,year,work_stream,output_code,output_title,activity_code,activity,timeframe,"
            + "lead_agencies,funding_sources,estimated_cost_usd,status\n"
        for (index, seed) in seeds.enumerated() {
            let year = 2013 + seed % 3
            let stream = "WS\((seed / 3) % 2)"
            let leads = agencies.enumerated().filter { (seed >> (4 + $0.offset)) & 1 == 1 }.map(\.element)
            let funding = sources.enumerated().filter { (seed >> (8 + $0.offset)) & 1 == 1 }.map(\.element)
            let cost = (seed >> 11) % 3 == 0 ? "" : String(format: "%.2f", Double((seed >> 13) % 1_000_000) / 100)
            text += "A\(index),P,\(year),\(stream),O\((seed >> 2) % 3),Output,1.\(index),\"Do \(index)\",\(year),"
                + "\(leads.joined(separator: ";")),\(funding.joined(separator: ";")),\(cost),planned\n"
        }
        return text
    }

    private static func database(_ seeds: [Int]) throws -> (GMGDatabase, URL) {
        let url = Scratch.root.appendingPathComponent("gmg-prop-\(UUID().uuidString).csv")
        try Data(csv(seeds).utf8).write(to: url)
        return (try GMGDatabase(interchange: url), url)
    }

    @Test func splitMoneyAlwaysSumsToTheTotal() async {
        let library = try! QueryLibrary(directory: Paths.queries)
        await propertyCheck(count: 60, input: Gen.int(in: 0...(1 << 34)).array(of: 1...40)) { seeds in
            let (database, url) = try! Self.database(seeds)
            defer { try? FileManager.default.removeItem(at: url) }
            let bySource = try! database.run(library.query(named: "by-funding-source"))
            let byKind = try! database.run(library.query(named: "by-funding-kind"))
            let pivot = try! database.run(library.query(named: "funding-by-year"))
            // No stated cost at all: every total and breakdown is empty, never 0.
            guard let total = try! database.run(library.query(named: "totals")).rows[0][3].numericValue else {
                #expect(bySource.rows.allSatisfy { $0[4] == .null } && pivot.rows.allSatisfy { $0.last == .null })
                return
            }
            #expect(abs(bySource.sum(ofColumn: 4) - total) < 0.005)
            #expect(abs(byKind.sum(ofColumn: 3) - total) < 0.005)
            #expect(abs(pivot.sum(ofColumn: pivot.columns.count - 1) - total) < 0.005)
        }
    }

    @Test func joinsNeitherLoseNorDuplicateActivities() async {
        let library = try! QueryLibrary(directory: Paths.queries)
        await propertyCheck(count: 60, input: Gen.int(in: 0...(1 << 34)).array(of: 1...40)) { seeds in
            let (database, url) = try! Self.database(seeds)
            defer { try? FileManager.default.removeItem(at: url) }
            let leadPairs = seeds.reduce(0) { sum, seed in
                let leads = (0..<4).filter { (seed >> (4 + $0)) & 1 == 1 }.count
                return sum + max(leads, 1)
            }
            #expect(try! database.run(library.query(named: "totals")).rows[0][0] == .integer(Int64(seeds.count)))
            #expect(try! database.run(library.query(named: "by-year")).sum(ofColumn: 1) == Double(seeds.count))
            #expect(try! database.run(library.query(named: "by-work-stream")).sum(ofColumn: 1) == Double(seeds.count))
            #expect(try! database.run(library.query(named: "by-agency")).sum(ofColumn: 1) == Double(leadPairs))
            #expect(try! database.run(library.query(named: "activities")).rows.count == seeds.count)
        }
    }
}
