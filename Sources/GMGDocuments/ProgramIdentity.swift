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
        if let known = Self.identities.withLock({ $0[memoKey] }) { return known }
        let executable = try locate(searchPath: searchPath).resolvingSymlinksInPath()
        let attributes = (try? FileManager.default.attributesOfItem(atPath: executable.path)) ?? [:]
        let size = (attributes[.size] as? Int).map(String.init) ?? "?"
        let modified = (attributes[.modificationDate] as? Date).map { String($0.timeIntervalSince1970) } ?? "?"
        let version = Self.debianVersion(of: package) ?? "not from a Debian package"
        let identity = "\(name) \(version) \(executable.path) \(size) bytes modified \(modified)"
        Self.identities.withLock { $0[memoKey] = identity }
        return identity
    }

    /// The installed version of `package` in dpkg's status file, or nil.
    static func debianVersion(of package: String, statusFile: String = "/var/lib/dpkg/status") -> String? {
        guard let status = try? String(contentsOfFile: statusFile, encoding: .utf8) else { return nil }
        for stanza in status.components(separatedBy: "\n\n") where stanza.hasPrefix("Package: \(package)\n") {
            let version = stanza.split(separator: "\n").first { $0.hasPrefix("Version: ") }
            return version.map { String($0.dropFirst("Version: ".count)) }
        }
        return nil
    }
}
