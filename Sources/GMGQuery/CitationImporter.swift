import GMGData
import GRDB

/// Writes the documents registry and every distinct `source` value with its passages, so that
/// queries cite "title (date), place" instead of a file name or an id.
struct CitationImporter {
    let dataset: Dataset

    func importAll(_ db: Database) throws {
        let documents = try db.makeStatement(sql: "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        for document in dataset.documents {
            try documents.execute(arguments: [
                document.id, document.kind.rawValue, document.title, document.issuedBy, document.date.description,
                document.date.readable, document.reference, document.note, document.citation,
            ])
        }
        let byID = Dictionary(dataset.documents.map { ($0.id, $0) }) { first, _ in first }
        let sources = try db.makeStatement(sql: "INSERT INTO cited_sources VALUES (?, ?)")
        let citations = try db.makeStatement(sql: "INSERT INTO citations VALUES (?, ?, ?, ?, ?)")
        var seen: Set<String> = []
        for source in dataset.allSources where seen.insert(source.description).inserted {
            try sources.execute(arguments: [source.description, source.readable(documents: byID)])
            for (position, citation) in source.citations.enumerated() {
                try citations.execute(arguments: [source.description, position + 1, citation.document, citation.place,
                                                  citation.printedPlace])
            }
        }
    }
}
