import Foundation
import GMGTable

/// Writes tables as one GitHub-flavoured Markdown document, a section per table.
///
/// Each section is a heading with the table's title, the table (``MarkdownTable``), then the
/// table's notes as one block quote, a paragraph per note:
///
/// ```markdown
/// ## By agency
///
/// | Agency | Cost (USD) |
/// | :--- | ---: |
/// | UNDP | 1,234.50 |
///
/// > Source: Data/activities.toml
/// >
/// > Built 2024-05-01
/// ```
///
/// Report templates that interleave prose and charts can call ``section(_:)`` per table and the
/// ``Mermaid`` functions for charts.
public struct MarkdownRenderer: TableRenderer {
    /// A `#` heading written before the sections, when set.
    public var documentTitle: String?
    /// The level of each table's heading (default 2).
    public var headingLevel: Int
    /// How the tables spell numbers.
    public var table: MarkdownTable

    /// Creates a renderer.
    public init(documentTitle: String? = nil, headingLevel: Int = 2, table: MarkdownTable = MarkdownTable()) {
        self.documentTitle = documentTitle
        self.headingLevel = headingLevel
        self.table = table
    }

    /// Writes the document to `url` as UTF-8.
    /// - Throws: ``RenderError`` for a bad table, or Foundation's error naming the file when it
    ///   cannot be written.
    public func render(_ tables: [Table], to url: URL) throws {
        try Data(document(tables).utf8).write(to: url)
    }

    /// The whole document: the optional title, then a section per table, separated by blank lines.
    public func document(_ tables: [Table]) throws -> String {
        var blocks: [String] = []
        if let documentTitle { blocks.append(MarkdownText.heading(documentTitle, level: 1) + "\n") }
        for item in tables { blocks.append(try section(item)) }
        return blocks.joined(separator: "\n")
    }

    /// One table's section: heading, table and notes, ending with a newline.
    /// - Throws: ``RenderError`` for a row of the wrong width or a NaN or infinite number.
    public func section(_ item: Table) throws -> String {
        var text = MarkdownText.heading(item.title, level: headingLevel) + "\n\n"
        try table.write(item, to: &text)
        if !item.notes.isEmpty {
            text += "\n" + item.notes.map(MarkdownText.blockQuote).joined(separator: "\n>\n") + "\n"
        }
        return text
    }
}
