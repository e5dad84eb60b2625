import Foundation

/// What a build showed, kept as `snapshot.json` in the build folder so the next build can compare.
///
/// Records are keyed by id, each a dictionary of named fields as displayed (for an activity:
/// status, time frame, leads, funding, description); key figures keep the order they are shown in.
///
/// ```swift
/// let snapshot = Snapshot(
///     records: ["GMG-0007": ["status": "ongoing", "funding": "125000"]],
///     figures: [KeyFigure(name: "Activities", value: .number(42))])
/// try snapshot.write(to: folder.appendingPathComponent(Snapshot.fileName))
/// ```
public struct Snapshot: Codable, Equatable, Sendable {
    /// The file name inside a build folder.
    public static let fileName = "snapshot.json"

    /// Record id → field name → displayed value.
    public var records: [String: [String: String]]
    /// The key figures, in display order.
    public var figures: [KeyFigure]

    /// Creates a snapshot.
    public init(records: [String: [String: String]], figures: [KeyFigure]) {
        self.records = records
        self.figures = figures
    }

    /// Writes the snapshot as pretty JSON with keys sorted by their UTF-8 bytes (the bytes
    /// Foundation's `JSONEncoder` gives), so equal snapshots have equal bytes.
    public func write(to url: URL) throws(ManifestError) {
        let writer = try SnapshotFileWriter(to: url)
        try writer.begin(figures: figures)
        for record in ChangeSummary.inFileOrder(records) {
            try writer.record(id: record.id, fields: record.fields.map { ($0.key, $0.value) })
        }
        try writer.finish()
    }

    /// Reads a snapshot written by ``write(to:)``.
    public static func load(from url: URL) throws(ManifestError) -> Snapshot {
        let reader = try SnapshotFileReader(url: url)
        var records: [String: [String: String]] = [:]
        while let record = try reader.next() { records[record.id] = record.fields }
        return Snapshot(records: records, figures: try reader.finish())
    }
}

/// A named key figure of a build, such as "Activities: 42".
public struct KeyFigure: Codable, Equatable, Sendable {
    /// The name shown in the key-figures table.
    public var name: String
    /// The value.
    public var value: FigureValue

    /// Creates a key figure.
    public init(name: String, value: FigureValue) {
        self.name = name
        self.value = value
    }
}

/// The value of a key figure: an exact number (differences are computed) or a text.
///
/// Stored in JSON as `{"number": "262000.5"}` or `{"text": "UNHCR"}`, the number as a string so
/// no digit is lost to binary floating point.
public enum FigureValue: Codable, Equatable, Sendable, CustomStringConvertible {
    /// A number, kept exact.
    case number(Decimal)
    /// A text.
    case text(String)

    private enum CodingKeys: String, CodingKey {
        case number, text
    }

    /// The number as plain digits (`262000.5`, `-3`) or the text.
    public var description: String {
        switch self {
        case .number(let number): number.description
        case .text(let text): text
        }
    }

    /// Reads `{"number": "…"}` or `{"text": "…"}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let text = try container.decodeIfPresent(String.self, forKey: .text) {
            self = .text(text)
            return
        }
        let digits = try container.decode(String.self, forKey: .number)
        guard let number = Decimal(string: digits, locale: Locale(identifier: "en_US_POSIX")), !number.isNaN else {
            throw DecodingError.dataCorruptedError(
                forKey: .number, in: container, debugDescription: "\"\(digits)\" is not a number")
        }
        self = .number(number)
    }

    /// Writes `{"number": "…"}` or `{"text": "…"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .number(let number): try container.encode(number.description, forKey: .number)
        case .text(let text): try container.encode(text, forKey: .text)
        }
    }
}
