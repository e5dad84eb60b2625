@testable import GMGReturns
import GMGData
import GMGSpreadsheetReader
import GMGTable
import Testing

@Suite struct ReturnValueTests {
    @Test func statusLabelsAndValuesReadBack() {
        #expect(ReturnStatus.parse("In progress") == .inProgress)
        #expect(ReturnStatus.parse("in-progress") == .inProgress)
        #expect(ReturnStatus.parse(" DELIVERED ") == .delivered)
        #expect(ReturnStatus.parse("Done") == nil)
        #expect(ReturnStatus.parse("") == nil)
        #expect(ReturnStatus.rank(.delivered) > ReturnStatus.rank(.inProgress))
    }

    @Test func datesFromCellsAndText() {
        let december = CalendarDate(year: 2014, month: 12, day: 1)
        #expect(CellText.date(.date(SpreadsheetDate(year: 2014, month: 12, day: 1, seconds: 3600))) == december)
        #expect(CellText.date(.text(" 2014-12-01 ")) == december)
        #expect(CellText.date(.text("1 December 2014")) == december)
        #expect(CellText.date(.text("1 Dec. 2014")) == december)
        #expect(CellText.date(.text("December 1, 2014")) == nil)
        #expect(CellText.date(.text("01/12/2014")) == nil)
        #expect(CellText.date(.text("31 February 2014")) == nil)
        #expect(CellText.date(.number(41974)) == nil)
    }

    @Test func amountsFromNumbersAndText() {
        #expect(CellText.amount(.number(12.5)) == 12.5)
        #expect(CellText.amount(.text("12,000")) == 12_000)
        #expect(CellText.amount(.text("12 000.50")) == 12_000.5)
        #expect(CellText.amount(.text("USD 12,000")) == nil)
        #expect(CellText.amount(.text("-5")) == nil)
        #expect(CellText.amount(.text("1.2.3")) == nil)
        #expect(AmountText.grouped(1_234_567.5) == "1,234,567.50")
        #expect(AmountText.grouped(12_000) == "12,000")
    }

    @Test func textIsOneCleanLine() {
        #expect(CellText.text(.text("  two\n\nlines\tand   spaces ")) == "two lines and spaces")
        #expect(CellText.text(.text("bell\u{07}ring")) == "bellring")
        #expect(CellText.text(.number(3)) == "3")
        #expect(CellText.text(.number(2.5)) == "2.5")
        #expect(CellText.text(nil) == "")
    }

    @Test func templateIdentityRoundTrips() throws {
        let identity = TemplateIdentity(recipient: "ilo", scope: .plan("mawp-2013-2015"),
                                        generated: CalendarDate(year: 2014, month: 12, day: 1),
                                        asOf: CalendarDate(year: 2015, month: 12, day: 31))
        let fields = Dictionary(uniqueKeysWithValues: identity.fields)
        #expect(try TemplateIdentity.parse(fields).get() == identity)
        var broken = fields
        broken["GMG return scope"] = "year 2014"
        #expect(throws: TemplateIdentity.IdentityProblem.malformed("GMG return scope")) { try TemplateIdentity.parse(broken).get() }
        broken = fields
        broken[TemplateIdentity.markerKey] = "2"
        #expect(throws: TemplateIdentity.IdentityProblem.unsupportedVersion(2)) { try TemplateIdentity.parse(broken).get() }
        #expect(throws: TemplateIdentity.IdentityProblem.absent) { try TemplateIdentity.parse([:]).get() }
    }

    @Test func requestFileAndOptions() throws {
        let day = CalendarDate(year: 2014, month: 12, day: 20)
        let request = try ReturnRequest.read(file: "r.toml", text: "send_to = \"the unit\"\ndue_days = 30\n", generated: day,
                                             sendTo: nil, due: nil)
        #expect(request.sendTo == "the unit" && request.due == CalendarDate(year: 2015, month: 1, day: 19))
        let overridden = try ReturnRequest.read(file: "r.toml", text: "send_to = \"the unit\"\ndue = \"2015-03-01\"\n",
                                                generated: day, sendTo: "IOM", due: CalendarDate(year: 2015, month: 2, day: 1))
        #expect(overridden.sendTo == "IOM" && overridden.due == CalendarDate(year: 2015, month: 2, day: 1))
        #expect(throws: ReturnsError.definition(file: "r.toml", key: "due", message: "\"soon\" is not a date YYYY-MM-DD")) {
            try ReturnRequest.read(file: "r.toml", text: "send_to = \"x\"\ndue = \"soon\"\n", generated: day, sendTo: nil, due: nil)
        }
        #expect(throws: ReturnsError.definition(file: "r.toml", key: "send_to", message: "say who the returns go back to, or pass --send-to")) {
            try ReturnRequest.read(file: "r.toml", text: "due_days = 3\n", generated: day, sendTo: nil, due: nil)
        }
        #expect(throws: ReturnsError.self) {
            try ReturnRequest.read(file: "r.toml", text: "send_to = [\n", generated: day, sendTo: nil, due: nil)
        }
    }
}
