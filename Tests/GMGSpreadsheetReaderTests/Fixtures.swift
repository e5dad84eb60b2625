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
        let result: ChildProcess.Output
        do {
            result = try ChildProcess.run(["python3", script.path, folder.path, "--libreoffice"])
        } catch {
            return .failure(FixtureError(message: "cannot run fixtures.py: \(error)"))
        }
        guard result.status == 0 else {
            return .failure(FixtureError(message: "fixtures.py failed: \(result.stdout)\(result.stderr)"))
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
