import Foundation
import GMGData
import GMGPublish

/// The files a build reads, hashed for the manifest and `--if-changed`.
struct InputFiles {
    let workspace: WorkspaceOptions

    /// The data files, saved queries and report definitions, as paths relative to the working directory.
    func paths() -> [String] {
        var paths = DataLoader.files.map { "\(workspace.data.data)/\($0.name)" }
        for (folder, suffix) in [(workspace.queries, ".sql"), (workspace.reports, ".toml")] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            paths += names.filter { $0.hasSuffix(suffix) }.sorted().map { "\(folder)/\($0)" }
        }
        return paths.filter { FileManager.default.fileExists(atPath: $0) }
    }

    func digests() throws -> [FileDigest] {
        try FileDigest.hash(paths(), in: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    }
}
