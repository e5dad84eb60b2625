import Foundation
import GMGData
import GMGTable
import Testing
@testable import GMGWorkload

/// Five activities whose aggregates were worked out by hand (the working is in the comments), with
/// the product's edge rules (docs/database.md): nothing is dropped, no lead is "no lead named", no
/// funding source "(not stated)", money nobody states is empty where the query says so. The same
/// figures are expected from the tool and from the tests' oracle, so the oracle the larger tests
/// trust is itself checked against hand arithmetic.
@Suite struct HandWorkedTests {
    // A1 leads ILO, IOM; funders KNOMAD, UNDP (500 each of 1,000).
    // A2 IOM; KNOMAD; no cost (not costed, adds nothing).
    // A3 ILO listed twice (counts once); UNDP, KNOMAD, Staff (100.10 each of 300.30).
    // A4 no lead ("no lead named"); KNOMAD (50); work stream "=Rights" (guarded as '=Rights in CSV, sorts before "Data").
    // A5 UNDP; no funding source ("(not stated)", with its full 200).
    static let input = """
        activity_id,plan,year,work_stream,output_code,output_title,activity_code,activity,timeframe,lead_agencies,funding_sources,estimated_cost_usd,status
        A1,MAWP,2014,Data,1,Guide,1.1,Draft,2014,ILO;IOM,KNOMAD;UNDP,1000,planned
        A2,MAWP,2014,Data,1,Guide,1.2,Publish,2014,IOM,KNOMAD,,planned
        A3,MAWP,2015,Data,2,Training,2.1,Train,2015,ILO; ILO,UNDP;KNOMAD;Staff,300.30,completed
        A4,MAWP,2015,=Rights,1,Messages,1.1,Agree,2015,,KNOMAD,50,planned
        A5,MAWP,2014,Data,1,Guide,1.3,Launch,2014,UNDP,,200,planned

        """

    static let expected: [String: String] = [
        // 5 activities; outputs (2014,Data,1), (2015,Data,2), (2015,=Rights,1); costed A1 A3 A4 A5;
        // 1,000 + 300.30 + 50 + 200.
        "totals.csv": "activities,outputs,costed_activities,cost_usd\n5,3,4,1550.300\n",
        // ILO: A1 + A3 = 1,300.30 over 2 outputs; IOM: A1 + A2 (one costed); UNDP: A5; no lead named: A4
        // (lower case sorts after upper case, by code point).
        "by_agency.csv": """
            agency,activities,outputs,costed_activities,cost_usd
            ILO,2,2,2,1300.300
            IOM,2,1,1,1000.000
            UNDP,1,1,1,200.000
            no lead named,1,1,1,50.000

            """,
        "by_year.csv": "year,activities,outputs,costed_activities,cost_usd\n2014,3,1,2,1200.000\n2015,2,2,2,350.300\n",
        "by_work_stream.csv": "work_stream,activities,outputs,costed_activities,cost_usd\n'=Rights,1,1,1,50.000\nData,4,2,3,1500.300\n",
        // (not stated): A5's 200; KNOMAD: 500 + 0 + 100.10 + 50; UNDP: 500 + 100.10; Staff: 100.10;
        // together 1,550.30, the total cost ("(" sorts before letters).
        "by_funding_source.csv": """
            funding_source,activities,costed_activities,cost_usd
            (not stated),1,1,200.000
            KNOMAD,4,3,650.100
            Staff,1,1,100.100
            UNDP,2,2,600.100

            """,
        // A source without activities in a year states no money there: empty, not 0.
        "funding_by_year.csv": """
            funding_source,2014,2015,Total
            (not stated),200.000,,200.000
            KNOMAD,500.000,150.100,650.100
            Staff,,100.100,100.100
            UNDP,500.000,100.100,600.100
            Total,1200.000,350.300,1550.300

            """,
        // One row per (lead, funder) pair: A1 gives four, A2 adds a pair without money, A3 three,
        // A5 one with "(not stated)", A4 one under "no lead named".
        "cube.csv": """
            agency,year,work_stream,funding_source,activities,cost_usd
            ILO,2014,Data,KNOMAD,1,500.000
            ILO,2014,Data,UNDP,1,500.000
            ILO,2015,Data,KNOMAD,1,100.100
            ILO,2015,Data,Staff,1,100.100
            ILO,2015,Data,UNDP,1,100.100
            IOM,2014,Data,KNOMAD,2,500.000
            IOM,2014,Data,UNDP,1,500.000
            UNDP,2014,Data,(not stated),1,200.000
            no lead named,2015,'=Rights,KNOMAD,1,50.000

            """,
        "report.md": """
            # GMG activities summary

            Activities: 5; outputs: 3; costed activities: 4; total estimated cost: 1,550.30 USD.

            ## By year

            | Year | Activities | Outputs | Costed activities | Cost (USD) |
            |---|---:|---:|---:|---:|
            | 2014 | 3 | 1 | 2 | 1,200.00 |
            | 2015 | 2 | 2 | 2 | 350.30 |

            ## By work stream

            | Work stream | Activities | Outputs | Costed activities | Cost (USD) |
            |---|---:|---:|---:|---:|
            | =Rights | 1 | 1 | 1 | 50.00 |
            | Data | 4 | 2 | 3 | 1,500.30 |

            ## By funding source

            Cost is split equally among an activity's funding sources.

            | Funding source | Activities | Costed activities | Cost (USD) |
            |---|---:|---:|---:|
            | (not stated) | 1 | 1 | 200.00 |
            | KNOMAD | 4 | 3 | 650.10 |
            | Staff | 1 | 1 | 100.10 |
            | UNDP | 2 | 2 | 600.10 |

            ## Funding source x year (USD)

            | Funding source | 2014 | 2015 | Total |
            |---|---:|---:|---:|
            | (not stated) | 200.00 |  | 200.00 |
            | KNOMAD | 500.00 | 150.10 | 650.10 |
            | Staff |  | 100.10 | 100.10 |
            | UNDP | 500.00 | 100.10 | 600.10 |
            | Total | 1,200.00 | 350.30 | 1,550.30 |

            """,
    ]

