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
                let links = report.files.map { "[\(fileLabel($0))](\(linkPrefix)\($0))" }.joined(separator: " · ")
                text += built.count == 1 ? "- \(links)\n" : "- \(MarkdownText.inline(report.title)): \(links)\n"
            }
            text += "\n"
        }
        return text
    }

    private static func fileLabel(_ path: String) -> String {
        if path.hasSuffix(".md") { return "Markdown" }
        if path.hasSuffix(".xlsx") { return "Excel" }
        return path.split(separator: "/").last.map(String.init) ?? path
    }
}
