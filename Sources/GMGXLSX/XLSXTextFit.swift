/// Estimates how tall a row must be for its wrapped text: libxlsxwriter cannot measure text, and
/// LibreOffice keeps the stored height of a row when it opens a file, so rows of wrapped text need
/// an explicit height or their lines overlap.
///
/// The estimate wraps words greedily at the column's width (units are the default font's digit
/// width), measuring each character by the default font's widths (``advance(_:)``); report sheets
/// plan their pages with the same estimate.
public enum XLSXTextFit {
    /// The number of lines `text` takes in a column `width` units wide: explicit line breaks, and
    /// words moved to the next line when a line is full (a word longer than a line is cut).
    public static func lines(_ text: String, width: Double) -> Int {
        // Without a line break, text that would fit if every character were as wide as the widest
        // (two digits; a character of two digits takes three bytes) is one line, unmeasured.
        let utf8 = text.utf8
        if Double(utf8.count) * 2 <= max(1, width - 0.5), !utf8.contains(UInt8(ascii: "\n")) { return 1 }
        // One pass, nothing stored: most texts are asked at one width only.
        var wrap = GreedyWrap(width: width)
        var word = 0.0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n":
                wrap.place(word)
                wrap.endParagraph()
                word = 0
            case " ":
                wrap.place(word)
                word = 0
            default:
                word += advance(scalar)
            }
        }
        wrap.place(word)
        return wrap.total
    }

    /// Words placed greedily on lines `width` units wide, paragraph after paragraph, counting the lines.
    struct GreedyWrap {
        private let capacity: Double
        private let space = XLSXTextFit.advance(" ")
        private var used = 0.0
        private var lines = 1
        private var finished = 0

        init(width: Double) { capacity = max(1, width - 0.5) }

        /// The lines so far, the current paragraph's included (at least one).
        var total: Int { max(1, finished + lines) }

        /// Places a word `size` units wide after the words placed so far.
        mutating func place(_ size: Double) {
            let needed = used == 0 ? size : used + space + size
            if needed <= capacity {
                used = needed
            } else if size <= capacity {
                lines += 1
                used = size
            } else {
                if used > 0 { lines += 1 }
                let extra = Int((size / capacity).rounded(.up)) - 1
                lines += extra
                used = size - Double(extra) * capacity
            }
        }

        /// Ends the paragraph: the next word starts a new line.
        mutating func endParagraph() {
            finished += lines
            used = 0
            lines = 1
        }
    }

    /// A text measured once, word by word, so its line count can be asked at many widths (column
    /// width planning tries a column at one width after another).
    struct MeasuredText {
        /// Each paragraph's words as their widths, in digits of the default font.
        private var paragraphs: [[Double]] = [[]]

        init(_ text: String) {
            var word = 0.0
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\n":
                    paragraphs[paragraphs.count - 1].append(word)
                    paragraphs.append([])
                    word = 0
                case " ":
                    paragraphs[paragraphs.count - 1].append(word)
                    word = 0
                default:
                    word += XLSXTextFit.advance(scalar)
                }
            }
            paragraphs[paragraphs.count - 1].append(word)
        }

        /// The number of lines at `width` units.
        func lines(width: Double) -> Int {
            var wrap = GreedyWrap(width: width)
            for (index, words) in paragraphs.enumerated() {
                if index > 0 { wrap.endParagraph() }
                for size in words { wrap.place(size) }
            }
            return wrap.total
        }
    }

    /// The height in points for a row whose cells hold `cells` (text and column width), in a font of
    /// `fontSize` points: the tallest cell's lines at Excel's line height (15 points for 11-point
    /// text), with a little room.
    public static func rowHeight(_ cells: [(text: String, width: Double)], fontSize: Double = 11) -> Double {
        rowHeight(lines: cells.map { self.lines($0.text, width: $0.width) }.max() ?? 1, fontSize: fontSize)
    }

    /// The height in points for a row `lines` lines tall, in a font of `fontSize` points.
    public static func rowHeight(lines: Int, fontSize: Double = 11) -> Double {
        (Double(lines) * fontSize * 15 / 11 + 2).rounded()
    }

    /// The width of a character in digits of the default font (Calibri's advance widths over its
    /// digits'; LibreOffice's Carlito has the same): `i` about half a digit, `m` one and a half,
    /// East Asian wide characters two.
    static func advance(_ scalar: Unicode.Scalar) -> Double {
        scalar.isASCII ? asciiAdvances[Int(scalar.value)] : measuredAdvance(scalar)
    }

    /// ``measuredAdvance(_:)`` of each ASCII character, looked up rather than matched per character.
    private static let asciiAdvances: [Double] = (0..<128).map { measuredAdvance(Unicode.Scalar(UInt8($0))) }

    /// The width of a character, by its class (see ``advance(_:)``).
    private static func measuredAdvance(_ scalar: Unicode.Scalar) -> Double {
        if isWide(scalar) { return 2 }
        switch scalar {
        case "i", "j", "l", "I", "'", ".", ",", ";", ":", "!", "|": return 0.5
        case " ", "f", "t", "r", "(", ")", "[", "]", "-", "/": return 0.66
        case "s", "z", "c", "J", "L": return 0.83
        case "m", "M", "W", "@", "%": return 1.6
        case "w", "&", "O", "Q", "G", "D", "H", "N", "U": return 1.3
        case "A"..."Z": return 1.1
        default: return 1.0
        }
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD: return true
        default: return false
        }
    }
}
