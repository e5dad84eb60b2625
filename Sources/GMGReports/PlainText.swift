import Foundation
import GMGTable
import GMGXLSX

/// Report text (Markdown from the templates) as plain sheet text: what a workbook shows of a
/// section's narrative, without Markdown's marks.
enum PlainText {
    /// Headings, list items and paragraphs of `markdown`; lines of one paragraph are joined.
    static func items(_ markdown: String) -> [XLSXTextSheet.Item] {
        var items: [XLSXTextSheet.Item] = []
        var paragraph: [String] = []
        func flush() {
            if !paragraph.isEmpty { items.append(.paragraph(inline(paragraph.joined(separator: " ")))) }
            paragraph = []
        }
        for raw in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingScalars(in: .whitespaces)
            if line.isEmpty {
                flush()
            } else if line.hasPrefix("#") {
                flush()
                items.append(.heading(inline(String(line.drop { $0 == "#" }).trimmingScalars(in: .whitespaces))))
            } else if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") {
                flush()
                items.append(.bullet(inline(String(line.dropFirst(2)))))
            } else if line.hasPrefix(">") {
                paragraph.append(String(line.dropFirst()).trimmingScalars(in: .whitespaces))
            } else {
                paragraph.append(line)
            }
        }
        flush()
        return items
    }

    /// The items as lines of text: a paragraph each, list items with a bullet.
    static func lines(_ markdown: String) -> [String] {
        items(markdown).compactMap { item in
            switch item {
            case .heading(let text), .paragraph(let text): return text
            case .bullet(let text): return "\u{2022} " + text
            default: return nil
            }
        }
    }

    /// `text` without emphasis marks, code ticks and link targets; escaped characters kept.
    static func inline(_ text: String) -> String {
        // Checked on the bytes first: a link needs "](", and only `\`, `*` and backticks are dropped.
        let linked = hasLinkTarget(text)
            ? text.replacingOccurrences(of: #"(?<!\\)\[([^\]]*)\]\([^)]*\)"#, with: "$1", options: .regularExpression) : text
        guard linked.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "`") })
        else { return linked }
        var result = ""
        var escaped = false
        for character in linked {
            if escaped {
                result.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character != "*" && character != "`" {
                result.append(character)
            }
        }
        return result
    }

    /// Whether `text` has a `]` followed by `(`, without which there is no link to drop.
    private static func hasLinkTarget(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == UInt8(ascii: "]") && byte == UInt8(ascii: "(") { return true }
            previous = byte
        }
        return false
    }
}
