import GMGTable

/// What kind of document a source is: the plans and slides the data was transcribed from, and
/// the other places progress is reported in.
public enum DocumentKind: String, Sendable, Hashable, CaseIterable {
    case workPlan = "work-plan"
    case slides
    case informationNote = "information-note"
    /// A spreadsheet an agency returned with its progress.
    case agencyReturn = "agency-return"
    case email
    /// The minutes of a meeting.
    case minutes
    case other
}

/// The date of a document, as precisely as the document gives it: a day, a month or a year.
public struct DocumentDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    /// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; nil for anything else or an impossible date.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]), (1900...2100).contains(year)
        else { return nil }
        self.year = year
        if parts.count >= 2 {
            guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return nil }
            self.month = month
        }
        if parts.count == 3 {
            guard CalendarDate(iso: text) != nil else { return nil }
            day = Int(parts[2])
        }
    }

    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as written in `documents.csv`.
    public var description: String {
        [String(year), month.map { $0 < 10 ? "0\($0)" : "\($0)" }, day.map { $0 < 10 ? "0\($0)" : "\($0)" }]
            .compactMap { $0 }.joined(separator: "-")
    }

    /// The date as a reader writes it: "12 February 2015", "May 2008", "2010".
    public var readable: String {
        guard let month else { return String(year) }
        let name = Self.monthNames[month - 1]
        return day.map { "\($0) \(name) \(year)" } ?? "\(name) \(year)"
    }

    private static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                                     "September", "October", "November", "December"]

    /// The first day the date covers.
    public var firstDay: CalendarDate { CalendarDate(year: year, month: month ?? 1, day: day ?? 1) }

    public static func < (lhs: DocumentDate, rhs: DocumentDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }
}

/// A document records are transcribed from or progress is reported in (a row of `documents.csv`).
public struct SourceDocument: Sendable, Hashable {
    /// The id every `source` cites, e.g. `mawp-2013-2015-draft`.
    public var id: String
    public var kind: DocumentKind
    /// The title as printed (or, for an email or a return, its subject).
    public var title: String
    /// Who issued it: an agency, a chair, the group.
    public var issuedBy: String
    public var date: DocumentDate
    /// Where the original is: the seed file name, a return's file name, an email's archive reference.
    public var reference: String
    public var note: String

    /// How reports cite it: "title (date)", never a file name or id; a bare year already in the title is
    /// not repeated ("GMG Work Plan 2010").
    public var citation: String {
        date.month == nil && title.contains(String(date.year)) ? title : "\(title) (\(date.readable))"
    }
}

/// One passage a record comes from: a document and the section or place in it.
public struct Citation: Sendable, Hashable, CustomStringConvertible {
    /// The id of a document of `documents.csv`.
    public var document: String
    /// The section, table, slide or place in the document, e.g. `2013 table, GMG coordination and visibility, Output 1`.
    public var place: String

    /// Creates a citation.
    public init(document: String, place: String) {
        self.document = document
        self.place = place
    }

    public var description: String { "\(document): \(place)" }
}

/// Where a record came from: one or more passages (`<document id>: <place>`, separated by `; `).
public struct SourceRef: Sendable, Hashable, CustomStringConvertible {
    public var citations: [Citation]

    /// Creates a source from its passages.
    public init(_ citations: [Citation]) {
        self.citations = citations
    }

    /// The `source` text as written in the data: `<document id>: <place>; ...`.
    public var description: String { citations.map(\.description).joined(separator: "; ") }

    /// How a reader cites it, with each document's title and date and the place as printed
    /// (``Citation/printedPlace``): "GMG Work Plan 2010, introduction".
    /// Consecutive passages of one document name it once ("title (date), slide 2; slide 5").
    public func readable(documents: [String: SourceDocument]) -> String {
        var parts: [String] = []
        var previous: String?
        for citation in citations {
            if citation.document == previous {
                parts.append(citation.printedPlace)
            } else {
                parts.append("\(documents[citation.document]?.citation ?? citation.document), \(citation.printedPlace)")
            }
            previous = citation.document
        }
        return parts.joined(separator: "; ")
    }
}
