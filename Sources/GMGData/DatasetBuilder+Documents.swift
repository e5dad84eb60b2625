extension DatasetBuilder {
    /// Reads the documents registry; sources read afterwards may cite these documents only.
    mutating func addDocuments(_ rows: [Row]) {
        for row in rows {
            guard let id = reader.id(row), let kind = reader.choice(row, "kind", as: DocumentKind.self),
                  let title = reader.required(row, "title"), let issuedBy = reader.required(row, "issued_by"),
                  let dateText = reader.required(row, "date"), let reference = reader.required(row, "reference")
            else { continue }
            guard let date = DocumentDate(dateText) else {
                reader.error(row, "date", "date \"\(dateText)\" is not YYYY-MM-DD, YYYY-MM or YYYY")
                continue
            }
            if let other = dataset.documents.first(where: { $0.reference == reference }) {
                reader.error(row, "reference", "reference \"\(reference)\" is also document \"\(other.id)\"")
                continue
            }
            dataset.documents.append(SourceDocument(
                id: id, kind: kind, title: title, issuedBy: issuedBy, date: date, reference: reference, note: row["note"]))
        }
        reader.sources.register(dataset.documents)
    }
}
