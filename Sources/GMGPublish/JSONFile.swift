import Foundation

/// Reads and writes the build folder's JSON files with stable bytes: pretty-printed, sorted keys.
enum JSONFile {
    /// The JSON text of `value`, ending in a newline.
    static func encode(_ value: some Encodable) throws(ManifestError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return try encoder.encode(value) + Data("\n".utf8)
        } catch {
            throw .unencodable(reason: ManifestError.reason(error))
        }
    }

    /// Writes the JSON text of `value` to `url`.
    static func write(_ value: some Encodable, to url: URL) throws(ManifestError) {
        if let error = SystemCalls.writeFile(url.path, try encode(value)) {
            throw .unwritable(path: url.path, reason: error.message)
        }
    }

    /// Reads a `T` from the JSON file at `url`.
    static func load<T: Decodable>(_ type: T.Type, from url: URL) throws(ManifestError) -> T {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(path: url.path, reason: ManifestError.reason(error))
        }
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch {
            throw .invalid(path: url.path, reason: ManifestError.reason(error))
        }
    }
}
