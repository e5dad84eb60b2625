import Foundation
import Testing

@testable import GMGPublish

@Suite(.cleanTemporaryFiles) struct ChangeSummaryTests {
    static let order = ["title", "status", "timeframe", "leads", "funding", "description"]

    static let previous = Snapshot(
        records: [
            "A-2": ["title": "Legal aid", "status": "ongoing", "timeframe": "2022–2024", "leads": "IOM"],
            "A-3": ["title": "Housing", "status": "planned", "timeframe": "2025", "leads": "UNHCR", "funding": "10000"],
            "A-5": ["title": "Schools", "status": "ongoing", "leads": "UNICEF"],
            "A-9": ["title": "Health", "status": "ongoing", "leads": "WHO", "description": "Clinics"],
        ],
        figures: [
            KeyFigure(name: "Activities", value: .number(4)),
            KeyFigure(name: "Total funding (EUR)", value: .number(Decimal(string: "250000")!)),
            KeyFigure(name: "Largest lead", value: .text("UNHCR")),
            KeyFigure(name: "Countries", value: .number(7)),
        ])

    static let current = Snapshot(
        records: [
            "A-3": [
                "title": "Housing", "status": "ongoing", "timeframe": "2025–2026", "leads": "UNHCR",
                "funding": "12000",
            ],
            "A-5": ["title": "Schools", "status": "ongoing", "leads": "UNICEF"],
            "A-9": ["title": "Health", "status": "ongoing", "leads": "WHO, IOM", "description": "Clinics"],
            "A-10": ["title": "Language courses", "status": "planned", "leads": "IOM"],
            "A-4": ["title": "Kitchens | canteens", "status": "planned"],
        ],
        figures: [
            KeyFigure(name: "Activities", value: .number(5)),
            KeyFigure(name: "Total funding (EUR)", value: .number(Decimal(string: "249999.5")!)),
            KeyFigure(name: "Largest lead", value: .text("IOM")),
            KeyFigure(name: "Lead organisations", value: .number(4)),
        ])

    @Test func changesBetweenTwoBuildsAsMarkdown() {
        let summary = ChangeSummary(previous: Self.previous, current: Self.current, fieldOrder: Self.order)
        let expected = """
            # Changes since the previous build

            4 records before, 5 after: 2 added, 1 removed, 2 changed, 1 unchanged.

            ## Added

            - A-4 Kitchens \\| canteens
            - A-10 Language courses

            ## Removed

            - A-2 Legal aid

            ## Changed

            | Record | Field | Before | After |
            | --- | --- | --- | --- |
            | A-3 Housing | status | planned | ongoing |
            | A-3 Housing | timeframe | 2025 | 2025–2026 |
            | A-3 Housing | funding | 10000 | 12000 |
            | A-9 Health | leads | WHO | WHO, IOM |

            ## Key figures

            | Figure | Before | After | Difference |
            | --- | ---: | ---: | ---: |
            | Activities | 4 | 5 | +1 |
            | Total funding (EUR) | 250000 | 249999.5 | -0.5 |
            | Largest lead | UNHCR | IOM | changed |
            | Lead organisations | — | 4 | new |
            | Countries | 7 | — | removed |

            """
        #expect(summary.markdown(labelField: "title") == expected)
        #expect(summary.unchangedCount == 1)
    }

    @Test func firstBuildSaysSo() {
        let summary = ChangeSummary(previous: nil, current: Self.current)
        let expected = """
            # Changes since the previous build

            First build: there is no previous build to compare with.

            5 records.

            ## Key figures

            | Figure | Value |
            | --- | ---: |
            | Activities | 5 |
            | Total funding (EUR) | 249999.5 |
            | Largest lead | IOM |
            | Lead organisations | 4 |

            """
        #expect(summary.markdown() == expected)
        #expect(summary.isFirstBuild)
        #expect(summary.added.map(\.id) == ["A-3", "A-4", "A-5", "A-9", "A-10"])
        #expect(summary.removed.isEmpty && summary.changed.isEmpty && summary.unchangedCount == 0)
    }

    @Test func unchangedBuildListsOnlyCountsAndFigures() {
        let snapshot = Snapshot(
            records: ["X1": ["status": "done"]], figures: [KeyFigure(name: "Activities", value: .number(1))])
        let expected = """
            # Changes

            1 record before, 1 after: 0 added, 0 removed, 0 changed, 1 unchanged.

            ## Key figures

            | Figure | Before | After | Difference |
            | --- | ---: | ---: | ---: |
            | Activities | 1 | 1 | 0 |

            """
        #expect(ChangeSummary(previous: snapshot, current: snapshot).markdown(title: "Changes") == expected)
    }

    @Test func fieldsAddedOrEmptiedShowADashAndValuesStayInTheirCell() {
        let before = Snapshot(records: ["a": ["note": "x\ny"]], figures: [])
        let after = Snapshot(records: ["a": ["leads": "[IOM](http://x) *now*", "note": ""]], figures: [])
        let expected = """
            # Changes since the previous build

            1 record before, 1 after: 0 added, 0 removed, 1 changed, 0 unchanged.

            ## Changed

            | Record | Field | Before | After |
            | --- | --- | --- | --- |
            | a | leads | — | \\[IOM\\](http://x) \\*now\\* |
            | a | note | x y | — |

            """
        #expect(ChangeSummary(previous: before, current: after).markdown() == expected)
    }

    @Test func recordIdsSortWithNumbersByValue() {
        #expect(ChangeSummary.sortedIDs(["A-10", "A-2", "B-1", "A-1", "a-1"]) == ["A-1", "A-2", "A-10", "B-1", "a-1"])
    }

    @Test func markdownRendersAsOneTableRowPerChange() throws {
        let markdown = ChangeSummary(previous: Self.previous, current: Self.current, fieldOrder: Self.order)
            .markdown(labelField: "title")
        let folder = try temporaryDirectory()
        let file = folder.appendingPathComponent(ChangeSummary.fileName)
        try Data(markdown.utf8).write(to: file)
        let html = try run("/usr/bin/cmark-gfm", ["-e", "table", file.path]).stdout
        #expect(html.components(separatedBy: "<tr>").count - 1 == 2 + 4 + 5)
        #expect(html.contains("<li>A-4 Kitchens | canteens</li>"))
        #expect(!html.contains("<h1>") || html.components(separatedBy: "<h1>").count == 2)
    }

    @Test func snapshotRoundTripsWithExactNumbers() throws {
        let file = try temporaryDirectory().appendingPathComponent(Snapshot.fileName)
        let snapshot = Snapshot(
            records: ["A-1": ["funding": "0.1"]],
            figures: [
                KeyFigure(name: "Total", value: .number(Decimal(string: "12345678901234567.89")!)),
                KeyFigure(name: "Lead", value: .text("IOM")),
            ])
        try snapshot.write(to: file)
        #expect(try Snapshot.load(from: file) == snapshot)
        #expect(try text(file).contains(#""number" : "12345678901234567.89""#))
    }
}
