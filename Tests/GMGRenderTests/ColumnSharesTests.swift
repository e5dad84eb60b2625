@testable import GMGRender
import GMGTable
import Testing

/// Document tables give a long text column the room and keep short codes and numbers on one line.
@Suite struct ColumnSharesTests {
    @Test func theActivityColumnGetsTheRoomAndNoColumnIsNarrowerThanItsLongestWord() {
        let activity = "Prepare and present at the beginning of chairing period an annual work plan for endorsement by the Principals"
        let rows = (1...6).map { ["2014", "GMG coordination and visibility", "1.\($0)", activity, "January 2014", "ILO"] }
        let shares = ColumnShares.percentages(header: ["Year", "Work stream", "Number", "Activity", "Time frame", "Leads"], rows: rows)
        #expect(shares.reduce(0, +) == 100)
        #expect(shares[3] == shares.max() && shares[3] >= 40, "\(shares)")
        // "Number" (6 letters and padding) and "coordination" (12) fit at about 75 characters a table.
        #expect(Double(shares[2]) >= 8 / ColumnShares.lineCharacters * 100 - 1, "\(shares)")
        #expect(Double(shares[1]) >= 14 / ColumnShares.lineCharacters * 100 - 1, "\(shares)")
        #expect(shares[2] < shares[3] / 3)
    }

    @Test func theHTMLTableStatesTheWidths() throws {
        let table = Table(title: "T", columns: [Column("Number"), Column("Activity")],
                          rows: [[.text("1.1"), .text(String(repeating: "long text ", count: 12))]])
        let html = try DocumentHTML().render(Document(title: "T", subtitle: [], blocks: [.table(table)])).html
        let shares = ColumnShares.percentages(header: ["Number", "Activity"], rows: [["1.1", String(repeating: "long text ", count: 12)]])
        #expect(html.contains("<colgroup><col style=\"width: \(shares[0])%\"><col style=\"width: \(shares[1])%\"></colgroup>"))
        #expect(shares[1] > 3 * shares[0])
    }

    @Test func noColumnsNoShares() {
        #expect(ColumnShares.percentages(header: [], rows: []).isEmpty)
    }
}
