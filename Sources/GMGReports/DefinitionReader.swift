import GMGQuery
import TOMLKit

/// Reads a report definition from TOML and checks it against the saved queries.
enum DefinitionReader {
    /// The most `[[sections]]` a report may have.
    static let maximumSections = 100

    static func read(name: String, file: String, text: String, queries: QueryLibrary) throws -> ReportDefinition {
        guard !name.isEmpty, FileNames.safe(name) == name else {
            throw ReportError(file: file, "a report's file name is its name in file names and commands: use letters, digits, '-' and '_'")
        }
        if let (line, message) = TOMLPrecheck.problem(in: text) {
            throw ReportError(file: "\(file):\(line)", message)
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ReportError(file: "\(file):\(error.source.begin.line)", "TOML syntax error: \(error.description)")
        }
        let root = TOMLFields(table: table, file: file, path: "")
        try root.checkKeys(["title", "index_title", "audience", "introduction", "parameters", "instances", "outputs", "sections",
                            "reading_rows"])
        let parameters = try readParameters(root)
        let definition = ReportDefinition(
            name: name, file: file, title: try root.requiredString("title"), audience: try root.string("audience") ?? "",
            indexTitle: try root.string("index_title") ?? name,
            introduction: try root.string("introduction") ?? "", parameters: parameters,
            instances: try readInstances(root, parameters: parameters),
            outputs: try readOutputs(root), sections: try root.tables("sections").map(readSection),
            readingRows: try readingRows(root) ?? ReadingLimit.defaultRows)
        guard !definition.sections.isEmpty else { throw root.error("sections", "a report needs at least one [[sections]]") }
        guard definition.sections.count <= maximumSections else {
            throw root.error("sections", "\(definition.sections.count) sections; a report has at most \(maximumSections)")
        }
        try check(definition, root: root, queries: queries)
        try checkTemplates(definition)
        return definition
    }

