/// The relationships of one part (`_rels/<part>.rels`): ids and types to target part names.
struct Relationships {
    /// One relationship: its type's last path component (`worksheet`, `sharedStrings`...) and target.
    struct Link {
        var id: String
        var type: String
        var target: String
    }

    let links: [Link]

    /// The relationships of `part` ("" for the package itself), read through `load`; none when the
    /// package has no relationships file for it.
    init(of part: String, load: (String) throws -> XMLTree.Element?,
         fail: (SpreadsheetError.Reason) -> SpreadsheetError) throws {
        let directory = PartName.directory(of: part)
        let file = PartName.directory(of: part) + "_rels/" + PartName.fileName(of: part) + ".rels"
        guard let root = try load(file) else {
            links = []
            return
        }
        links = try root.children("Relationship").compactMap { element in
            guard element.attributes["TargetMode"] != "External" else { return nil }
            guard let id = element.attributes["Id"], let type = element.attributes["Type"],
                  let target = element.attributes["Target"] else {
                throw fail(.invalidContent("a relationship in \(file) lacks Id, Type or Target"))
            }
            guard let resolved = PartName.resolve(target, from: directory) else {
                throw fail(.invalidContent("relationship \(id) in \(file) points outside the package"))
            }
            return Link(id: id, type: String(type.split(separator: "/").last ?? ""), target: resolved)
        }
    }

    /// The target of the first relationship of a type (its last path component).
    func target(ofType type: String) -> String? { links.first { $0.type == type }?.target }

    /// The relationship with an id.
    func link(id: String) -> Link? { links.first { $0.id == id } }
}

/// Part names inside the package: `xl/worksheets/sheet1.xml`, without a leading slash.
enum PartName {
    /// The folder of a part with a trailing slash ("" at the root).
    static func directory(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "" }
        return String(part[...slash])
    }

    /// The last component of a part name.
    static func fileName(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return part }
        return String(part[part.index(after: slash)...])
    }

    /// A relationship target as a part name: absolute targets from the root, relative ones from
    /// `directory`, `.` and `..` resolved; nil when it climbs above the root or is empty.
    static func resolve(_ target: String, from directory: String) -> String? {
        let path = target.hasPrefix("/") ? String(target.dropFirst()) : directory + target
        var components: [Substring] = []
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..":
                guard !components.isEmpty else { return nil }
                components.removeLast()
            default: components.append(component)
            }
        }
        return components.isEmpty ? nil : components.joined(separator: "/")
    }
}
