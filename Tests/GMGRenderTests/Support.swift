import Foundation
import GMGTable
import TestSupport
import Testing

/// Expects `part` in `text` without printing `text` (which may be megabytes) on failure.
func expectContains(_ text: String, _ part: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let found = text.contains(part)
    #expect(found, "missing \(String(reflecting: String(part.prefix(120))))", sourceLocation: sourceLocation)
}

/// A fresh directory under the system's temporary directory, for one test.
func temporaryDirectory() throws -> URL {
    let url = Scratch.root
        .appendingPathComponent("gmg-render-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

struct ProcessFailure: Error, CustomStringConvertible {
    var command: [String]
    var result: ChildProcess.Output
    var description: String { "\(command.joined(separator: " ")) exited \(result.status): \(result.stderr)" }
}

/// Runs a program found on PATH; unless `check` is false, a non-zero status is an error.
@discardableResult
func run(_ arguments: [String], in directory: URL? = nil, check: Bool = true) throws -> ChildProcess.Output {
    let result = try ChildProcess.run(arguments, in: directory)
    if check && result.status != 0 { throw ProcessFailure(command: arguments, result: result) }
    return result
}

/// The day every test workbook is stamped with.
let fixedDay = CalendarDate(year: 2024, month: 5, day: 1)

/// 32,767 characters: the longest text a cell can hold.
let longestText = String(repeating: "long ", count: 6553) + "ab"

/// A table of awkward values that every renderer must take.
let awkwardTable = Table(
    title: "Awkward | values: \"all\" #1",
    columns: [
        Column("Name"), Column("Count", .integer), Column("Amount (USD)", .money),
        Column("Share", .percentage), Column("Day", .date),
    ],
    rows: [
        [.text(""), .integer(0), .number(0), .number(0), .date(CalendarDate(year: 2013, month: 1, day: 1))],
        [.null, .null, .null, .null, .null],
        [.text("Négatif — ünïcödé ✓"), .integer(-5), .number(-1234.565), .number(-0.125),
         .date(CalendarDate(year: 1900, month: 3, day: 1))],
        [.text(longestText), .integer(123_456_789_012_345), .number(1e15), .number(12.5),
         .date(CalendarDate(year: 9999, month: 12, day: 31))],
        [.text("line 1\nline 2\r\nline 3"), .integer(1), .number(0.005), .number(0.3333), .null],
        [.text("say \"hi\", 'there'"), .integer(2), .number(2.675), .number(1), .null],
        [.text("pipe | inside || twice"), .integer(3), .number(1_234_567.891), .number(0.5), .null],
        [.text("=HYPERLINK(\"http://example.com\",\"click\")"), .integer(4), .number(-0.004), .number(0.001), .null],
        [.text("+1"), .integer(5), .number(10), .number(0.1), .null],
        [.text("-1"), .integer(6), .number(20), .number(0.2), .null],
        [.text("@SUM(A1)"), .integer(7), .number(30), .number(0.3), .null],
        [.text("\ttab first"), .integer(8), .number(40), .number(0.4), .null],
        [.text("مرحبا بالعالم"), .integer(9), .number(50), .number(0.05), .null],
        [.text("שלום עולם"), .integer(10), .number(60), .number(0.06), .null],
        [.text("<b>bold?</b> *star* _under_ `code` [link](x) & ~strike~ \\ back"), .integer(11), .number(70),
         .number(0.07), .null],
    ],
    notes: ["Source: test fixture", "Counting rule: every row counts once\nsecond line", "Built 2024-05-01"],
    totals: Totals(label: "Total", summedColumns: [1, 2])
)
