import Foundation
import TestSupport
import Testing

/// The spreadsheets `fixtures.py` makes (with openpyxl, LibreOffice and by hand), made once per
/// test run into a temporary folder.
enum Fixtures {
    /// The folder holding them; nil with the reason when they could not be made.
    static let folder: Result<URL, FixtureError> = {
        let folder = Scratch.root.appendingPathComponent("gmg-reader-\(UUID().uuidString)")
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("fixtures.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, folder.path, "--libreoffice"]
        let log = Scratch.root.appendingPathComponent("gmg-reader-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        do {
            let handle = try FileHandle(forWritingTo: log)
            process.standardOutput = handle
            process.standardError = handle
            try process.run()
            process.waitUntilExit()
        } catch {
            return .failure(FixtureError(message: "cannot run fixtures.py: \(error)"))
        }
        guard process.terminationStatus == 0 else {
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            return .failure(FixtureError(message: "fixtures.py failed: \(text)"))
        }
        return .success(folder)
    }()

    /// The file `name` among the fixtures.
    static func url(_ name: String) throws -> URL {
        try folder.get().appendingPathComponent(name)
    }
}

struct FixtureError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
