import Foundation
import GMGDocuments
import GMGRender
import GMGTable

extension Document {
    /// The self-contained HTML page (charts inline), with a link back to the build's index, and the
    /// same page without the link: what the PDF prints. The body is rendered once for both.
    func htmlPages() throws -> (page: String, printed: String) {
        let pages = try DocumentHTML(options: .init(links: [("All reports", "index.html")])).renderWithPrintedPage(self)
        return (pages.page.html, pages.printed)
    }

    /// Writes the PDF: `printed` (the HTML page without links, see ``htmlPages()``) printed to A4 by
    /// WeasyPrint, or reused from the previous build through `cache` when the page is byte-identical.
    static func writePDF(printed: String, to url: URL, converter: DocumentConverter, cache: ConversionCache?) throws {
        try converter.pdf(html: Data(printed.utf8), to: url, cache: cache)
    }

    /// Writes the Word document: the HTML page with its charts as PNG files, through pandoc, with
    /// the styles and page setup of `reference` (Reports/reference.docx) when given; reused from
    /// the previous build through `cache` when nothing it is made from changed.
    func writeDOCX(to url: URL, converter: DocumentConverter, reference: URL?, date: CalendarDate,
                   cache: ConversionCache?) throws {
        let page = try DocumentHTML(options: .init(figureFiles: true)).render(self)
        try converter.docx(html: Data(page.html.utf8), figures: page.figures.map { ($0.name, Data($0.svg.utf8)) }, to: url,
                           reference: reference, date: date.secondsSince1970, cache: cache)
    }
}

extension CalendarDate {
    /// Midnight UTC of the date, in seconds since 1970 (for document timestamps).
    var secondsSince1970: Int {
        (dayNumber - CalendarDate(year: 1970, month: 1, day: 1).dayNumber) * 86_400
    }
}
