extension Column {
    /// A query's column name as a title people read: words split at `_`, the first capitalized,
    /// a trailing `usd` as the currency: `cost_usd` → `Cost (USD)`, `costed_activities` →
    /// `Costed activities`, `co_lead` → `Co-lead`. `id` is an activity's reference, `Ref.`; other names keep their spelling
    /// (`Total`, `2014`).
    public static func readableTitle(_ name: String) -> String {
        if name == "id" { return "Ref." }
        var words = name.split(separator: "_").map(String.init)
        var suffix = ""
        if words.last == "usd" {
            words.removeLast()
            suffix = " (USD)"
        }
        // "co" is a prefix: `co_lead` → `Co-lead`, `with_co_leads` → `With co-leads`.
        let text = words.indices.map { index in
            words[index] + (index == words.count - 1 ? "" : words[index] == "co" ? "-" : " ")
        }.joined()
        return (text.prefix(1).uppercased() + text.dropFirst()) + suffix
    }
}
