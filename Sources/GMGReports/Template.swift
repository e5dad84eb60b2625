/// A report template: Mustache's variables, sections, inverted sections and comments, read
/// strictly and rendered within fixed limits.
///
/// - `{{name}}`, `{{group.name}}`, `{{.}}` insert a value, escaped for the output
///   (``TemplateEscaping``); a name that is not in the context is an error, not a blank.
/// - `{{#name}}...{{/name}}` repeats for each item of a list, enters a group of values, or shows
///   its content when a text is not empty or a flag is true; `{{^name}}...{{/name}}` shows its
///   content in the opposite cases. A section tag alone on its line leaves no empty line.
/// - `{{! comment }}` is dropped.
/// - Anything else is an error naming the line and column: an unclosed tag or section, a
///   mismatched closing tag, unescaped values (`{{{name}}}`, `{{&name}}`), partials, blocks,
///   pragmas and delimiter changes.
///
/// Limits (``Limits``) keep any template bounded: sections nest at most 20 deep, a rendered text is
/// at most 10,000,000 bytes, and a render takes at most 10,000,000 steps (a step is one tag or text
/// visited, so sections over rows nested in sections over rows stop with an error, not a hang).
public struct Template: Sendable {
    /// The limits every template is held to.
    public enum Limits {
        /// How deep sections may nest.
        public static let depth = 20
        /// The largest rendered text, in UTF-8 bytes.
        public static let outputBytes = 10_000_000
        /// The most tags and texts a render may visit.
        public static let steps = 10_000_000
    }

    let nodes: [TemplateNode]

    /// Parses `text`.
    ///
    /// - Throws: ``TemplateError`` at the first syntax error or unsupported tag.
    public init(_ text: String) throws(TemplateError) {
        nodes = try TemplateParser.parse(text)
    }

    /// Renders the template with `context` (usually an ``TemplateValue/object(_:)``), inserting
    /// values through `escaping`.
    ///
    /// - Throws: ``TemplateError`` for a name that is not in the context, a group or list used as
    ///   a value, or a render past the limits.
    public func render(_ context: TemplateValue, escaping: TemplateEscaping) throws(TemplateError) -> String {
        var renderer = TemplateRenderer(escaping: escaping)
        try renderer.render(nodes, context: context)
        return renderer.output
    }
}

/// Where in a template's text something is: line and column, from 1.
public struct TemplatePosition: Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public var description: String { "line \(line), column \(column)" }
}

/// A template that cannot be read or rendered, with the place in its text when there is one.
public struct TemplateError: Error, Sendable, CustomStringConvertible {
    public var position: TemplatePosition?
    /// What is wrong, in plain words.
    public var message: String

    init(_ position: TemplatePosition?, _ message: String) {
        self.position = position
        self.message = message
    }

    public var description: String { position.map { "\($0): \(message)" } ?? message }
}

/// A parsed piece of a template.
indirect enum TemplateNode: Sendable {
    case text(String)
    case variable(TemplateName)
    case section(TemplateName, inverted: Bool, body: [TemplateNode])
}

/// A name in a tag: `rows`, `figures.totals.activities`, or `.` (the current item).
struct TemplateName: Sendable {
    /// The parts between dots; empty for `.`.
    let path: [String]
    /// The name as written.
    let text: String
    let position: TemplatePosition
}
