import GMGTable
import Testing

/// ISO dates read on their bytes (ten ASCII bytes) and through the general parse (anything else)
/// give the same dates, and real dates only.
@Suite struct CalendarDateTests {
    @Test(arguments: [
        ("2014-01-31", CalendarDate(year: 2014, month: 1, day: 31)),
        ("2024-02-29", CalendarDate(year: 2024, month: 2, day: 29)),
        ("2000-02-29", CalendarDate(year: 2000, month: 2, day: 29)),
        ("0999-12-01", CalendarDate(year: 999, month: 12, day: 1)),
        ("+999-12-01", CalendarDate(year: 999, month: 12, day: 1)),  // Int("+999"): the general parse's reading
    ])
    func readsARealDate(text: String, date: CalendarDate) {
        #expect(CalendarDate(iso: text) == date)
        #expect(CalendarDate(iso: Substring("x" + text).dropFirst()) == date)
    }

    @Test(arguments: ["", "2023-02-29", "1900-02-29", "2014-13-01", "2014-00-10", "2014-04-31", "2014-01-00", "2014-1-01",
                      "2014-01-1", "2014/01/01", "2014-01-01 ", " 2014-01-01", "20140-1-01", "2014-01-0a", "２０１４-01-01",
                      "2014-01-01-01", "201-01-011"])
    func refusesAnythingElse(text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }
}
