import Foundation
import GMGData
import GMGQuery
import GMGTable

/// The package root, the small fixture and the saved queries.
enum Paths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let smallFixture = root.appendingPathComponent("Tests/Fixtures/small")
    static let queries = root.appendingPathComponent("Queries")
    static let data = root.appendingPathComponent("Data")
}

/// A database of the small fixture and the saved queries, with shorthand to run them.
struct FixtureQueries {
    let database: GMGDatabase
    let library: QueryLibrary

    init(data: URL = Paths.smallFixture) throws {
        let result = DataLoader.load(from: data)
        precondition(result.diagnostics.errorCount == 0, "fixture has errors: \(result.diagnostics.all)")
        database = try GMGDatabase(dataset: result.dataset)
        library = try QueryLibrary(directory: Paths.queries)
    }

    func run(_ name: String, _ parameters: [String: String] = [:]) throws -> Table {
        try database.run(library.query(named: name), parameters: parameters)
    }
}

/// Short cell constructors for expected rows.
func t(_ text: String) -> Cell { .text(text) }
func i(_ value: Int64) -> Cell { .integer(value) }
func m(_ value: Double) -> Cell { .number(value) }
