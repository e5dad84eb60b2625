import GMGTable
import Testing

/// The chart model's category limit: what a pie or a bar chart keeps and what it sums into "Other".
@Suite struct ChartTests {
    private func chart(_ values: [Double], names: [String]? = nil) -> Chart {
        Chart(kind: .bar, title: "Activities by source", measure: .count(noun: "activities"),
              categories: names ?? values.indices.map { "S\($0 + 1)" },
              series: [ChartSeries(name: "Activities", values: values)])
    }

    @Test func atOrUnderTheLimitNothingChanges() {
        let eight = chart([1, 2, 3, 4, 5, 6, 7, 8])
        #expect(eight.limitingCategories(to: 8) == eight)
        let three = chart([5, 0, 2])
        #expect(three.limitingCategories() == three)
    }

    @Test func theLargestKeepTheirOrderAndTheRestAreSummedIntoOther() {
        // Ten categories; the seven largest are S1, S3, S4, S6, S7, S9, S10 (S2=1, S5=2, S8=0 go).
        let limited = chart([10, 1, 30, 20, 2, 40, 50, 0, 60, 70]).limitingCategories(to: 8)
        #expect(limited.categories == ["S1", "S3", "S4", "S6", "S7", "S9", "S10", "Other"])
        #expect(limited.series == [ChartSeries(name: "Activities", values: [10, 30, 20, 40, 50, 60, 70, 3])])
        #expect(limited.title == "Activities by source" && limited.measure == .count(noun: "activities"))
    }

    @Test func sizeIsTheSumOverAllSeriesAndEverySeriesIsSummed() {
        let years = Chart(kind: .column, title: "Money by source and year", measure: .money(currency: "USD"),
                          categories: ["A", "B", "C", "D"],
                          series: [ChartSeries(name: "2013", values: [100, 0, 5, 1]),
                                   ChartSeries(name: "2014", values: [0, 90, 5, 2])])
        // Sizes: A 100, B 90, C 10, D 3: with room for 3, A and B stay, C and D become Other.
        let limited = years.limitingCategories(to: 3, otherLabel: "Other sources")
        #expect(limited.categories == ["A", "B", "Other sources"])
        #expect(limited.series.map(\.values) == [[100, 0, 6], [0, 90, 7]])
        #expect(limited.series.map(\.name) == ["2013", "2014"])
    }

    @Test func tiesGoToTheEarlierCategory() {
        let limited = chart([5, 5, 5, 5]).limitingCategories(to: 3)
        #expect(limited.categories == ["S1", "S2", "Other"])
        #expect(limited.series[0].values == [5, 5, 10])
    }

    @Test func aCategoryAlreadyNamedOtherIsMergedIntoOther() {
        let limited = chart([100, 1, 2, 3], names: ["Other", "A", "B", "C"]).limitingCategories(to: 3)
        #expect(limited.categories == ["B", "C", "Other"])
        #expect(limited.series[0].values == [2, 3, 101])
    }

    @Test func theTotalIsKept() {
        let values: [Double] = (1...20).map { Double($0 * $0 % 17) }
        let limited = chart(values).limitingCategories(to: 6)
        #expect(limited.categories.count == 6)
        #expect(limited.series[0].values.reduce(0, +) == values.reduce(0, +))
    }

    @Test func axisTitlesSayWhatIsMeasured() {
        #expect(ChartMeasure.count(noun: "activities").axisTitle == "Activities")
        #expect(ChartMeasure.money(currency: "USD").axisTitle == "USD")
    }
}
