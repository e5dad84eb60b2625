import Foundation
import GMGTable

extension Citation {
    /// The place as a reader cites it: the transcriber's notes of the data are not printed.
    ///
    /// `source` values keep notes that help whoever checks a transcription against its document
    /// ("Output 1 (1st output of the section)", "activity 2.1 (continuation row after page break)",
    /// "item 2 (printed 1)", "item 3, part 2"); in print the place reads as the document shows it:
    /// "Output 1", "activity 2.1", "item 1", "item 3". Other parentheses (a quotation, "first slide")
    /// stay.
    public var printedPlace: String {
        var parts: [Substring] = []
        var rest = Substring(place)
        while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
            let before = rest[..<open], note = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            if let printed = Self.printedNumber(note), let item = before.range(of: "item ", options: .backwards),
               before[item.upperBound...].trimmingScalars(in: .whitespaces).allSatisfy(\.isNumber) {
                parts.append(before[..<item.upperBound] + printed)
            } else if Self.isTranscriberNote(note) {
                parts.append(before.droppingTrailingSpaces)
            } else {
                parts.append(before + "(" + note + ")")
            }
        }
        parts.append(rest)
        var text = parts.joined()
        // "item 3, part 2": one printed item the data splits into several activities.
        if let part = text.range(of: ", part ", options: .backwards), !text[part.upperBound...].isEmpty,
           text[part.upperBound...].allSatisfy(\.isNumber) {
            text = String(text[..<part.lowerBound])
        }
        return text.trimmingScalars(in: .whitespaces)
    }

    /// "printed 4" → "4" (the number the document prints for an item counted otherwise).
    private static func printedNumber(_ note: Substring) -> String? {
        guard note.hasPrefix("printed "), !note.dropFirst(8).isEmpty else { return nil }
        return String(note.dropFirst(8))
    }

    private static func isTranscriberNote(_ note: Substring) -> Bool {
        note.hasSuffix(" output of the section") || note.hasSuffix("continuation row after page break")
            || note == "unnumbered" || note.hasPrefix("no heading in the text")
    }
}

private extension Substring {
    var droppingTrailingSpaces: Substring {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
