/// Sentences that go with a chart, the same in every format.
enum ChartNotes {
    /// Says which categories a chart leaves out because no value was stated for them: by name when
    /// there are a few, else how many.
    static func omitted(_ built: BuiltChart) -> String {
        let what = built.chart.measure == .money(currency: "USD") ? "no amount is stated" : "no value is stated"
        let which = built.omitted.count <= 5
            ? built.omitted.map { "\u{201C}\($0)\u{201D}" }.joined(separator: ", ")
            : "\(built.omitted.count) of the \(built.categories) values of \u{201C}\(built.label)\u{201D}"
        return "Not in the chart, because \(what) for them (which is not zero): \(which)."
    }
}
