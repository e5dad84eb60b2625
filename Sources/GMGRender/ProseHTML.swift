/// Escaping for HTML and SVG text, and the small Markdown subset of report prose turned into HTML.
///
/// Report prose is a Markdown fragment filled from a template: its structure comes from the
/// template, and data was escaped into it. ``ProseHTML/html(_:)`` understands only what templates
/// use (paragraphs, `-`/`*` lists, `1.` lists, `###`/`####` headings, `>` quotes, `**bold**`,
/// `*italic*`, `` `code` ``, backslash escapes and hard line breaks); every other character,
/// `<` and `&` included, is escaped, so nothing in prose ever becomes raw HTML.
public enum ProseHTML {
    /// `text` escaped for HTML text and attribute values (`&`, `<`, `>`, `"`, `'`); control
    /// characters other than line breaks and tabs become spaces.
    public static func escape(_ text: String) -> String {
        // Text with nothing to escape (most cells and words) is returned as it is, not rebuilt.
        guard text.utf8.contains(where: needsEscape) else { return text }
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) {
                    out.unicodeScalars.append(" ")
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Whether a UTF-8 byte may start something ``escape(_:)`` changes: a markup character, a
    /// control character (0x7F, U+0080-U+009F are encoded behind 0xC2) but line breaks and tabs.
    private static func needsEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0x7F, 0xC2: true
        case UInt8(ascii: "\n"), UInt8(ascii: "\t"): false
        default: byte < 0x20
        }
    }

    /// The HTML of a prose fragment.
    public static func html(_ markdown: String) -> String {
        var html: [String] = []
        for block in blocks(of: markdown) {
            html.append(render(block))
        }
        return html.joined(separator: "\n")
    }

    /// Paragraph-level blocks: runs of lines separated by blank lines, a list item, heading or
    /// quote line starting a new block when the kind changes.
    private static func blocks(of text: String) -> [[String]] {
        var result: [[String]] = []
        var current: [String] = []
        func flush() {
            if !current.isEmpty { result.append(current) }
            current = []
        }
        for raw in MarkdownText.lines(of: text) {
            let line = raw.trimmingSpaces()
            if line.isEmpty { flush(); continue }
            if heading(line) != nil { flush(); result.append([line]); continue }
            if let last = current.last, kind(of: last) != kind(of: line), kind(of: line) != .text { flush() }
            current.append(raw.hasSuffix("  ") ? line + "  " : line)
        }
        flush()
        return result
    }

    private enum LineKind { case text, bullet, number, quote }

    private static func kind(of line: String) -> LineKind {
        if line.hasPrefix("- ") || line.hasPrefix("* ") { return .bullet }
        if line.hasPrefix(">") { return .quote }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, line.dropFirst(digits.count).hasPrefix(". ") { return .number }
        return .text
    }

    private static func heading(_ line: String) -> (level: Int, text: String)? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes), line.dropFirst(hashes).hasPrefix(" ") else { return nil }
        return (max(3, hashes), String(line.dropFirst(hashes + 1)))
    }

    private static func render(_ lines: [String]) -> String {
        if lines.count == 1, let (level, text) = heading(lines[0]) {
            return "<h\(level)>\(inline(text))</h\(level)>"
        }
        switch kind(of: lines[0]) {
        case .bullet, .number:
            let ordered = kind(of: lines[0]) == .number
            var items: [String] = []
            for line in lines {
                if kind(of: line) == .text, !items.isEmpty {
                    items[items.count - 1] += " " + line
                } else {
                    items.append(String(line.drop { $0 != " " }.dropFirst()))
                }
            }
            let tag = ordered ? "ol" : "ul"
            return "<\(tag)>" + items.map { "<li>\(inline($0))</li>" }.joined() + "</\(tag)>"
        case .quote:
            let text = lines.map { String($0.dropFirst().drop { $0 == " " }) }
            return "<blockquote><p>\(text.map(inline).joined(separator: " "))</p></blockquote>"
        case .text:
            return "<p>" + lines.map { line in
                line.hasSuffix("  ") ? inline(line.trimmingSpaces()) + "<br>" : inline(line)
            }.joined(separator: "\n") + "</p>"
        }
    }

    /// Inline markup of one line: escapes, `**strong**`, `*em*` / `_em_`, `` `code` ``.
    static func inline(_ text: String) -> String {
        // Most text has no marks: escaped at once, not a character at a time (a tenth of a bundled build).
        guard text.utf8.contains(where: isMarkByte) else { return escape(text) }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        var strong = false, emphasis = false, code = false
        // The text between marks is escaped a run at a time (escaping is per character, so a run
        // escapes as its characters do): `plain` is where the run not yet written starts.
        var plain = text.startIndex
        var index = text.startIndex
        func write(_ markup: String, resumingAt resume: String.Index) {
            out += escape(String(text[plain..<index]))
            out += markup
            plain = resume
        }
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            guard let lead = character.utf8.first, isMarkByte(lead) else {
                index = next
                continue
            }
            if code {
                if character == "`" {
                    write("</code>", resumingAt: next)
                    code = false
                }
                index = next
                continue
            }
            switch character {
            case "\\" where next < text.endIndex && text[next].isPunctuationOrSymbol:
                write("", resumingAt: next)  // the escaped character starts the next run, as text
                index = text.index(after: next)
                continue
            case "*" where next < text.endIndex && text[next] == "*":
                write(strong ? "</strong>" : "<strong>", resumingAt: text.index(after: next))
                strong.toggle()
                index = text.index(after: next)
                continue
            case "*", "_":
                let opens = !emphasis && next < text.endIndex && text[next] != " "
                    && text[next...].contains(character)
                if emphasis || opens {
                    write(emphasis ? "</em>" : "<em>", resumingAt: next)
                    emphasis.toggle()
                }
            case "`":
                write("<code>", resumingAt: next)
                code = true
            default:
                break
            }
            index = next
        }
        out += escape(String(text[plain...]))
        if code { out += "</code>" }
        if emphasis { out += "</em>" }
        if strong { out += "</strong>" }
        return out
    }

    /// Whether a UTF-8 byte starts an inline mark: a backslash, `*`, `_` or a backtick.
    private static func isMarkByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "`")
    }
}

extension Character {
    /// ASCII punctuation or symbol: what a Markdown backslash escapes.
    var isPunctuationOrSymbol: Bool {
        isASCII && (isPunctuation || isSymbol)
    }
}
