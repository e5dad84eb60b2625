import Foundation
import GMGPublish
import GMGReports
import GMGTable

/// The stable entry points of the output folder: `OUT/index.md` (links into `latest/`) and the
/// `OUT/gmg.sqlite` link to the latest database, replaced by the publisher in the same step as
/// `latest`.
enum OutputLinks {
    static func entries(built: [BuiltReport], definitions: [ReportDefinition], date: CalendarDate) -> [RootEntry] {
        var index = IndexPage.markdown(built, definitions: definitions, date: date, linkPrefix: "latest/")
        index += "Also: [what changed](latest/CHANGES.md) · [the database](gmg.sqlite) · [build manifest](latest/manifest.json)\n"
        return [.file(name: "index.md", contents: Data(index.utf8)), .symlink(name: "gmg.sqlite", target: "latest/gmg.sqlite")]
    }
}
