import GMGRender
import GMGTable

/// The rule that keeps documents meant for reading (Markdown, HTML, PDF, Word) readable at any
/// size: a section lists at most its reading limit of rows (``SectionDefinition/readingRows``, else
/// the report's ``ReportDefinition/readingRows``); past it, the document shows the first rows in
/// the query's order and says how many there are and which files hold them all. The workbook and
/// the CSV extracts keep every row: a cut section is always written whole as `<base>/<id>.csv`,
/// and the workbook (when the report has one) gives it a table sheet with every row.
public enum ReadingLimit {
    /// The reading limit of a report whose definition states none.
    public static let defaultRows = 200
    /// The largest reading limit a definition may state.
    public static let maximumRows = 100_000

    /// What a reading document leaves out of a section, and where the whole of it is.
    struct Cut {
        /// The rows the query returned.
        var total: Int
        /// The rows the reading documents show (the first ones).
        var shown: Int
        /// The workbook and its sheet that hold every row, when the report writes a workbook.
        var workbook: (file: String, sheet: String)?
        /// The CSV extract that holds every row: `<base>/<section id>.csv`.
        var extract: String
    }

    /// The rows `section` may show in a reading document.
    static func rows(for section: SectionDefinition, of report: ReportDefinition) -> Int {
        section.readingRows ?? report.readingRows
    }

    /// Whether any of `formats` is meant for reading.
    static func applies(to formats: [OutputFormat]) -> Bool {
        formats.contains { [.md, .html, .pdf, .docx].contains($0) }
    }

    /// `sections` with every table past its reading limit cut to the limit, each cut recorded.
    static func apply(to sections: [SectionResult], report: ReportDefinition, baseName: String,
                      workbook: Bool) -> [SectionResult] {
        sections.map { section in
            let limit = rows(for: section.definition, of: report)
            guard section.definition.render != .keyFigures, section.table.rowCount > limit else { return section }
            var cut = section
            cut.cut = Cut(total: section.table.rowCount, shown: limit,
                          workbook: workbook ? (baseName + ".xlsx", section.definition.sheet ?? section.definition.title) : nil,
                          extract: "\(baseName)/\(section.definition.id).csv")
            var table = section.table
            table.rows = Array(table.rows.prefix(limit))
            table.streamed = nil
            table.totals = nil  // a total of the shown rows would not be the section's total
            cut.table = table
            return cut
        }
    }

    /// The sentence a reading document puts after a cut section (Markdown): "Only the first 200 of
    /// the 25,000 activities are listed here; all of them are in `annual-2014.xlsx` (sheet "Annex")
    /// and `annual-2014/annex.csv`."
    static func note(_ cut: Cut, noun: String) -> String {
        let total = NumberFormatting.integer(Int64(cut.total), grouping: true)
        let shown = NumberFormatting.integer(Int64(cut.shown), grouping: true)
        var places: [String] = []
        if let workbook = cut.workbook {
            places.append("`\(workbook.file)` (sheet \u{201C}\(MarkdownText.inline(workbook.sheet))\u{201D})")
        }
        places.append("`\(cut.extract)`")
        return "*Only the first \(shown) of the \(total) \(MarkdownText.inline(noun)) are listed here (the reading limit of this "
            + "report); all \(total) are in \(places.joined(separator: " and ")).*"
    }
}
