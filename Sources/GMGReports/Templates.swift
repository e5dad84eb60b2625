import Mustache

/// Mustache templates for report text, rendered as plain text (no HTML escaping).
enum Templates {
    /// Renders `text` with `context`; a template error names the file and key.
    static func render(_ text: String, context: [String: Any], file: String, key: String) throws -> String {
        guard text.contains("{{") else { return text }
        do {
            let template = try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + text)
            return template.render(context)
        } catch {
            throw ReportError(file: file, key: key, "bad template: \(error)")
        }
    }
}
