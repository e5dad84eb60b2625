import Foundation
import GMGData
import GMGTable
import Testing
@testable import GMGWorkload

/// Five activities whose aggregates were worked out by hand (the working is in the comments). The
/// same figures are expected from the tool and from the tests' oracle, so the oracle the larger
/// tests trust is itself checked against hand arithmetic.
@Suite struct HandWorkedTests {
    // A1 leads ILO, IOM; funders KNOMAD, UNDP (500 each of 1,000).
    // A2 IOM; KNOMAD; no cost (not costed, adds nothing).
    // A3 ILO listed twice (counts once); UNDP, KNOMAD, Staff (100.10 each of 300.30).
    // A4 no lead; KNOMAD (50); work stream "=Rights" (guarded as '=Rights in CSV, sorts before "Data").
    // A5 UNDP; no funding source (200: in totals and by lead, in no funding figure).
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
        // ILO: A1 + A3 = 1,300.30 over 2 outputs; IOM: A1 + A2 (one costed); UNDP: A5.
        "by_agency.csv": "agency,activities,outputs,costed_activities,cost_usd\nILO,2,2,2,1300.300\nIOM,2,1,1,1000.000\nUNDP,1,1,1,200.000\n",
        "by_year.csv": "year,activities,outputs,costed_activities,cost_usd\n2014,3,1,2,1200.000\n2015,2,2,2,350.300\n",
        "by_work_stream.csv": "work_stream,activities,outputs,costed_activities,cost_usd\n'=Rights,1,1,1,50.000\nData,4,2,3,1500.300\n",
        // KNOMAD: 500 + 0 + 100.10 + 50; UNDP: 500 + 100.10; Staff: 100.10; together 1,350.30 (A5 has no funder).
        "by_funding_source.csv": "funding_source,activities,costed_activities,cost_usd\nKNOMAD,4,3,650.100\nStaff,1,1,100.100\nUNDP,2,2,600.100\n",
        "funding_by_year.csv": """
            funding_source,2014,2015,Total
            KNOMAD,500.000,150.100,650.100
            Staff,0.000,100.100,100.100
            UNDP,500.000,100.100,600.100
            Total,1000.000,350.300,1350.300

            """,
        // One row per (lead, funder) pair: A1 gives four, A2 adds a pair without money, A3 three.
        "cube.csv": """
            agency,year,work_stream,funding_source,activities,cost_usd
            ILO,2014,Data,KNOMAD,1,500.000
            ILO,2014,Data,UNDP,1,500.000
            ILO,2015,Data,KNOMAD,1,100.100
            ILO,2015,Data,Staff,1,100.100
            ILO,2015,Data,UNDP,1,100.100
            IOM,2014,Data,KNOMAD,2,500.000
            IOM,2014,Data,UNDP,1,500.000

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
            | KNOMAD | 4 | 3 | 650.10 |
            | Staff | 1 | 1 | 100.10 |
            | UNDP | 2 | 2 | 600.10 |

            ## Funding source x year (USD)

            | Funding source | 2014 | 2015 | Total |
            |---|---:|---:|---:|
            | KNOMAD | 500.00 | 150.10 | 650.10 |
            | Staff | 0.00 | 100.10 | 100.10 |
            | UNDP | 500.00 | 100.10 | 600.10 |
            | Total | 1,000.00 | 350.30 | 1,350.30 |

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
        let options = WorkloadOptions(input: input, outputDirectory: folder.path("out"), created: CalendarDate(year: 2026, month: 1, day: 2))
        let summary = try Workload.run(options, reporter: TerminalReporter(verbose: false, progress: false))
        #expect(summary.activities == 5)
        try check(folder.path("out"), "gmg workload")
    }

    @Test func theOracleGivesTheHandWorkedFigures() throws {
        let folder = try TemporaryFolder()
        let input = try folder.file("in.csv", contents: Data(Self.input.utf8))
        try python([Paths.script("oracle.py"), input.path, folder.path("oracle").path])
        try check(folder.path("oracle"), "oracle.py")
    }
}
