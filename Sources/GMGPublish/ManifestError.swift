import Foundation

/// A failure to hash, read or write a manifest or snapshot file.
public enum ManifestError: Error, Equatable, CustomStringConvertible, LocalizedError {
    /// A file or folder could not be read.
    case unreadable(path: String, reason: String)
    /// A file could not be written.
    case unwritable(path: String, reason: String)
    /// A file was read but is not a valid manifest or snapshot.
    case invalid(path: String, reason: String)
    /// A value cannot be written as JSON (a NaN or infinite number).
    case unencodable(reason: String)

    /// A full sentence naming the file.
    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "Cannot read \(path): \(reason)."
        case .unwritable(let path, let reason): "Cannot write \(path): \(reason)."
        case .invalid(let path, let reason): "\(path) is not valid: \(reason)."
        case .unencodable(let reason): "Cannot encode as JSON: \(reason)."
        }
    }

    /// The same text as ``description``, for `localizedDescription`.
    public var errorDescription: String? { description }

    /// The plainest reason an error gives: the errno text of a file error, the path of a decoding error.
    static func reason(_ error: any Error) -> String {
        if let decoding = error as? DecodingError { return reason(decoding) }
        if let encoding = error as? EncodingError, case .invalidValue(_, let context) = encoding {
            return context.debugDescription
        }
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let underlying, underlying.domain == NSPOSIXErrorDomain {
            return SystemCalls.message(Int32(underlying.code))
        }
        return error.localizedDescription
    }

    private static func reason(_ error: DecodingError) -> String {
        let context: DecodingError.Context
        switch error {
        case .keyNotFound(let key, let found):
            return "missing key \"\(key.stringValue)\"\(at(found.codingPath))"
        case .typeMismatch(_, let found), .valueNotFound(_, let found), .dataCorrupted(let found):
            context = found
        @unknown default:
            return "\(error)"
        }
        return context.debugDescription + at(context.codingPath)
    }

    private static func at(_ path: [any CodingKey]) -> String {
        path.isEmpty ? "" : " at " + path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
}
