/// The report templates of a definition (title, audience, introduction, section texts), checked
/// and rendered with errors that name the definition file and key.
enum Templates {
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
        do {
            return try Template(text)
        } catch {
            throw ReportError(file: file, key: key, error.description)
        }
    }
}
