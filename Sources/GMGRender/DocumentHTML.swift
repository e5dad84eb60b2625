import GMGTable

/// Writes a ``Document`` as one self-contained HTML page: styles inline, charts as inline SVG, a
/// title block, a contents list and print CSS (A4 pages, running header, page numbers, contents
/// with page numbers when printed by a paged-media engine such as WeasyPrint).
///
/// With ``Options/figureFiles`` set, charts are `<img>` links to `figure-N.png` instead (what a
/// converter such as pandoc needs; ``Page/figures`` then holds the SVG of each) and tables' column
/// widths are planned for the Word page rather than the PDF's.
public struct DocumentHTML: Sendable {
    /// How the page is made.
    public struct Options: Sendable {
        /// Charts as links to `figure-<n>.png` files instead of inline SVG.
        public var figureFiles: Bool
        /// Links shown at the top (e.g. back to the index): label and relative URL.
        public var links: [(label: String, href: String)]

        /// Creates options.
        public init(figureFiles: Bool = false, links: [(label: String, href: String)] = []) {
            self.figureFiles = figureFiles
            self.links = links
        }
    }

    /// A written page and, with ``Options/figureFiles``, its figures.
    public struct Page: Sendable {
        /// The HTML text.
        public var html: String
        /// File name (`figure-1.png`) and SVG source of each figure, in order.
        public var figures: [(name: String, svg: String)]
    }

    /// How the page is made.
    public var options: Options
    /// The style sheet every page carries (also for other pages of a build, such as the index).
    public static var css: String { DocumentStyle.css }
    /// How tables spell numbers.
    var style = NumberStyle(grouping: true, moneyDecimals: 0, percentDecimals: 0)

    /// Creates a writer.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// The page.
    /// - Throws: ``RenderError`` for a table of the wrong shape or with a NaN or infinite number.
    public func render(_ document: Document) throws -> Page {
        let (body, figures) = try self.body(document)
        return Page(html: page(document, body: body), figures: figures)
    }

    /// The page as ``render(_:)`` writes it and the same page without the ``Options/links`` (what
    /// a PDF converter prints), from one rendering of the body: byte for byte what two renders give.
    /// - Throws: ``RenderError`` for a table of the wrong shape or with a NaN or infinite number.
    public func renderWithPrintedPage(_ document: Document) throws -> (page: Page, printed: String) {
        let (body, figures) = try self.body(document)
        var unlinked = self
        unlinked.options.links = []
        return (Page(html: page(document, body: body), figures: figures), unlinked.page(document, body: body))
    }

    /// The HTML of each block, and the figures of ``Options/figureFiles``.
    private func body(_ document: Document) throws -> (body: [String], figures: [(name: String, svg: String)]) {
        var body: [String] = []
        var figures: [(name: String, svg: String)] = []
        func figure(_ svg: String, title: String) -> String {
            guard options.figureFiles else { return "<figure class=\"chart\">\(svg)</figure>" }
            let name = "figure-\(figures.count + 1).png"
            figures.append((name, svg))
            return "<p class=\"chart\"><img src=\"\(name)\" alt=\"\(ProseHTML.escape(title))\" style=\"width:100%\" width=\"100%\"></p>"
        }
        for block in document.blocks {
            switch block {
            case .heading(let text, let level, let anchor):
                let tag = "h\(min(6, max(2, level)))"
                body.append("<\(tag) id=\"\(ProseHTML.escape(anchor))\">\(ProseHTML.escape(text))</\(tag)>")
            case .prose(let text):
                body.append(ProseHTML.html(text))
            case .keyFigures(let items):
                body.append("<dl class=\"figures\">" + items.map {
                    "<div><dt>\(ProseHTML.escape($0.label))</dt><dd>\(ProseHTML.escape($0.value))</dd></div>"
                }.joined() + "</dl>")
            case .table(let table):
                body.append(try self.table(table))
            case .chart(let chart):
                guard !chart.categories.isEmpty else { continue }
                body.append(figure(SVGChart.render(chart), title: chart.title))
            case .timeline(let timeline):
                guard timeline.itemCount > 0 else { continue }
                body.append(figure(SVGTimeline.render(timeline), title: timeline.title))
            case .notes(let notes):
                body.append("<div class=\"notes\">" + notes.map { "<p>\(ProseHTML.escape($0))</p>" }.joined() + "</div>")
            }
        }
        return (body, figures)
    }

