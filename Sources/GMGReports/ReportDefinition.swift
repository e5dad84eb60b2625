import GMGTable

/// What a report produces.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable {
    /// GitHub-flavoured Markdown with Mermaid charts.
    case md
    /// A workbook, one sheet per section.
    case xlsx
    /// One CSV file per section.
    case csv
    /// A self-contained HTML page (inline SVG charts, print CSS).
    case html
    /// An A4 PDF (title page, contents, page numbers) made from the HTML by WeasyPrint.
    case pdf
    /// A Word document made from the HTML by pandoc, charts as images.
    case docx
}

/// How a section shows its query result.
public enum SectionRender: String, Sendable, Hashable, CaseIterable {
    /// A table (the default).
    case table
    /// A single-row result shown as a list of key figures, also available to templates.
    case keyFigures = "key-figures"
    /// A chart (Mermaid in Markdown, a native chart in XLSX) followed by the table.
    case chart
    /// A Mermaid gantt chart of rows with `section`, `label`, `starts` and `ends` columns.
    case gantt
    /// Only the section's text; its rows are available to the text template.
    case text
}

/// What a section plots: a chart built from its query result (see ``Chart``).
///
/// `label` names the column whose values become the categories. The values come either from
/// `values` (one series per column) or, with `series`, from one value column split into one series
/// per value of the series column (a long result, or the pivot that turned it into columns).
public struct ChartDefinition: Sendable, Hashable {
    /// Whether the values are a count or money; nil takes it from the value columns' kind.
    public enum Measure: String, Sendable, Hashable, CaseIterable {
        case count, money
    }

    /// `pie`, `bar` or `column`.
    public var kind: Chart.Kind
    /// The chart's title (a template); nil makes one from the section title and the measure.
    public var title: String?
    /// The column that names the slices or bars.
    public var label: String
    /// The value columns: one series each (one column when `series` is set).
    public var values: [String]
    /// A column whose values become the series (`year`: one series per year).
    public var series: String?
    /// Count or money; nil infers it from the value columns (integer: count, money: money).
    public var measure: Measure?
    /// What a count counts, in the plural (default `activities`).
    public var noun: String
    /// At most this many slices or bars; the rest are summed into "Other" (default 8).
    public var limit: Int
}

/// A report parameter, e.g. the chair term of the annual report.
public struct ReportParameter: Sendable, Hashable {
    public var name: String
    /// `text`, `integer` or `date`.
    public var type: String
    /// A fixed default.
    public var defaultValue: String?
    /// A saved query whose first row gives the default (e.g. the latest term).
    public var defaultQuery: String?
    public var description: String
}

/// Where `gmg build` gets the instances of a report: the values of a column of a saved query.
public struct InstanceSource: Sendable, Hashable {
    /// The report parameter each value is bound to.
    public var parameter: String
    public var query: String
    public var column: String
}

/// One section of a report: a saved query, how to show it, and narrative text.
public struct SectionDefinition: Sendable, Hashable {
    /// A short id (file names, template keys): `funding`, `chairs`.
    public var id: String
    public var title: String
    /// The worksheet name (at most 31 characters); the title when not given.
    public var sheet: String?
    public var query: String
    /// Query parameters: a literal value, or `$name` for a report parameter.
    public var parameters: [String: String]
    public var render: SectionRender
    public var chart: ChartDefinition?
    /// Markdown (Mustache) text shown before the table.
    public var text: String
    /// Columns shown in Markdown (all when empty); XLSX and CSV always get every column.
    public var columns: [String]
    /// A column whose values split the Markdown table into sub-sections.
    public var groupBy: String?
    /// Text shown instead of the table when the query returns no row.
    public var emptyText: String
    /// The heading level: 2 (a chapter, listed in the contents) or 3 (a part of the chapter before).
    public var level: Int = 2
    /// For a gantt section: the first and last day shown (templates giving `YYYY-MM-DD`, e.g.
    /// `{{term}}-01-01`); items are cut to this period. Nil shows every date.
    public var period: Period?
    /// At most this many rows in documents meant for reading (see ``ReadingLimit``); nil takes the report's.
    public var readingRows: Int? = nil
    /// What a row is, in the plural, for the sentence under a section cut at its reading limit
    /// (default `rows`): `activities`.
    public var noun: String = "rows"
}

/// The days a timeline shows, as templates (`{{term}}-01-01`).
public struct Period: Sendable, Hashable {
    public var from: String
    public var to: String
}

/// A report defined in `Reports/<name>.toml`.
public struct ReportDefinition: Sendable, Hashable {
    /// The file name without `.toml`.
    public var name: String
    /// The file, as messages name it.
    public var file: String
    /// The title (Mustache: may use parameters, e.g. `GMG annual report {{term}}`).
    public var title: String
    public var audience: String
    /// The heading of the report's entry in `index.md` (the title when there is one instance).
    public var indexTitle: String
    /// Markdown (Mustache) text after the title.
    public var introduction: String
    public var parameters: [ReportParameter]
    public var instances: InstanceSource?
    public var outputs: [OutputFormat]
    public var sections: [SectionDefinition]
    /// At most this many rows per section in documents meant for reading (Markdown, HTML, PDF,
    /// Word); the workbook and CSV keep every row (see ``ReadingLimit``).
    public var readingRows: Int = ReadingLimit.defaultRows
}

extension ReportDefinition {
    /// How messages name a section: `sections[2]`, its place among the `[[sections]]` of the file.
    func sectionKey(_ section: SectionDefinition) -> String {
        "sections[\(sections.firstIndex { $0.id == section.id } ?? 0)]"
    }
}
