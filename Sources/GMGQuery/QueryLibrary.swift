import Foundation

/// The saved queries of a folder (`Queries/*.sql`), by name.
public struct QueryLibrary: Sendable {
    /// The queries, sorted by name.
    public let queries: [SavedQuery]

    /// Reads every `.sql` file of `directory`.
    ///
    /// - Parameter displayName: how messages name the folder (defaults to its path).
    /// - Throws: ``QueryError`` for the first file that cannot be read or has a bad header.
    public init(directory: URL, displayName: String? = nil) throws {
        let display = displayName ?? directory.path
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw QueryError(display, "cannot read the queries folder")
        }
        queries = try names.filter { $0.hasSuffix(".sql") }.sorted().map { fileName in
            let file = "\(display)/\(fileName)"
            let text: String
            do {
                text = try DefinitionFile.text(at: directory.appendingPathComponent(fileName))
            } catch {
                throw QueryError(file, "\(error)")
            }
            return try SavedQuery(file: file, name: String(fileName.dropLast(4)), text: text)
        }
    }

    /// The query with this name (the file name without `.sql`).
    ///
    /// - Throws: ``QueryError`` listing the known names when there is none.
    public func query(named name: String) throws -> SavedQuery {
        if let query = queries.first(where: { $0.name == name }) { return query }
        throw QueryError(name, "no saved query \"\(name)\" (known: \(queries.map(\.name).joined(separator: ", ")))")
    }
}
