/// What a chart's values measure, so that every renderer can say it: a count of things or money.
///
/// A pie never plots counts as if they were money, and a money chart never plots a column of
/// counts: the report layer checks the measure against the kind of the columns it plots.
public enum ChartMeasure: Sendable, Hashable {
    /// A count of things, named by a plural noun: `.count(noun: "activities")`.
    case count(noun: String)
    /// An amount of money in a currency: `.money(currency: "USD")`.
    case money(currency: String)

    /// What a chart's title says it measures, in parentheses after it: `number of activities`, `USD`.
    public var phrase: String {
        switch self {
        case .count(let noun): return "number of \(noun)"
        case .money(let currency): return currency
        }
    }

    /// How an axis or a legend names the values: `Activities`, `USD`.
    public var axisTitle: String {
        switch self {
        case .count(let noun): return noun.prefix(1).uppercased() + noun.dropFirst()
        case .money(let currency): return currency
        }
    }
}

/// One series of a chart: a name (for the legend) and one value per category.
public struct ChartSeries: Sendable, Hashable {
    /// The legend text, e.g. a year (`2014`) or what the values are (`Activities`).
    public var name: String
    /// One value per category of the chart, in the categories' order.
    public var values: [Double]

    /// Creates a series.
    public init(name: String, values: [Double]) {
        self.name = name
        self.values = values
    }
}

/// A chart every renderer draws the same way: a Mermaid block, an SVG picture, a native Excel chart.
///
/// Categories name the slices or bars; each series holds one value per category. The report layer
/// builds a chart from a query result (categories from a label column, series from value columns
/// or from the values of a series column) and leaves out what is not known: an amount nobody stated
/// is not a value of zero.
///
/// ```swift
/// let chart = Chart(kind: .bar, title: "Activities by funding source", measure: .count(noun: "activities"),
///                   categories: ["UNDP", "EU", "(not stated)"],
///                   series: [ChartSeries(name: "Activities", values: [12, 3, 40])])
/// let drawn = chart.limitingCategories(to: 8)
/// ```
public struct Chart: Sendable, Hashable {
    /// The chart types the renderers draw.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Slices of a whole: only for a measure whose categories do not overlap.
        case pie
        /// Horizontal bars (long category labels read well).
        case bar
        /// Vertical columns.
        case column
    }

    /// The chart type.
    public var kind: Kind
    /// The chart's title, without the measure: renderers add it (`title (number of activities)`).
    public var title: String
    /// What the values measure.
    public var measure: ChartMeasure
    /// The names of the slices or bars, in the order they are drawn.
    public var categories: [String]
    /// The series; each has one value per category.
    public var series: [ChartSeries]

    /// Creates a chart.
    public init(kind: Kind, title: String, measure: ChartMeasure, categories: [String], series: [ChartSeries]) {
        self.kind = kind
        self.title = title
        self.measure = measure
        self.categories = categories
        self.series = series
    }

    /// At most `limit` categories: the largest kept (in their order), the rest summed into one "Other".
    ///
    /// A category's size is the sum of its values over all series. When there are more than `limit`
    /// categories, the `limit - 1` largest stay where they were (ties go to the earlier one) and
    /// every other category is summed, series by series, into a last category named `otherLabel`.
    /// A category already named `otherLabel` always goes into that sum. At or under the limit the
    /// chart is returned unchanged. A limit below 2 is taken as 2.
    public func limitingCategories(to limit: Int = 8, otherLabel: String = "Other") -> Chart {
        let limit = max(2, limit)
        guard categories.count > limit else { return self }
        let sizes = categories.indices.map { index in series.reduce(0) { $0 + value($1, at: index) } }
        let candidates = categories.indices.filter { categories[$0] != otherLabel }
        let largest = candidates.sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }.prefix(limit - 1)
        let kept = largest.sorted()
        let keptSet = Set(kept)
        var result = self
        result.categories = kept.map { categories[$0] } + [otherLabel]
        result.series = series.map { series in
            let other = categories.indices.filter { !keptSet.contains($0) }.reduce(0) { $0 + value(series, at: $1) }
            return ChartSeries(name: series.name, values: kept.map { value(series, at: $0) } + [other])
        }
        return result
    }

    /// The value of `series` for the category at `index`; 0 when the series is short.
    private func value(_ series: ChartSeries, at index: Int) -> Double {
        index < series.values.count ? series.values[index] : 0
    }
}