    private static func readParameters(_ root: TOMLFields) throws -> [ReportParameter] {
        guard let fields = try root.subtable("parameters") else { return [] }
        return try fields.table.keys.sorted().map { name in
            guard let parameter = try fields.subtable(name) else { throw fields.error(name, "expected a table") }
            guard name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }) else {
                throw fields.error(name, "a parameter name has letters, digits, '_' and '-' only")
            }
            guard !TemplateContext.reservedNames.contains(name) else {
                throw fields.error(name, "\"\(name)\" is a name every template has ("
                                   + TemplateContext.reservedNames.sorted().joined(separator: ", ") + "); choose another")
            }
            try parameter.checkKeys(["type", "default", "default_query", "description"])
            let type = try parameter.string("type") ?? "text"
            guard ["text", "integer", "date"].contains(type) else {
                throw parameter.error("type", "unknown type \"\(type)\" (text, integer, date)")
            }
            return ReportParameter(
                name: name, type: type, defaultValue: try parameter.string("default"),
                defaultQuery: try parameter.string("default_query"), description: try parameter.string("description") ?? "")
        }
    }

    private static func readInstances(_ root: TOMLFields, parameters: [ReportParameter]) throws -> InstanceSource? {
        guard let fields = try root.subtable("instances") else { return nil }
        try fields.checkKeys(["parameter", "query", "column"])
        let parameter = try fields.requiredString("parameter")
        guard parameters.contains(where: { $0.name == parameter }) else {
            throw fields.error("parameter", "no report parameter \"\(parameter)\" (declare it under [parameters.\(parameter)])")
        }
        return InstanceSource(parameter: parameter, query: try fields.requiredString("query"), column: try fields.requiredString("column"))
    }

    private static func readOutputs(_ root: TOMLFields) throws -> [OutputFormat] {
        let names = try root.strings("outputs")
        if names.isEmpty { return [.md, .xlsx] }
        return try names.enumerated().map { index, name in
            guard let format = OutputFormat(rawValue: name) else {
                throw root.error("outputs[\(index)]", "unknown output \"\(name)\" (\(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return format
        }
    }

    private static func readSection(_ fields: TOMLFields) throws -> SectionDefinition {
        try fields.checkKeys(["id", "title", "sheet", "query", "params", "render", "chart", "text", "columns", "group_by", "empty_text",
                              "level", "from", "to", "reading_rows", "noun"])
        let renderName = try fields.string("render") ?? "table"
        guard let render = SectionRender(rawValue: renderName) else {
            throw fields.error("render", "unknown render \"\(renderName)\" (\(SectionRender.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        let chart = try fields.subtable("chart").map(ChartDefinitionReader.read)
        if let sheet = try fields.string("sheet"), sheet.count > 31 {
            throw fields.error("sheet", "worksheet names have at most 31 characters (\(sheet.count) given)")
        }
        if render == .chart, chart == nil { throw fields.error("chart", "render = \"chart\" needs a chart = { type, label, value }") }
        let id = try fields.requiredString("id")
        guard id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
            throw fields.error("id", "use letters, digits and '-' only")
        }
        let level = Int(try fields.string("level") ?? "2") ?? 0
        guard level == 2 || level == 3 else { throw fields.error("level", "2 (a chapter) or 3 (a part of the chapter before)") }
        var period: Period?
        switch (try fields.string("from"), try fields.string("to")) {
        case (nil, nil): break
        case (let from?, let to?):
            guard render == .gantt else { throw fields.error("from", "from and to apply to render = \"gantt\" only") }
            period = Period(from: from, to: to)
        default: throw fields.error("from", "give both from and to (the first and last day the timeline shows)")
        }
        return SectionDefinition(
            id: id, title: try fields.requiredString("title"), sheet: try fields.string("sheet"), query: try fields.requiredString("query"),
            parameters: try fields.stringMap("params"), render: render, chart: chart, text: try fields.string("text") ?? "",
            columns: try fields.strings("columns"), groupBy: try fields.string("group_by"),
            emptyText: try fields.string("empty_text") ?? "Nothing recorded.", level: level, period: period,
            readingRows: try readingRows(fields), noun: try fields.string("noun")?.nonEmptyOr("rows") ?? "rows")
    }

    /// `reading_rows`: 1 to ``ReadingLimit/maximumRows``.
    private static func readingRows(_ fields: TOMLFields) throws -> Int? {
        guard let rows = try fields.integer("reading_rows") else { return nil }
        guard (1...ReadingLimit.maximumRows).contains(rows) else {
            throw fields.error("reading_rows", "\(rows) is out of range: documents meant for reading list 1 to "
                               + "\(ReadingLimit.maximumRows) rows of a section")
        }
        return rows
    }

    /// Checks names against the saved queries and the report's parameters.
    private static func check(_ definition: ReportDefinition, root: TOMLFields, queries: QueryLibrary) throws {
        let known = Set(queries.queries.map(\.name))
        func requireQuery(_ name: String, at key: String) throws {
            if !known.contains(name) { throw root.error(key, "no query \"\(name)\" in Queries/") }
        }
        for parameter in definition.parameters {
            if let query = parameter.defaultQuery { try requireQuery(query, at: "parameters.\(parameter.name).default_query") }
        }
        if let instances = definition.instances { try requireQuery(instances.query, at: "instances.query") }
        var ids: Set<String> = []
        for (index, section) in definition.sections.enumerated() {
            let key = "sections[\(index)]"
            guard ids.insert(section.id).inserted else { throw root.error("\(key).id", "duplicate section id \"\(section.id)\"") }
            try requireQuery(section.query, at: "\(key).query")
            let query = try queries.query(named: section.query)
            for (name, value) in section.parameters.sorted(by: { $0.key < $1.key }) {
                guard query.parameters.contains(where: { $0.name == name }) else {
                    throw root.error("\(key).params.\(name)", "query \"\(query.name)\" has no parameter \"\(name)\" (it takes: "
                                     + (query.parameters.map(\.name).joined(separator: ", ").nonEmptyOr("none")) + ")")
                }
                if value.hasPrefix("$"), !["$date", "$data_date"].contains(value),
                   !definition.parameters.contains(where: { "$" + $0.name == value }) {
                    throw root.error("\(key).params.\(name)", "unknown report parameter \"\(value)\" (parameters: "
                                     + (definition.parameters.map { "$" + $0.name } + ["$date", "$data_date"]).joined(separator: ", ") + ")")
                }
            }
        }
    }
}

extension DefinitionReader {
    /// Parses every template of the definition, so that a syntax error fails on reading.
    static func checkTemplates(_ definition: ReportDefinition) throws {
        let file = definition.file
        try Templates.check(definition.title, file: file, key: "title")
        try Templates.check(definition.audience, file: file, key: "audience")
        try Templates.check(definition.introduction, file: file, key: "introduction")
        for (index, section) in definition.sections.enumerated() {
            try Templates.check(section.text, file: file, key: "sections[\(index)].text")
            if let title = section.chart?.title { try Templates.check(title, file: file, key: "sections[\(index)].chart.title") }
        }
    }
}

extension String {
    func nonEmptyOr(_ fallback: String) -> String { isEmpty ? fallback : self }
}
