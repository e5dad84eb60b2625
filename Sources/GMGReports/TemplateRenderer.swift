import GMGRender

/// Renders parsed template nodes strictly and within ``Template/Limits``.
///
/// A section whose content is not shown (an empty list, an empty text, a false flag, a true value
/// of an inverted section) is still walked once without output, with an empty list's item shape,
/// so that a misspelt name inside it is found whatever the data.
struct TemplateRenderer {
    let escaping: TemplateEscaping
    private(set) var output = ""
    private var steps = 0
    /// The values in scope, innermost last.
    private var stack: [TemplateValue] = []

    init(escaping: TemplateEscaping) {
        self.escaping = escaping
    }

    /// The rendered text of the line being written (after the last line break), kept as text is
    /// appended so that finding it never scans the output.
    private var currentLine = ""

    /// Renders `nodes` with `context` in scope; with `dryRun`, only checks names.
    mutating func render(_ nodes: [TemplateNode], context: TemplateValue) throws(TemplateError) {
        stack = [context]
        try render(nodes, dryRun: false)
    }

    private mutating func render(_ nodes: [TemplateNode], dryRun: Bool) throws(TemplateError) {
        for node in nodes {
            switch node {
            case .text(let text):
                if !dryRun { try append(text) }
            case .variable(let name):
                try countStep(at: name)
                let value = try resolve(name)
                guard case .text(let text) = value else { throw TemplateError(name.position, Self.misuse(of: name, value)) }
                if !dryRun { try append(escaping.escape(text, currentLine[...]), at: name) }
            case .section(let name, let inverted, let body):
                try countStep(at: name)
                let value = try resolve(name)
                if inverted {
                    try render(body, dryRun: dryRun || value.isTruthy)
                    continue
                }
                switch value {
                case .list(let items, let item):
                    if dryRun || items.isEmpty {
                        try render(body, within: item, dryRun: true)
                    } else {
                        for element in items {
                            try countStep(at: name)
                            try render(body, within: element, dryRun: false)
                        }
                    }
                case .object: try render(body, within: value, dryRun: dryRun)
                case .flag(let on): try render(body, dryRun: dryRun || !on)
                case .text(let text): try render(body, within: value, dryRun: dryRun || text.isEmpty)
                }
            }
        }
    }

    private mutating func render(_ nodes: [TemplateNode], within value: TemplateValue, dryRun: Bool) throws(TemplateError) {
        stack.append(value)
        defer { stack.removeLast() }
        try render(nodes, dryRun: dryRun)
    }

    /// Counts one step (a tag visited, or one item of a list repeated) against the limit.
    private mutating func countStep(at name: TemplateName) throws(TemplateError) {
        steps += 1
        guard steps <= Template.Limits.steps else {
            throw TemplateError(name.position, "the template takes more than \(NumberFormatting.integer(Int64(Template.Limits.steps), grouping: true)) steps to render "
                                + "(sections over lists inside sections over lists?); simplify it")
        }
    }

    private mutating func append(_ text: String, at name: TemplateName? = nil) throws(TemplateError) {
        output += text
        if let lineBreak = Self.lastLineBreak(in: text) {
            currentLine = String(text[text.utf8.index(after: lineBreak)...])
        } else {
            currentLine += text
        }
        guard output.utf8.count <= Template.Limits.outputBytes else {
            throw TemplateError(name?.position, "the rendered text would be longer than \(NumberFormatting.integer(Int64(Template.Limits.outputBytes), grouping: true)) bytes "
                                + "(sections over lists inside sections over lists?); simplify the template")
        }
    }

    /// Where the last `"\n"` character of `text` is, found on the bytes: an LF not part of a CR LF
    /// (which is a character of its own).
    private static func lastLineBreak(in text: String) -> String.Index? {
        let utf8 = text.utf8
        var end = utf8.endIndex
        while let found = utf8[..<end].lastIndex(of: UInt8(ascii: "\n")) {
            if found == utf8.startIndex || utf8[utf8.index(before: found)] != UInt8(ascii: "\r") { return found }
            end = found
        }
        return nil
    }

    private func resolve(_ name: TemplateName) throws(TemplateError) -> TemplateValue {
        guard let first = name.path.first else { return stack.last ?? .text("") }
        var found: TemplateValue?
        for frame in stack.reversed() {
            if case .object(let fields) = frame, let value = fields[first] {
                found = value
                break
            }
        }
        guard var value = found else {
            var known: Set<String> = []
            for case .object(let fields) in stack { known.formUnion(fields.keys) }
            let within = name.path.count > 1 ? " in {{\(name.text)}}" : ""
            throw TemplateError(name.position, "unknown name \"\(first)\"\(within) (known here: \(Self.list(known)))")
        }
        for index in name.path.indices.dropFirst() {
            let reached = name.path[..<index].joined(separator: ".")
            guard case .object(let fields) = value else {
                throw TemplateError(name.position, "\"\(reached)\" has no parts, so {{\(name.text)}} names nothing")
            }
            guard let next = fields[name.path[index]] else {
                throw TemplateError(name.position, "\"\(reached)\" has no \"\(name.path[index])\" (it has: \(Self.list(Set(fields.keys))))")
            }
            value = next
        }
        return value
    }

    private static func misuse(of name: TemplateName, _ value: TemplateValue) -> String {
        switch value {
        case .flag: "\"\(name.text)\" is true or false: use it as a section, {{#\(name.text)}}...{{/\(name.text)}}"
        case .object: "\"\(name.text)\" is a group of values: name one of them, {{\(name.text).NAME}}"
        case .list: "\"\(name.text)\" is a list: repeat it with {{#\(name.text)}}...{{/\(name.text)}}"
        case .text: "\"\(name.text)\" is text"
        }
    }

    private static func list(_ names: Set<String>) -> String {
        let sorted = names.sorted()
        if sorted.isEmpty { return "none" }
        return sorted.prefix(30).joined(separator: ", ") + (sorted.count > 30 ? ", ..." : "")
    }
}

extension TemplateValue {
    /// Whether a section shows its content: a non-empty text or list, a true flag, any group.
    var isTruthy: Bool {
        switch self {
        case .text(let text): !text.isEmpty
        case .flag(let on): on
        case .object: true
        case .list(let items, _): !items.isEmpty
        }
    }
}
