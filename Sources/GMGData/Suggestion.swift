/// "Did you mean ...?" for a name typed by hand: the closest known name by edit distance.
enum Suggestion {
    /// The candidate closest to `name` (ignoring case), when it is close enough to be a typo:
    /// at most one edit in 4 characters and never more than 3 (a swap of two neighbours is one
    /// edit); failing that, the first candidate that `name` (4 characters or more) begins, as a
    /// name cut short. Ties go to the first candidate.
    static func closest(to name: String, among candidates: some Sequence<String>) -> String? {
        let typed = Array(name.lowercased())
        let allowed = max(1, min(3, typed.count / 4))
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let known = Array(candidate.lowercased())
            guard abs(known.count - typed.count) <= allowed, candidate != name else { continue }
            let distance = editDistance(typed, known, limit: allowed)
            if distance <= allowed, distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        if let best { return best.candidate }
        guard typed.count >= 4 else { return nil }
        return candidates.first { $0.count > typed.count && Array($0.lowercased()).starts(with: typed) }
    }

    /// `; did you mean "X"?` for a suggestion, or "" when there is none.
    static func clause(for name: String, among candidates: some Sequence<String>) -> String {
        closest(to: name, among: candidates).map { "; did you mean \"\($0)\"?" } ?? ""
    }

    /// The optimal-string-alignment distance between `a` and `b` (insertions, deletions,
    /// substitutions and swaps of neighbours); any value above `limit` is returned as `limit + 1`.
    private static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if a.isEmpty || b.isEmpty { return min(max(a.count, b.count), limit + 1) }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, previous2[j - 2] + 1) }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return min(previous[b.count], limit + 1)
    }
}
