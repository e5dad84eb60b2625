import TOMLKit

/// Typed access to a TOML table that reports mistakes with the file and the key path
/// (`Reports/annual.toml: sections[2].query: ...`) and rejects unknown keys.
struct TOMLFields {
    let table: TOMLTable
    let file: String
    let path: String

    func error(_ key: String, _ message: String) -> ReportError {
        ReportError(file: file, key: keyPath(key), message)
    }

    func keyPath(_ key: String) -> String {
        key.isEmpty ? path : (path.isEmpty ? key : "\(path).\(key)")
    }

    /// Fails on a key that is not in `allowed`.
    func checkKeys(_ allowed: [String]) throws {
        for key in table.keys.sorted() where !allowed.contains(key) {
            throw error(key, "unknown key (allowed here: \(allowed.joined(separator: ", ")))")
        }
    }

    func string(_ key: String) throws -> String? {
        guard let value = table[key] else { return nil }
        if let text = value.string { return text }
        if let number = value.int { return String(number) }
        throw error(key, "expected a string")
    }

    func requiredString(_ key: String) throws -> String {
        guard let value = try string(key), !value.isEmpty else { throw error(key, "missing (a non-empty string is required)") }
        return value
    }

    func integer(_ key: String) throws -> Int? {
        guard let value = table[key] else { return nil }
        guard let number = value.int else { throw error(key, "expected a whole number") }
        return number
    }

    func strings(_ key: String) throws -> [String] {
        guard let value = table[key] else { return [] }
        guard let array = value.array else { throw error(key, "expected an array of strings") }
        return try array.enumerated().map { index, element in
            guard let text = element.string else { throw error("\(key)[\(index)]", "expected a string") }
            return text
        }
    }

    func subtable(_ key: String) throws -> TOMLFields? {
        guard let value = table[key] else { return nil }
        guard let table = value.table else { throw error(key, "expected a table") }
        return TOMLFields(table: table, file: file, path: keyPath(key))
    }

    func tables(_ key: String) throws -> [TOMLFields] {
        guard let value = table[key] else { return [] }
        guard let array = value.array else { throw error(key, "expected an array of tables ([[\(key)]])") }
        return try array.enumerated().map { index, element in
            guard let table = element.table else { throw error("\(key)[\(index)]", "expected a table") }
            return TOMLFields(table: table, file: file, path: keyPath("\(key)[\(index)]"))
        }
    }

    /// A table of string values (`params = { year = "$term" }`).
    func stringMap(_ key: String) throws -> [String: String] {
        guard let fields = try subtable(key) else { return [:] }
        var map: [String: String] = [:]
        for name in fields.table.keys { map[name] = try fields.requiredString(name) }
        return map
    }
}
