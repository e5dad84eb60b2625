import Foundation

/// Reads `source` values (`<document id>: <section or place>`, several separated by `; `) and checks
/// every document id against the registry (`documents.csv`).
struct SourceParser {
    private var ids: Set<String> = []
    private var idsInOrder: [String] = []
    private var idByReference: [String: String] = [:]
    /// Each distinct value parsed once (data scaled to many rows repeats a few hundred values).
    private var parsed: [String: Result<SourceRef, SourceError>] = [:]

    /// The documents sources may cite.
    mutating func register(_ documents: [SourceDocument]) {
        parsed = [:]
        for document in documents where ids.insert(document.id).inserted {
            idsInOrder.append(document.id)
            idByReference[document.reference] = document.id
        }
    }

    /// The source of `value`, or a message saying what is wrong with it.
    mutating func parse(_ value: String) -> Result<SourceRef, SourceError> {
        if let known = parsed[value] { return known }
        let result = parseAnew(value)
        parsed[value] = result
        return result
    }

    private func parseAnew(_ value: String) -> Result<SourceRef, SourceError> {
        var citations: [Citation] = []
        for part in value.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) where !part.isEmpty {
            if let colon = part.range(of: ": "), !part[..<colon.lowerBound].isEmpty,
               !part[..<colon.lowerBound].contains(where: \.isWhitespace) {
                let place = part[colon.upperBound...].trimmingCharacters(in: .whitespaces)
                guard !place.isEmpty else { return .failure(.malformed(value)) }
                citations.append(Citation(document: String(part[..<colon.lowerBound]), place: place))
            } else if !citations.isEmpty {
                // A place that itself contains "; " (the part names no document of its own).
                citations[citations.count - 1].place += "; " + part
            } else {
                return .failure(.malformed(value))
            }
        }
        guard !citations.isEmpty else { return .failure(.malformed(value)) }
        for citation in citations where !ids.contains(citation.document) {
            if let id = idByReference[citation.document] { return .failure(.fileName(citation.document, id: id)) }
            return .failure(.unknownDocument(citation.document, closest: Suggestion.closest(to: citation.document, among: idsInOrder)))
        }
        return .success(SourceRef(citations))
    }
}

/// What is wrong with a `source` value.
enum SourceError: Error, CustomStringConvertible {
    case malformed(String)
    case unknownDocument(String, closest: String?)
    case fileName(String, id: String)

    var description: String {
        switch self {
        case .malformed(let value):
            "malformed source \"\(value)\": expected \"<document id>: <section or place>\", several separated by \"; \""
        case .unknownDocument(let id, let closest):
            "unknown document \"\(id)\" in source" + (closest.map { " (closest: \"\($0)\")" } ?? "")
                + ": every document is listed in documents.csv"
        case .fileName(let file, let id):
            "source names the file \"\(file)\": cite its document id \"\(id)\" (documents.csv)"
        }
    }
}
