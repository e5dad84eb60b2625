import GMGData
import GMGTable
import Testing

@Suite struct TimeFrameParserTests {
    private func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    @Test(arguments: [
        ("26 September 2013", "2013-09-26", "2013-09-26", TimePrecision.day),
        ("April-September 2013", "2013-04-01", "2013-09-30", .month),
        ("May – September 2013", "2013-05-01", "2013-09-30", .month),
        ("Spring 2014", "2014-03-01", "2014-05-31", .season),
        ("July-Dec. 2013", "2013-07-01", "2013-12-31", .month),
        ("26-29 Nov 2013", "2013-11-26", "2013-11-29", .day),
        ("2013 - 2014", "2013-01-01", "2014-12-31", .year),
        ("January 2015", "2015-01-01", "2015-01-31", .month),
        ("2014", "2014-01-01", "2014-12-31", .year),
        ("Q3 2014", "2014-07-01", "2014-09-30", .quarter),
        ("second half of 2013", "2013-07-01", "2013-12-31", .half),
        ("July 13, 2015", "2015-07-13", "2015-07-13", .day),
        ("30 May-1 June 2010", "2010-05-30", "2010-06-01", .day),
        ("Feb 2012", "2012-02-01", "2012-02-29", .month),
    ])
    func parsesCommonForms(text: String, start: String, end: String, precision: TimePrecision) throws {
        let frame = try #require(TimeFrameParser.parse(text, defaultYear: 1999))
        #expect(frame.start == date(start))
        #expect(frame.end == date(end))
        #expect(frame.precision == precision)
        #expect(frame.text == text)
        #expect(!frame.yearAssumed)
        #expect(!frame.isTentative)
    }

    @Test func deadlineStartsAtTheBeginningOfItsYear() throws {
        let frame = try #require(TimeFrameParser.parse("By Oct 2013", defaultYear: nil))
        #expect(frame.isDeadline)
        #expect(frame.start == date("2013-01-01"))
        #expect(frame.end == date("2013-10-31"))
    }

    @Test func aDeadlineRunsFromThePlanYearsStart() throws {
        // "By Jan 2014" in the 2013 plan: the whole of 2013 up to 31 January 2014, so it is in every 2013 window.
        let frame = try #require(TimeFrameParser.parse("By Jan 2014", defaultYear: 2013))
        #expect(frame.isDeadline)
        #expect(frame.start == date("2013-01-01"))
        #expect(frame.end == date("2014-01-31"))
        #expect(frame.overlaps(from: date("2013-07-01"), to: date("2013-12-31")))
        // A deadline earlier than its plan year ("by May 2009" in the 2010 plan) starts in its own year.
        let early = try #require(TimeFrameParser.parse("by May 2009", defaultYear: 2010))
        #expect(early.start == date("2009-01-01") && early.end == date("2009-05-31"))
    }

    @Test func priorToAMeetingIsADeadline() throws {
        let frame = try #require(TimeFrameParser.parse("prior to third GMG working level meeting on 1 Sept.", defaultYear: 2010))
        #expect(frame.isDeadline)
        #expect(frame.start == date("2010-01-01"))
        #expect(frame.end == date("2010-09-01"))
        #expect(frame.precision == .day)
    }

    @Test func tentativeMarksAreKept() throws {
        let tbc = try #require(TimeFrameParser.parse("July 2014 (precise date TBC)", defaultYear: nil))
        #expect(tbc.isTentative)
        #expect(tbc.start == date("2014-07-01") && tbc.end == date("2014-07-31"))
        let question = try #require(TimeFrameParser.parse("2016?", defaultYear: nil))
        #expect(question.isTentative && question.precision == .year)
        let alternatives = try #require(TimeFrameParser.parse("27-28 May or 30 May-1 June 2010", defaultYear: nil))
        #expect(alternatives.isTentative)
        #expect(alternatives.start == date("2010-05-27") && alternatives.end == date("2010-06-01"))
    }

    @Test func remarkAfterSemicolonIsKept() throws {
        let frame = try #require(TimeFrameParser.parse("July-Dec. 2013; implementation may be more long-term", defaultYear: nil))
        #expect(frame.remark == "implementation may be more long-term")
        #expect(frame.end == date("2013-12-31"))
    }

    @Test func missingYearTakesTheDefaultAndSaysSo() throws {
        let frame = try #require(TimeFrameParser.parse("end of February", defaultYear: 2010))
        #expect(frame.yearAssumed)
        #expect(frame.start == date("2010-02-01") && frame.end == date("2010-02-28"))
        let slash = try #require(TimeFrameParser.parse("April/May 2010", defaultYear: nil))
        #expect(slash.start == date("2010-04-01") && slash.end == date("2010-05-31") && slash.isTentative)
    }

    @Test(arguments: ["ongoing", "continuous", "Date and modalities to be discussed", "", "1/2 day", "45 2013"])
    func rejectsTextWithoutADate(text: String) {
        #expect(TimeFrameParser.parse(text, defaultYear: nil) == nil)
    }
}
