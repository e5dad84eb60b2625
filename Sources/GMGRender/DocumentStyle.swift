/// The style sheet of HTML documents: readable on screen, and A4 pages when printed (by a browser
/// or by WeasyPrint for PDF): a title page, a contents list with page numbers, the title as a
/// running header, "page N of M" in the footer, tables that wrap between words, never inside one
/// (fixed layout: the columns have the widths ``ColumnShares`` plans, which WeasyPrint otherwise ignores).
enum DocumentStyle {
    static let css = """
        html { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10pt; color: #1d2733; line-height: 1.4; }
        body { max-width: 50rem; margin: 1.5rem auto; padding: 0 1rem; }
        h1 { font-size: 1.9em; color: #1f5f99; line-height: 1.2; margin: 0 0 0.6em; string-set: doctitle content(); }
        h2 { font-size: 1.35em; color: #1f5f99; border-bottom: 1px solid #c9d3dd; padding-bottom: 0.15em; margin: 1.6em 0 0.5em; break-after: avoid; }
        h3 { font-size: 1.1em; margin: 1.2em 0 0.4em; break-after: avoid; }
        h4 { font-size: 1em; margin: 1em 0 0.3em; break-after: avoid; }
        p, li { orphans: 2; widows: 2; }
        p { margin: 0.45em 0; }
        ul, ol { margin: 0.4em 0; padding-left: 1.4em; }
        li { margin: 0.15em 0; }
        blockquote { margin: 0.5em 0; padding: 0.2em 0.8em; border-left: 3px solid #c9d3dd; color: #44505c; }
        .title-page .subtitle { margin: 0.2em 0; color: #44505c; }
        .links { font-size: 0.9em; margin-bottom: 1em; }
        .contents ol { list-style: none; padding-left: 0; }
        .contents li { margin: 0.25em 0; }
        .contents a { color: #1d2733; text-decoration: none; }
        a { color: #1f5f99; }
        dl.figures { margin: 0.6em 0; }
        dl.figures div { display: inline-block; vertical-align: top; background: #f1f4f7; padding: 0.35em 0.7em; margin: 0 0.4em 0.4em 0; border-radius: 3px; min-width: 8.5em; }
        dl.figures dt { font-size: 0.8em; color: #44505c; }
        dl.figures dd { margin: 0; font-size: 1.15em; font-weight: bold; }
        table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 0.5em 0 0.8em; font-size: 0.85em;
                word-break: normal; overflow-wrap: normal; hyphens: manual; }
        th, td { border-bottom: 1px solid #c9d3dd; padding: 0.25em 0.4em; text-align: left; vertical-align: top; }
        thead th { background: #f1f4f7; border-bottom: 1.5px solid #8795a3; }
        tfoot td { font-weight: bold; border-top: 1.5px solid #8795a3; }
        td.number, th.number { text-align: right; }
        td.number { white-space: nowrap; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        figure.chart, p.chart { margin: 0.8em 0; break-inside: avoid; }
        figure.chart svg { max-width: 100%; height: auto; }
        .notes { font-size: 0.85em; color: #44505c; margin: 0.4em 0 1em; }
        .notes p { margin: 0.2em 0; }
        @page { size: A4; margin: 20mm 18mm 18mm 18mm;
                @top-left { content: string(doctitle); font-size: 8pt; color: #667380; }
                @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; color: #667380; } }
        @page :first { @top-left { content: none; } @bottom-right { content: none; } }
        @media print {
            html { font-size: 9pt; }
            body { max-width: none; margin: 0; padding: 0; }
            .links { display: none; }
            .title-page { padding-top: 18%; margin-bottom: 3em; }
            .title-page h1 { font-size: 2.4em; }
            .contents { break-after: page; }
            .title-page.short { padding-top: 0; margin-bottom: 1.5em; }
            .contents.short { break-after: auto; margin-bottom: 1.5em; }
            .contents a::after { content: leader(".") target-counter(attr(href), page); }
            h2 { break-before: auto; }
            a { color: inherit; text-decoration: none; }
        }

        """
}
