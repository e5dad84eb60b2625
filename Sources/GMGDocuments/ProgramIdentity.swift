import Foundation
import Synchronization

extension ExternalProgram {
    /// Identities already worked out in this process, by program name and search path.
    private static let identities = Mutex<[String: String]>([:])

    /// What identifies the installed program for ``ConversionCache``: the version of its Debian
    /// package (when dpkg lists it) and its executable's resolved path, size and modification time,
    /// so that an upgrade or a different program of the same name gives a different key. Worked out
    /// once per process, without running the program (WeasyPrint takes about a second to start).
    /// - Throws: ``ConverterError/missing(program:package:purpose:)`` when it is not installed.
    func identity(searchPath: String? = nil) throws -> String {
        let memoKey = name + "\u{0}" + (searchPath ?? "")
        // Worked out under the lock: threads converting at the same time wait for one answer.
        return try Self.identities.withLock { known in
            if let identity = known[memoKey] { return identity }
            let executable = try locate(searchPath: searchPath).resolvingSymlinksInPath()
            let attributes = (try? FileManager.default.attributesOfItem(atPath: executable.path)) ?? [:]
            let size = (attributes[.size] as? Int).map(String.init) ?? "?"
            let modified = (attributes[.modificationDate] as? Date).map { String($0.timeIntervalSince1970) } ?? "?"
            let version = Self.debianVersion(of: package) ?? "not from a Debian package"
            let identity = "\(name) \(version) \(executable.path) \(size) bytes modified \(modified)"
            known[memoKey] = identity
            return identity
        }
    }

    /// The installed version of `package` in dpkg's status file, or nil.
    static func debianVersion(of package: String, statusFile: String = "/var/lib/dpkg/status") -> String? {
        guard let status = FileManager.default.contents(atPath: statusFile) else { return nil }
        let bytes = [UInt8](status)
        let stanzaStart = Array("Package: \(package)\n".utf8)
        let versionField = Array("Version: ".utf8)
        var lineStart = 0
        var inStanza = false
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            let line = bytes[lineStart..<lineEnd]
            if line.isEmpty {
                inStanza = false
            } else if line.starts(with: stanzaStart.dropLast()) && line.count == stanzaStart.count - 1 {
                inStanza = true
            } else if inStanza && line.starts(with: versionField) {
                return String(decoding: line.dropFirst(versionField.count), as: UTF8.self)
            }
            lineStart = lineEnd + 1
        }
        return nil
    }
}
