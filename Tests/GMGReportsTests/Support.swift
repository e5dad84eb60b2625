import Foundation
import GMGData
import GMGQuery
import GMGReports
import GMGTable

/// The package's folders and a report session over the small fixture.
enum Paths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let smallFixture = root.appendingPathComponent("Tests/Fixtures/small")
    static let queries = root.appendingPathComponent("Queries")
    static let reports = root.appendingPathComponent("Reports")

    /// A new empty temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gmg-reports-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

struct FixtureReports {
    let queries: QueryLibrary
    let reports: ReportLibrary
    let builder: ReportBuilder

    init() throws {
        let loaded = DataLoader.load(from: Paths.smallFixture)
        let database = try GMGDatabase(dataset: loaded.dataset)
        queries = try QueryLibrary(directory: Paths.queries)
        reports = try ReportLibrary(directory: Paths.reports, displayName: "Reports", queries: queries)
        builder = ReportBuilder(database: database, queries: queries, date: CalendarDate(year: 2014, month: 12, day: 31))
    }

    /// Builds a report into a new folder and returns the folder.
    func build(_ name: String, _ parameters: [String: String] = [:]) throws -> (URL, BuiltReport) {
        let folder = try Paths.temporaryFolder()
        let definition = try reports.report(named: name)
        let built = try builder.build(definition, parameters: builder.resolveParameters(definition, given: parameters), into: folder)
        return (folder, built)
    }
}

/// Runs python3 with a script and arguments; returns standard output.
func python(_ script: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script] + arguments
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
}
