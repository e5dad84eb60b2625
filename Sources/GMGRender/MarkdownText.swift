/// Escaping for GitHub-flavoured Markdown: the one place text is made safe to put in a document.
///
/// Text from data is shown literally, whatever it holds:
/// - Characters with an inline meaning get a backslash: `\` `` ` `` `*` `_` `[` `]` `<` `>` `&`
///   `~` `|` (the pipe also keeps table cells apart, and GFM honours `\|` inside tables).
/// - Line breaks cannot appear in a table cell or a heading: CRLF, CR and LF become `<br>` in cells
///   (GitHub shows a line break) and a space in headings.
/// - A `#` is escaped in headings (a trailing run would close the heading).
/// - Other control characters (tab, NUL...) become a space.
public enum MarkdownText {
    /// `text` for a table cell: inline characters escaped, line breaks as `<br>`.
    public static func cell(_ text: String) -> String {
        escape(text, lineBreak: "<br>", escapeHash: false)
    }

    /// `text` for a heading or a paragraph line: inline characters and `#` escaped, line breaks as
    /// spaces.
    public static func inline(_ text: String) -> String {
        escape(text, lineBreak: " ", escapeHash: true)
    }

    /// `text` as a block quote: each line prefixed with `> `, inline characters escaped, and a
    /// leading list, heading or rule marker (`-` `+` `=` `1.` `1)`) escaped so a line stays text.
    public static func blockQuote(_ text: String) -> String {
        lines(of: text).map { line in
            let body = inline(String(line.drop { $0 == " " || $0 == "\t" }))
            return body.isEmpty ? ">" : "> " + escapingLineStart(body)
        }.joined(separator: "\n")
    }

    /// `text` from data inserted into Markdown by a template, wherever the template puts it: inline
    /// characters and `#` escaped as in ``inline(_:)``, line breaks as spaces, surrounding white
    /// space dropped (as in a table cell) and a leading list, heading or rule marker escaped, so
    /// that the value can neither start a block (heading, list item, code block, quote, rule)
    /// nor contain raw HTML, a link or emphasis.
    public static func value(_ text: String) -> String {
        var body = Substring(inline(text))
        while body.first == " " { body.removeFirst() }
        while body.last == " " { body.removeLast() }
        return escapingLineStart(String(body))
    }

    /// `text` from data inserted by a template after `linePrefix`, the rendered text before it on
    /// its line: as ``value(_:)``, except that a leading `1.`, `-`, `+` or `=` is escaped only where
    /// a block could start there (at the start of a line, after white space or after list and
    /// quote markers), so that "1.1" in the middle of a sentence stays "1.1".
    public static func value(_ text: String, after linePrefix: Substring) -> String {
        if blockCanStart(after: linePrefix) { return value(text) }
        var body = Substring(inline(text))
        while body.first == " " { body.removeFirst() }
        while body.last == " " { body.removeLast() }
        return String(body)
    }

    /// Whether text after `prefix` on a line could open a block: the prefix is only white space,
    /// block quote markers and list markers (`-`, `+`, `*`, `1.`, `1)` followed by a space).
    static func blockCanStart(after prefix: Substring) -> Bool {
        var rest = prefix.drop { $0 == " " || $0 == "\t" }
        while let first = rest.first {
            if first == ">" {
                rest = rest.dropFirst()
            } else if first == "-" || first == "+" || first == "*", rest.dropFirst().first.map({ $0 == " " || $0 == "\t" }) ?? false {
                rest = rest.dropFirst()
            } else {
                let digits = rest.prefix { $0.isASCII && $0.isNumber }
                let after = rest.dropFirst(digits.count)
                guard !digits.isEmpty, let marker = after.first, marker == "." || marker == ")",
                      after.dropFirst().first.map({ $0 == " " || $0 == "\t" }) ?? false else { return false }
                rest = after.dropFirst()
            }
            rest = rest.drop { $0 == " " || $0 == "\t" }
        }
        return true
    }

    /// A Markdown heading of `level` (1-6) with `text` escaped.
    public static func heading(_ text: String, level: Int) -> String {
        String(repeating: "#", count: min(6, max(1, level))) + " " + inline(text)
    }

    private static func escapingLineStart(_ line: String) -> String {
        if let first = line.first, first == "-" || first == "+" || first == "=" {
            return "\\" + line
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        let rest = line.dropFirst(digits.count)
        if !digits.isEmpty, let marker = rest.first, marker == "." || marker == ")" {
            return digits + "\\" + rest
        }
        return line
    }

    static func lines(of text: String) -> [String] {
        // Split at the LF bytes: with every CR replaced, each LF is a character of its own.
        text.replacingCRLF().utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(Substring($0)) }
    }

    /// Whether ``escape(_:lineBreak:escapeHash:)`` changes this byte (`#` aside): a line break, an
    /// inline character or a control character.
    private static func needsEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "~"), UInt8(ascii: "|"), 0x7F: true
        default: byte < 0x20
        }
    }

    private static func escape(_ text: String, lineBreak: String, escapeHash: Bool) -> String {
        // Text with nothing to escape (most values) is returned as it is, not rebuilt a scalar at a
        // time: everything below changes only ASCII characters, each a byte of its own.
        guard text.utf8.contains(where: { needsEscape($0) || (escapeHash && $0 == UInt8(ascii: "#")) }) else { return text }
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count + 8)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\n":
                if !previousWasCR { out += lineBreak }
            case "\r":
                out += lineBreak
            case "\\", "`", "*", "_", "[", "]", "<", ">", "&", "~", "|":
                out.unicodeScalars.append("\\")
                out.unicodeScalars.append(scalar)
            case "#" where escapeHash:
                out += "\\#"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out.unicodeScalars.append(" ")
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}

extension String {
    /// The text with CRLF and lone CR turned into LF.
    func replacingCRLF() -> String {
        guard utf8.contains(0x0D) else { return self }
        var out = ""
        var previousWasCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" {
                out.unicodeScalars.append("\n")
            } else if !(scalar == "\n" && previousWasCR) {
                out.unicodeScalars.append(scalar)
            }
            previousWasCR = scalar == "\r"
        }
        return out
    }
}
