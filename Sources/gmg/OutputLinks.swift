import Foundation
import GMGReports
import GMGTable

/// The stable entry points of the output folder: `OUT/index.md` (links into `latest/`) and the
/// `OUT/gmg.sqlite` link to the latest database. Replaced atomically after each publication.
struct OutputLinks {
    let root: URL
    let build: URL

    func update(built: [BuiltReport], definitions: [ReportDefinition], date: CalendarDate) throws {
        var index = IndexPage.markdown(built, definitions: definitions, date: date, linkPrefix: "latest/")
        index += "Also: [what changed](latest/CHANGES.md) · [the database](gmg.sqlite) · [build manifest](latest/manifest.json)\n"
        let temporary = root.appendingPathComponent(".index.md.tmp")
        try Data(index.utf8).write(to: temporary)
        try replace(root.appendingPathComponent("index.md"), with: temporary)
        let link = root.appendingPathComponent(".gmg.sqlite.tmp")
        try? FileManager.default.removeItem(at: link)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "latest/gmg.sqlite")
        try replace(root.appendingPathComponent("gmg.sqlite"), with: link)
    }

    private func replace(_ target: URL, with source: URL) throws {
        guard rename(source.path, target.path) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: target.path])
        }
    }
}
