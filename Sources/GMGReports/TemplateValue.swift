import GMGRender

/// A value a report template can use: text from the data, a yes/no flag, a group of named values
/// or a list.
///
/// Every name a template uses must exist in its context, even when the value is empty, so that a
/// misspelt name is an error rather than a blank: a query's columns are always present (an empty
/// cell is empty text), and a list carries the shape of its items to check the names used inside
/// `{{#list}}...{{/list}}` when it has none.
public indirect enum TemplateValue: Sendable, Hashable {
    /// Text, escaped for the output when it is inserted; false in a section when empty.
    case text(String)
    /// True or false: only usable as a section (`{{#empty}}...{{/empty}}`).
    case flag(Bool)
    /// Named values, reached as `{{name.key}}` or inside `{{#name}}...{{/name}}`.
    case object([String: TemplateValue])
    /// Items, repeated by `{{#name}}...{{/name}}`; `item` is what an item looks like (the names
    /// it has), used to check the section's names when the list is empty.
    case list([TemplateValue], item: TemplateValue)
}

/// How a value from the data is escaped when a template inserts it; the template's own text is
/// never changed. The escaping belongs to the boundary between a value and the template, so it
/// holds for every output built from the rendered text.
public struct TemplateEscaping: Sendable {
    /// Escapes a value given the rendered text before it on its line.
    let escape: @Sendable (String, Substring) -> String

    /// An escaping that turns a value into text that is safe in the output.
    public init(_ escape: @escaping @Sendable (String) -> String) {
        self.escape = { value, _ in escape(value) }
    }

    /// An escaping that also sees the rendered text before the value on its line.
    public init(linePrefix escape: @escaping @Sendable (String, Substring) -> String) {
        self.escape = escape
    }

    /// For Markdown: values stay literal text wherever they land (``MarkdownText/value(_:after:)``):
    /// no raw HTML, no links, no emphasis, no new heading, list item or block; a leading "1." is
    /// escaped only where a block could start.
    public static let markdown = TemplateEscaping(linePrefix: MarkdownText.value(_:after:))

    /// For plain text that its consumer escapes itself (titles: `MarkdownText.heading`, workbook
    /// properties): values are inserted as they are.
    public static let plainText = TemplateEscaping { $0 }
}
