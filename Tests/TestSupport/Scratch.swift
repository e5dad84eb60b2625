import Foundation

/// Where tests write their temporary files: one folder per test process under the system's
/// temporary directory, removed when the process exits, so a test run leaves nothing behind
/// (the tests write hundreds of megabytes: whole builds, workbooks, converted documents).
public enum Scratch {
    /// The process's scratch folder, made on first use and removed at exit.
    public static var root: URL { folder }

    private static let folder: URL = {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("gmg-tests-\(getpid())-\(UUID().uuidString)", isDirectory: true)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        path = url.path
        atexit { if let path = Scratch.path { try? FileManager.default.removeItem(atPath: path) } }
        return url
    }()

    /// The folder's path for the exit handler, which cannot capture a value.
    nonisolated(unsafe) private static var path: String?
}
