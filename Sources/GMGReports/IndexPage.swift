import GMGRender
import GMGTable

/// `index.md` of a build: every report built, with links to its files.
public enum IndexPage {
    /// The Markdown index of `reports`, built on `date`; links are prefixed with `linkPrefix`
    /// (`latest/` for the index at the top of the output folder).
    public static func markdown(_ reports: [BuiltReport], definitions: [ReportDefinition], date: CalendarDate,
                                linkPrefix: String = "") -> String {
        var text = "# GMG reports\n\n*Built \(date) by gmg-reports from the GMG data (Data/).*\n\n"
        for definition in definitions {
            let built = reports.filter { $0.report == definition.name }
            guard !built.isEmpty else { continue }
            let heading = built.count == 1 ? built[0].title : definition.indexTitle
            text += MarkdownText.heading(heading, level: 2) + "\n\n"
            if !definition.audience.isEmpty, !definition.audience.contains("{{") { text += "For \(MarkdownText.inline(definition.audience)).\n\n" }
            for report in built {
                let documents = report.files.filter { !$0.hasSuffix(".csv") }, extracts = report.files.filter { $0.hasSuffix(".csv") }
                let links = documents.map { "[\(fileLabel($0))](\(linkPrefix)\($0))" }.joined(separator: " · ")
                text += built.count == 1 ? "- \(links)\n" : "- \(MarkdownText.inline(report.title)): \(links)\n"
                if !extracts.isEmpty {
                    text += "  - CSV extracts (UTF-8, one table each, for other systems): "
                        + extracts.map { "[\(fileLabel($0))](\(linkPrefix)\($0))" }.joined(separator: " · ") + "\n"
                }
            }
            text += "\n"
        }
        return text
    }

    /// The HTML index of `reports` (`index.html`), each report with links to its files.
    public static func html(_ reports: [BuiltReport], definitions: [ReportDefinition], date: CalendarDate) -> String {
        var body = ""
        for definition in definitions {
            let built = reports.filter { $0.report == definition.name }
            guard !built.isEmpty else { continue }
            body += "<h2>\(ProseHTML.escape(built.count == 1 ? built[0].title : definition.indexTitle))</h2>\n"
            if !definition.audience.isEmpty, !definition.audience.contains("{{") {
                body += "<p>For \(ProseHTML.escape(definition.audience)).</p>\n"
            }
            body += "<ul>\n"
            for report in built {
                let links = report.files.map { "<a href=\"\(ProseHTML.escape($0))\">\(ProseHTML.escape(fileLabel($0)))</a>" }
                    .joined(separator: " · ")
                body += built.count == 1 ? "<li>\(links)</li>\n" : "<li>\(ProseHTML.escape(report.title)): \(links)</li>\n"
            }
            body += "</ul>\n"
        }
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>GMG reports</title>\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<style>\n\(DocumentHTML.css)</style>\n</head>\n<body>\n"
            + "<h1>GMG reports</h1>\n<p class=\"subtitle\">Built \(date) by gmg-reports from the GMG data.</p>\n"
            + "<main>\n\(body)</main>\n</body>\n</html>\n"
    }

    private static func fileLabel(_ path: String) -> String {
        let labels = [".md": "Markdown", ".xlsx": "Excel", ".html": "Web page", ".pdf": "PDF", ".docx": "Word"]
        if let label = labels.first(where: { path.hasSuffix($0.key) })?.value { return label }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".csv") ? String(name.dropLast(4)) : name
    }
}
