import Foundation

/// Collects SVG elements and writes them as a standalone document; every text is escaped.
struct SVGCanvas {
    let width: Double
    var height = 0.0
    private var elements: [String] = []

    init(width: Double) {
        self.width = width
    }

    mutating func raw(_ element: String) {
        elements.append(element)
    }

    mutating func text(_ text: String, x: Double, y: Double, size: Double, weight: String = "normal",
                       anchor: String = "start", fill: String = "#222222", style: String = "normal") {
        var attributes = "x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" font-size=\"\(Self.number(size))\""
        if weight != "normal" { attributes += " font-weight=\"\(weight)\"" }
        if style != "normal" { attributes += " font-style=\"\(style)\"" }
        if anchor != "start" { attributes += " text-anchor=\"\(anchor)\"" }
        if fill != "#222222" { attributes += " fill=\"\(fill)\"" }
        elements.append("<text \(attributes)>\(ProseHTML.escape(text))</text>")
    }

    /// The SVG document, with a `<title>` for screen readers.
    func document(title: String) -> String {
        let size = "width=\"\(Self.number(width))\" height=\"\(Self.number(height))\" viewBox=\"0 0 \(Self.number(width)) \(Self.number(height))\""
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" \(size) font-family=\"\(SVGChart.font)\" fill=\"#222222\" role=\"img\">"
            + "<title>\(ProseHTML.escape(title))</title>" + elements.joined() + "</svg>"
    }

    /// A coordinate with at most one decimal.
    static func number(_ value: Double) -> String {
        NumberFormatting.fixed(value, decimals: 1).replacingOccurrences(of: ".0", with: "", options: .anchored.union(.backwards))
    }

    /// An estimate of the drawn width of `text` (DejaVu Sans averages about 0.58 em a character).
    static func textWidth(_ text: String, size: Double) -> Double {
        Double(text.count) * size * 0.58
    }

    /// `text` broken into lines that fit `width`, at most `maxLines`, the last cut with "…".
    static func wrap(_ text: String, width: Double, size: Double, maxLines: Int) -> [String] {
        let perLine = max(4, Int(width / (size * 0.58)))
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ").map(String.init) {
            let candidate = current.isEmpty ? word : current + " " + word
            if candidate.count <= perLine {
                current = candidate
            } else {
                if !current.isEmpty { lines.append(current) }
                current = word
            }
        }
        if !current.isEmpty { lines.append(current) }
        lines = lines.map { $0.count > perLine ? String($0.prefix(perLine - 1)) + "…" : $0 }
        guard lines.count > maxLines else { return lines.isEmpty ? [""] : lines }
        var kept = Array(lines.prefix(maxLines))
        let last = kept[maxLines - 1]
        kept[maxLines - 1] = (last.count >= perLine ? String(last.prefix(perLine - 1)) : last) + "…"
        return kept
    }
}