    private func check(_ folder: URL, _ who: String) throws {
        for (name, text) in Self.expected.sorted(by: { $0.key < $1.key }) {
            let actual = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(actual == text, "\(who): \(name)")
        }
    }

    @Test func theToolGivesTheHandWorkedFigures() throws {
        let folder = try TemporaryFolder()
        let input = try folder.file("in.csv", contents: Data(Self.input.utf8))
        let options = WorkloadOptions(input: input, queries: Paths.queries, outputDirectory: folder.path("out"), created: CalendarDate(year: 2026, month: 1, day: 2))
        let summary = try Workload.run(options, reporter: SilentReporter())
        #expect(summary.activities == 5)
        try check(folder.path("out"), "gmg workload")
    }

    @Test func theOracleGivesTheHandWorkedFigures() throws {
        let folder = try TemporaryFolder()
        let input = try folder.file("in.csv", contents: Data(Self.input.utf8))
        try python([Paths.script("oracle.py"), input.path, folder.path("oracle").path])
        try check(folder.path("oracle"), "oracle.py")
    }

    /// Two activities of one source, only the 2014 one costed: 2015 states no money, so its column
    /// and its total are empty (not stated), never 0.
    static let uncostedYear = """
        activity_id,plan,year,work_stream,output_code,output_title,activity_code,activity,timeframe,lead_agencies,funding_sources,estimated_cost_usd,status
        B1,MAWP,2014,Data,1,Guide,1.1,Draft,2014,ILO,KNOMAD,100,planned
        B2,MAWP,2015,Data,2,Training,2.1,Train,2015,ILO,KNOMAD,,planned

        """

    @Test func aYearNobodyStatesMoneyForTotalsEmpty() throws {
        let expected = "funding_source,2014,2015,Total\nKNOMAD,100.000,,100.000\nTotal,100.000,,100.000\n"
        let folder = try TemporaryFolder()
        let input = try folder.file("in.csv", contents: Data(Self.uncostedYear.utf8))
        let options = WorkloadOptions(input: input, queries: Paths.queries, outputDirectory: folder.path("out"),
                                      aggregatesOnly: true, created: CalendarDate(year: 2026, month: 1, day: 2))
        _ = try Workload.run(options, reporter: SilentReporter())
        try python([Paths.script("oracle.py"), input.path, folder.path("oracle").path])
        for who in ["out", "oracle"] {
            let actual = try String(contentsOf: folder.path(who).appendingPathComponent("funding_by_year.csv"), encoding: .utf8)
            #expect(actual == expected, "\(who)")
        }
    }
}
