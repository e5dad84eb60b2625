/// A cell's position: 1-based row and column, written `C12` in A1 notation.
public struct CellReference: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The row number, from 1.
    public var row: Int
    /// The column number, from 1 (A is 1).
    public var column: Int

    /// Creates a reference from 1-based numbers.
    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Parses A1 notation (`B7`, `$B$7`); nil when it is not a cell reference or the column or row is
    /// past `maxColumn` / `maxRow`.
    public init?(_ text: some StringProtocol, maxRow: Int = 1_048_576, maxColumn: Int = 16_384) {
        var column = 0, row = 0, digits = 0, letters = 0
        for byte in text.utf8 where byte != UInt8(ascii: "$") {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where digits == 0:
                column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
                letters += 1
            case UInt8(ascii: "a")...UInt8(ascii: "z") where digits == 0:
                column = column * 26 + Int(byte - UInt8(ascii: "a")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9") where letters > 0:
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            default: return nil
            }
            if letters > 3 || digits > 7 { return nil }
        }
        guard letters > 0, digits > 0, row >= 1, row <= maxRow, column <= maxColumn else { return nil }
        self.init(row: row, column: column)
    }

    /// The column's letters: 1 is `A`, 27 is `AA`.
    public static func letters(ofColumn column: Int) -> String {
        var letters: [Character] = []
        var remaining = column
        while remaining > 0 {
            letters.insert(Character(Unicode.Scalar(UInt8(65 + (remaining - 1) % 26))), at: 0)
            remaining = (remaining - 1) / 26
        }
        return String(letters)
    }

    public var description: String { Self.letters(ofColumn: column) + String(row) }

    public static func < (lhs: CellReference, rhs: CellReference) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }
}