    private func page(_ document: Document, body: [String]) -> String {
        let title = ProseHTML.escape(document.title)
        var head = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        head += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>\(title)</title>\n"
        if let subtitle = document.subtitle.first { head += "<meta name=\"description\" content=\"\(ProseHTML.escape(subtitle))\">\n" }
        if options.figureFiles {
            // For pandoc: title and subtitle from the head (its title block), then the contents as
            // written text with links (a Word TOC field is empty until Word updates it, and
            // LibreOffice shows it empty), then a page break before the text.
            head += "<meta name=\"subtitle\" content=\"\(ProseHTML.escape(document.subtitle.joined(separator: " · ")))\">\n"
            var contents = ""
            if document.contents.count > 1 {
                contents = "<div data-custom-style=\"TOC Heading\"><p>Contents</p></div>\n<ol>\n" + document.contents.map {
                    "<li><a href=\"#\(ProseHTML.escape($0.anchor))\">\(ProseHTML.escape($0.title))</a></li>"
                }.joined(separator: "\n") + "\n</ol>\n"
            }
            // A short document's body follows the contents on the title page.
            let pageBreak = document.startsOnTitlePage ? "" : "<div data-custom-style=\"Page Break\"><p>\u{200B}</p></div>\n"
            return head + "</head>\n<body>\n" + contents + pageBreak + body.joined(separator: "\n") + "\n</body>\n</html>\n"
        }
        head += "<style>\n\(DocumentStyle.css)</style>\n</head>\n<body>\n"
        // A short document's body starts on the title page, under the contents (print CSS).
        let short = document.startsOnTitlePage ? " short" : ""
        var top = "<header class=\"title-page\(short)\">\n"
        if !options.links.isEmpty {
            top += "<nav class=\"links\">" + options.links.map { "<a href=\"\(ProseHTML.escape($0.href))\">\(ProseHTML.escape($0.label))</a>" }
                .joined(separator: " · ") + "</nav>\n"
        }
        top += "<h1>\(title)</h1>\n" + document.subtitle.map { "<p class=\"subtitle\">\(ProseHTML.escape($0))</p>" }.joined(separator: "\n")
        top += "\n</header>\n"
        let contents = document.contents
        if contents.count > 1 {
            top += "<nav class=\"contents\(short)\">\n<h2 class=\"contents-title\">Contents</h2>\n<ol>\n" + contents.map {
                "<li><a href=\"#\(ProseHTML.escape($0.anchor))\">\(ProseHTML.escape($0.title))</a></li>"
            }.joined(separator: "\n") + "\n</ol>\n</nav>\n"
        }
        return head + top + "<main>\n" + body.joined(separator: "\n") + "\n</main>\n</body>\n</html>\n"
    }

    private func table(_ table: Table) throws -> String {
        try validateShape(of: table)
        let numeric = table.columns.map { MarkdownTable.isNumeric($0.kind) }
        func cell(_ text: String, _ index: Int, header: Bool = false) -> String {
            let tag = header ? "th" : "td"
            return numeric[index] ? "<\(tag) class=\"number\">\(text)</\(tag)>" : "<\(tag)>\(text)</\(tag)>"
        }
        let texts = try table.rows.enumerated().map { rowIndex, row in
            try row.enumerated().map { index, value in
                guard let text = style.text(of: value, kind: table.columns[index].kind) else {
                    throw RenderError.nonFiniteNumber(table: table.title, row: rowIndex + 1, column: table.columns[index].name)
                }
                return text
            }
        }
        // The page pandoc turns into Word lays tables out for Word's table text and cell margins.
        let shares = ColumnShares.percentages(header: table.columns.map(\.name), rows: texts,
                                              geometry: options.figureFiles ? .word : .pdf)
        var html = "<table>\n<colgroup>" + shares.map { "<col style=\"width: \($0)%\">" }.joined() + "</colgroup>\n"
        html += "<thead><tr>" + table.columns.indices.map { cell(ProseHTML.escape(table.columns[$0].name), $0, header: true) }
            .joined() + "</tr></thead>\n<tbody>\n"
        for row in texts {
            html += "<tr>" + row.enumerated().map { cell(ProseHTML.escape($0.element), $0.offset) }.joined() + "</tr>\n"
        }
        html += "</tbody>\n"
        if let totals = table.totals {
            html += "<tfoot><tr>" + table.columns.indices.map { index in
                if totals.summedColumns.contains(index) {
                    return cell(ProseHTML.escape(style.text(of: .number(table.sum(ofColumn: index)), kind: table.columns[index].kind) ?? ""), index)
                }
                return cell(index == 0 ? ProseHTML.escape(totals.label) : "", index)
            }.joined() + "</tr></tfoot>\n"
        }
        return html + "</table>"
    }
}
