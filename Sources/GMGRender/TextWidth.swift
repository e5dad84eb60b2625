/// How wide text is in the documents' font, DejaVu Sans (regular and bold), in ems: what a table
/// column needs so that its longest word stays whole. The advance widths of printable ASCII come
/// from the font (units of 1/2048 em); other characters count as a wide letter.
enum TextWidth {
    /// The width of `text` in ems (bold for table headers).
    static func ems(_ text: Substring, bold: Bool = false) -> Double {
        let table = bold ? Self.bold : Self.regular
        var units = 0
        for scalar in text.unicodeScalars {
            let code = Int(scalar.value)
            units += (32..<127).contains(code) ? table[code - 32] : otherCharacter
        }
        return Double(units) / 2048
    }

    /// The width in ems of the widest of ``unbreakablePieces(_:)`` (nil when there is none),
    /// measured on the bytes of ASCII text without cutting it into pieces: every cell of every
    /// document table is measured, for each rendering.
    static func widestPiece(_ text: String, bold: Bool = false) -> Double? {
        let table = bold ? Self.bold : Self.regular
        var widest: Int?
        var units = 0, length = 0
        func endPiece() {
            if length > 0 { widest = max(widest ?? 0, units) }
            units = 0
            length = 0
        }
        let bytes = Array(text.utf8)
        for (index, byte) in bytes.enumerated() {
            guard byte < 0x80 else { return unbreakablePieces(text).map { ems($0, bold: bold) }.max() }
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                endPiece()
                continue
            }
            units += (32..<127).contains(byte) ? table[Int(byte) - 32] : otherCharacter
            length += 1
            if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/"), length > 1, index + 1 < bytes.count,
               (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[index + 1] | 0x20) {
                endPiece()
            }
        }
        endPiece()
        return widest.map { Double($0) / 2048 }
    }

    /// The pieces of `text` a line may not break inside: words split at white space, and after a
    /// hyphen or slash that a letter follows ("January-October", "mawp-2014-decent-work-o2-a1"),
    /// as the Unicode line-breaking rules that WeasyPrint and LibreOffice follow allow.
    static func unbreakablePieces(_ text: String) -> [Substring] {
        text.split(whereSeparator: \.isWhitespace).flatMap { word -> [Substring] in
            var pieces: [Substring] = []
            var start = word.startIndex
            var index = word.startIndex
            while index < word.endIndex {
                let next = word.index(after: index)
                if "-/–".contains(word[index]), index > start, next < word.endIndex, word[next].isLetter {
                    pieces.append(word[start..<next])
                    start = next
                }
                index = next
            }
            pieces.append(word[start...])
            return pieces
        }
    }

    /// A character outside printable ASCII (accented letters, dashes): as wide as a wide lower-case letter.
    private static let otherCharacter = 1460
    private static let regular: [Int] = [
        651, 821, 942, 1716, 1303, 1946, 1597, 563, 799, 799, 1024, 1716, 651, 739, 651, 690,
        1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 690, 690, 1716, 1716, 1716, 1087,
        2048, 1401, 1405, 1430, 1577, 1294, 1178, 1587, 1540, 604, 604, 1343, 1141, 1767, 1532, 1612,
        1235, 1612, 1423, 1300, 1251, 1499, 1401, 2025, 1403, 1251, 1403, 799, 690, 799, 1716, 1024,
        1024, 1255, 1300, 1126, 1300, 1260, 721, 1300, 1298, 569, 569, 1186, 569, 1995, 1298, 1253,
        1300, 1300, 842, 1067, 803, 1298, 1212, 1675, 1212, 1212, 1075, 1303, 690, 1303, 1716,
    ]
    private static let bold: [Int] = [
        713, 934, 1067, 1716, 1425, 2052, 1786, 627, 936, 936, 1071, 1716, 778, 850, 778, 748,
        1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 819, 819, 1716, 1716, 1716, 1188,
        2048, 1585, 1561, 1503, 1700, 1399, 1399, 1681, 1714, 762, 762, 1587, 1305, 2038, 1714, 1741,
        1501, 1741, 1577, 1475, 1397, 1663, 1585, 2259, 1579, 1483, 1485, 936, 748, 936, 1716, 1024,
        1024, 1382, 1466, 1214, 1466, 1389, 891, 1466, 1458, 702, 702, 1362, 702, 2134, 1458, 1407,
        1466, 1466, 1010, 1219, 979, 1458, 1335, 1892, 1321, 1335, 1192, 1458, 748, 1458, 1716,
    ]
}
