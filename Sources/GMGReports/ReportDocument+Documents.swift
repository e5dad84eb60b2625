import Foundation
import GMGDocuments
import GMGRender
import GMGTable

extension ReportDocument {
    /// The self-contained HTML page (charts inline), with a link back to the build's index.
    func html() throws -> String {
        try DocumentHTML(options: .init(links: [("All reports", "index.html")])).render(document()).html
    }

    /// Writes the PDF: the HTML page printed to A4 by WeasyPrint, in a scratch folder beside the output.
    func writePDF(to url: URL, converter: DocumentConverter) throws {
        try withScratchFolder(beside: url) { folder in
            let page = folder.appendingPathComponent("document.html")
            try Data(DocumentHTML().render(document()).html.utf8).write(to: page)
            try converter.pdf(fromHTML: page, to: url)
        }
    }

    /// Writes the Word document: the HTML page with its charts as PNG files, through pandoc, with
    /// the styles and page setup of `reference` (Reports/reference.docx) when given.
    func writeDOCX(to url: URL, converter: DocumentConverter, reference: URL?) throws {
        try withScratchFolder(beside: url) { folder in
            let page = try DocumentHTML(options: .init(figureFiles: true)).render(document())
            for figure in page.figures {
                let svg = folder.appendingPathComponent(figure.name + ".svg")
                try Data(figure.svg.utf8).write(to: svg)
                try converter.png(fromSVG: svg, to: folder.appendingPathComponent(figure.name))
            }
            let input = folder.appendingPathComponent("document.html")
            try Data(page.html.utf8).write(to: input)
            try converter.docx(fromHTML: input, to: url, reference: reference, date: date.secondsSince1970)
        }
    }

    private func withScratchFolder(beside url: URL, _ body: (URL) throws -> Void) throws {
        let folder = url.deletingLastPathComponent().appendingPathComponent(".convert-\(url.lastPathComponent)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }
}

extension CalendarDate {
    /// Midnight UTC of the date, in seconds since 1970 (for document timestamps).
    var secondsSince1970: Int {
        (dayNumber - CalendarDate(year: 1970, month: 1, day: 1).dayNumber) * 86_400
    }
}
