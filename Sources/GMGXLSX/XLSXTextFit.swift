/// Estimates how tall a row must be for its wrapped text: libxlsxwriter cannot measure text, and
/// LibreOffice keeps the stored height of a row when it opens a file, so rows of wrapped text need
/// an explicit height or their lines overlap.
///
/// The estimate wraps words greedily at the column's width, counting about 1.2 characters of
/// ordinary text per unit of column width (units are the default font's digit width) and two for
/// East Asian wide characters; it errs towards a line too many.
public enum XLSXTextFit {
    /// The number of lines `text` takes in a column `width` units wide.
    public static func lines(_ text: String, width: Double) -> Int {
        let capacity = max(1, width * 1.2 - 1)
        var total = 0
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var lines = 1
            var used = 0.0
            for word in paragraph.split(separator: " ") {
                let size = word.unicodeScalars.reduce(0.0) { $0 + (isWide($1) ? 2 : 1) }
                if used > 0, used + 1 + size <= capacity {
                    used += 1 + size
                    continue
                }
                if used > 0 {
                    lines += 1
                    used = 0
                }
                // A word wider than the column breaks across lines.
                let full = (size / capacity).rounded(.down)
                let rest = size - full * capacity
                if rest > 0 {
                    lines += Int(full)
                    used = rest
                } else {
                    lines += Int(full) - 1
                    used = capacity
                }
            }
            total += lines
        }
        return max(1, total)
    }

    /// The height in points for a row whose cells hold `cells` (text and column width), in a font of
    /// `fontSize` points: the tallest cell's lines at 1.25 times the font size each, with a little room.
    public static func rowHeight(_ cells: [(text: String, width: Double)], fontSize: Double = 11) -> Double {
        let lines = cells.map { self.lines($0.text, width: $0.width) }.max() ?? 1
        return (Double(lines) * fontSize * 1.25 + 3).rounded()
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD: return true
        default: return false
        }
    }
}
