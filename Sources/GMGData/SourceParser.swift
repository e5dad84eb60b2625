import Foundation

/// Reads `source` values (`<document id>: <section or place>`, several separated by `; `) and checks
/// every document id against the registry (`documents.csv`).
struct SourceParser {
    private var ids: Set<String> = []
    private var idsInOrder: [String] = []
    private var idByReference: [String: String] = [:]

    /// The documents sources may cite.
    mutating func register(_ documents: [SourceDocument]) {
        for document in documents where ids.insert(document.id).inserted {
            idsInOrder.append(document.id)
            idByReference[document.reference] = document.id
        }
    }

    /// The source of `value`, or a message saying what is wrong with it.
    func parse(_ value: String) -> Result<SourceRef, SourceError> {
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
            return .failure(.unknownDocument(citation.document, closest: ClosestName.find(citation.document, among: idsInOrder)))
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

/// The closest of a list of names to a misspelt one, by edit distance.
enum ClosestName {
    /// The candidate with the fewest single-character edits from `name` (the first one on a tie).
    static func find(_ name: String, among candidates: [String]) -> String? {
        candidates.min { distance(name, $0) < distance(name, $1) }
    }

    /// The Levenshtein distance between two strings.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
