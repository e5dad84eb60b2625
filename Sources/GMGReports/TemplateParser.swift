/// Reads a template's text into nodes, strictly (see ``Template``), without recursion, so that
/// no nesting can exhaust the stack.
enum TemplateParser {
    private enum Token {
        case text(String)
        case tag(Tag)
    }

    private struct Tag {
        enum Kind { case variable, section, inverted, close, comment }
        let kind: Kind
        let name: TemplateName
    }

    static func parse(_ text: String) throws(TemplateError) -> [TemplateNode] {
        var tokens = try tokenize(Array(text))
        trimStandaloneLines(&tokens)
        return try tree(tokens)
    }

    private static func tokenize(_ characters: [Character]) throws(TemplateError) -> [Token] {
        var tokens: [Token] = []
        var position = TemplatePosition(line: 1, column: 1)
        var index = 0, textStart = 0
        while index < characters.count {
            guard characters[index] == "{", index + 1 < characters.count, characters[index + 1] == "{" else {
                position.advance(over: characters[index])
                index += 1
                continue
            }
            if textStart < index { tokens.append(.text(String(characters[textStart..<index]))) }
            guard let close = closingBraces(in: characters, from: index + 2) else {
                throw TemplateError(position, "this tag is never closed with }}")
            }
            tokens.append(.tag(try tag(String(characters[(index + 2)..<close]), at: position)))
            for character in characters[index..<(close + 2)] { position.advance(over: character) }
            index = close + 2
            textStart = index
        }
        if textStart < characters.count { tokens.append(.text(String(characters[textStart...]))) }
        return tokens
    }

    private static func closingBraces(in characters: [Character], from start: Int) -> Int? {
        var index = start
        while index + 1 < characters.count {
            if characters[index] == "}", characters[index + 1] == "}" { return index }
            index += 1
        }
        return nil
    }

    private static func tag(_ content: String, at position: TemplatePosition) throws(TemplateError) -> Tag {
        let shown = "{{" + (content.count > 40 ? content.prefix(40) + "..." : content) + (content.hasPrefix("{") ? "}}}" : "}}")
        let trimmed = content.trimmingWhitespace
        guard let sigil = trimmed.first else { throw TemplateError(position, "an empty tag {{}}") }
        let kind: Tag.Kind
        switch sigil {
        case "!": return Tag(kind: .comment, name: TemplateName(path: [], text: "", position: position))
        case "#": kind = .section
        case "^": kind = .inverted
        case "/": kind = .close
        case "{", "&":
            throw TemplateError(position, "\(shown) would insert a value without escaping; values are always escaped: write {{name}}")
        case ">": throw TemplateError(position, "\(shown): partials are not supported; write the text here")
        case "<", "$": throw TemplateError(position, "\(shown): template inheritance is not supported")
        case "=": throw TemplateError(position, "\(shown): changing the delimiters is not supported")
        case "%": throw TemplateError(position, "\(shown): pragmas are not supported")
        default: kind = .variable
        }
        let text = kind == .variable ? trimmed : trimmed.dropFirst().trimmingWhitespace
        return Tag(kind: kind, name: try name(text, shown: shown, at: position))
    }

    private static func name(_ text: String, shown: String, at position: TemplatePosition) throws(TemplateError) -> TemplateName {
        if text == "." { return TemplateName(path: [], text: text, position: position) }
        let path = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let valid = path.allSatisfy { part in
            !part.isEmpty && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
        }
        guard valid else {
            throw TemplateError(position, "\(shown) is not a name: use letters, digits, '_' and '-', parts joined by '.'")
        }
        return TemplateName(path: path, text: text, position: position)
    }

    /// Drops the line of every section, closing or comment tag that stands alone on its line
    /// (Mustache's standalone rule), so that such tags leave no empty line behind.
    private static func trimStandaloneLines(_ tokens: inout [Token]) {
        var standalone: [Int] = []
        for (index, token) in tokens.enumerated() {
            guard case .tag(let tag) = token, tag.kind != .variable else { continue }
            var before = index == 0, after = index == tokens.count - 1
            if index > 0, case .text(let text) = tokens[index - 1] { before = text.endsLine(first: index == 1) }
            if index + 1 < tokens.count, case .text(let text) = tokens[index + 1] {
                after = text.startsLine(last: index + 2 == tokens.count)
            }
            if before, after { standalone.append(index) }
        }
        for index in standalone {
            if index > 0, case .text(let text) = tokens[index - 1] { tokens[index - 1] = .text(text.droppingTrailingIndent) }
            if index + 1 < tokens.count, case .text(let text) = tokens[index + 1] { tokens[index + 1] = .text(text.droppingFirstLine) }
        }
    }

    private static func tree(_ tokens: [Token]) throws(TemplateError) -> [TemplateNode] {
        struct Open {
            let name: TemplateName
            let inverted: Bool
            var body: [TemplateNode] = []
        }
        var open: [Open] = []
        var nodes: [TemplateNode] = []
        func append(_ node: TemplateNode) {
            if open.isEmpty { nodes.append(node) } else { open[open.count - 1].body.append(node) }
        }
        for token in tokens {
            switch token {
            case .text(let text):
                if !text.isEmpty { append(.text(text)) }
            case .tag(let tag):
                switch tag.kind {
                case .comment: continue
                case .variable: append(.variable(tag.name))
                case .section, .inverted:
                    guard open.count < Template.Limits.depth else {
                        throw TemplateError(tag.name.position, "sections nest more than \(Template.Limits.depth) deep")
                    }
                    open.append(Open(name: tag.name, inverted: tag.kind == .inverted))
                case .close:
                    guard let section = open.popLast() else {
                        throw TemplateError(tag.name.position, "{{/\(tag.name.text)}} closes no open section")
                    }
                    guard section.name.text == tag.name.text else {
                        throw TemplateError(tag.name.position, "{{/\(tag.name.text)}} does not close {{#\(section.name.text)}} "
                                            + "(\(section.name.position)): close that one first")
                    }
                    append(.section(section.name, inverted: section.inverted, body: section.body))
                }
            }
        }
        if let section = open.last {
            throw TemplateError(section.name.position, "{{#\(section.name.text)}} is never closed: add {{/\(section.name.text)}}")
        }
        return nodes
    }
}

extension TemplatePosition {
    mutating func advance(over character: Character) {
        if character.isNewline {
            line += 1
            column = 1
        } else {
            column += 1
        }
    }
}

private extension StringProtocol {
    var trimmingWhitespace: String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }

    private func isIndent(_ character: Character) -> Bool { character == " " || character == "\t" }

    /// Whether the text's last line is only spaces, and the text holds a line break or starts the template.
    func endsLine(first: Bool) -> Bool {
        guard let lastBreak = lastIndex(where: \.isNewline) else { return first && allSatisfy(isIndent) }
        return self[index(after: lastBreak)...].allSatisfy(isIndent)
    }

    /// Whether the text's first line is only spaces, and the text holds a line break or ends the template.
    func startsLine(last: Bool) -> Bool {
        guard let firstBreak = firstIndex(where: \.isNewline) else { return last && allSatisfy(isIndent) }
        return self[..<firstBreak].allSatisfy(isIndent)
    }

    var droppingTrailingIndent: String {
        var text = Substring(self)
        while let last = text.last, isIndent(last) { text.removeLast() }
        return String(text)
    }

    var droppingFirstLine: String {
        guard let firstBreak = firstIndex(where: \.isNewline) else { return "" }
        return String(self[index(after: firstBreak)...])
    }
}
