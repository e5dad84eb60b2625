import GMGTable

/// What a return template says about itself, stored in the workbook twice (custom document
/// properties and a hidden sheet) so that a returned file is recognised as one of ours, matched to
/// its recipient and scope, and refused when it is someone else's or a foreign file.
public struct TemplateIdentity: Sendable, Hashable {
    /// The layout version this tool writes and reads.
    public static let currentVersion = 1

    /// The template layout version.
    public var version: Int
    /// The recipient's id (an agency, a group, or `chair-support-unit`).
    public var recipient: String
    /// The activities asked about.
    public var scope: ReturnScope
    /// The day the template was made.
    public var generated: CalendarDate
    /// The date progress is reported as of, unless a row says otherwise.
    public var asOf: CalendarDate

    /// Creates an identity.
    public init(version: Int = TemplateIdentity.currentVersion, recipient: String, scope: ReturnScope,
                generated: CalendarDate, asOf: CalendarDate) {
        self.version = version
        self.recipient = recipient
        self.scope = scope
        self.generated = generated
        self.asOf = asOf
    }

    /// The hidden sheet holding the identity as name/value rows.
    static let sheetName = "Template identity"
    /// The key that marks a workbook as a GMG return.
    static let markerKey = "GMG return template"

    /// The identity as name/value pairs, in a fixed order.
    var fields: [(String, String)] {
        [(Self.markerKey, String(version)), ("GMG return recipient", recipient), ("GMG return scope", scope.description),
         ("GMG return generated", generated.description), ("GMG return as of", asOf.description)]
    }

    /// Reads the name/value pairs; nil with the reason when they are missing or malformed.
    static func parse(_ values: [String: String]) -> Result<TemplateIdentity, IdentityProblem> {
        guard let marker = values[markerKey] else { return .failure(.absent) }
        guard let version = Int(marker) else { return .failure(.malformed(markerKey)) }
        guard version == currentVersion else { return .failure(.unsupportedVersion(version)) }
        guard let recipient = values["GMG return recipient"], !recipient.isEmpty else {
            return .failure(.malformed("GMG return recipient"))
        }
        guard let scope = values["GMG return scope"].flatMap(ReturnScope.init(identity:)) else {
            return .failure(.malformed("GMG return scope"))
        }
        guard let generated = values["GMG return generated"].flatMap({ CalendarDate(iso: $0) }) else {
            return .failure(.malformed("GMG return generated"))
        }
        guard let asOf = values["GMG return as of"].flatMap({ CalendarDate(iso: $0) }) else {
            return .failure(.malformed("GMG return as of"))
        }
        return .success(TemplateIdentity(version: version, recipient: recipient, scope: scope, generated: generated, asOf: asOf))
    }

    /// Why a workbook's identity cannot be used.
    enum IdentityProblem: Error, Equatable {
        case absent
        case malformed(String)
        case unsupportedVersion(Int)
    }
}
