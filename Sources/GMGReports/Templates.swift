import Synchronization

/// The report templates of a definition (title, audience, introduction, section texts), checked
/// and rendered with errors that name the definition file and key.
enum Templates {
    /// Each distinct template text parsed once per process: a build renders the same definitions
    /// for every instance (33 reports from 5 definitions on the bundled data).
    private static let parsed = Mutex<[String: Template]>([:])

    /// Parses `text`; a syntax error names the file and key.
    static func check(_ text: String, file: String, key: String) throws {
        _ = try parse(text, file: file, key: key)
    }

    /// Renders `text` with `context`, inserting values through `escaping`; an unknown name, a
    /// syntax error or a render past the limits names the file and key.
    static func render(_ text: String, context: TemplateValue, escaping: TemplateEscaping,
                       file: String, key: String) throws -> String {
        let template = try parse(text, file: file, key: key)
        do {
            return try template.render(context, escaping: escaping)
        } catch {
            throw ReportError(file: file, key: key, error.description)
        }
    }

    private static func parse(_ text: String, file: String, key: String) throws -> Template {
        if let known = parsed.withLock({ $0[text] }) { return known }
        do {
            let template = try Template(text)
            parsed.withLock { $0[text] = template }
            return template
        } catch {
            throw ReportError(file: file, key: key, error.description)
        }
    }
}
