import ArgumentParser
import Foundation
import GMGQuery
import GMGReports
import GMGRender
import GMGTable
import GMGXLSX

/// `gmg query`: runs a saved query of `Queries/` or an ad-hoc SQL statement.
struct Query: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a saved query (Queries/NAME.sql) or an ad-hoc read-only SQL statement.",
        discussion: "Examples: gmg query by-funding-source --format csv; gmg query term-activities --param term=2014; gmg query --list"
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv, markdown, json, xlsx

        /// The format a file name's extension asks for: `.xlsx`, `.csv`, `.md`/`.markdown`,
        /// `.json`, `.txt` (table); nil for any other.
        init?(fileName: String) {
            switch URL(fileURLWithPath: fileName).pathExtension.lowercased() {
            case "xlsx": self = .xlsx
            case "csv": self = .csv
            case "md", "markdown": self = .markdown
            case "json": self = .json
            case "txt": self = .table
            default: return nil
            }
        }
    }

    @Argument(help: "The saved query's name (its file name without .sql).")
    var name: String?

    @Option(name: .customLong("param"), help: ArgumentHelp("A parameter as name=value (repeatable).", valueName: "name=value"))
    var parameters: [String] = []

    @Option(help: "Run this SQL on a read-only connection instead of a saved query.")
    var sql: String?

    @Flag(help: "List the saved queries with their parameters.")
    var list = false

    @Option(help: "Output format (default: from the -o file's extension, else table).")
    var format: Format?

    @Option(name: .shortAndLong, help: "Write to this file ('-' for standard output; required for xlsx). Its extension (.xlsx, .csv, .md, .json, .txt) gives the format unless --format is given.")
    var output: String = "-"

    @Option(help: "The saved queries folder.")
    var queries: String = "Queries"

    @Option(help: "The workbook's created date (YYYY-MM-DD) for xlsx; default: the data's latest source date.")
    var date: String?

    @OptionGroup var data: DataOptions

    @Option(help: ArgumentHelp("Query an activities interchange CSV instead of the data folder.", valueName: "file.csv"))
    var interchange: String?

    @Option(help: ArgumentHelp("Stop a query that runs longer than this (seconds).", valueName: "seconds"))
    var timeLimit: Double = QueryLimits.standard.seconds

    func validate() throws {
        if !(timeLimit > 0 && timeLimit <= 86_400) { throw ValidationError("--time-limit must be between 0 and 86400 seconds.") }
        if list { return }
        if (name == nil) == (sql == nil) { throw ValidationError("Give a saved query's name or --sql, not both.") }
        if format == nil, output != "-", Format(fileName: output) == nil {
            throw ValidationError("-o \(output): cannot tell the format from the extension; use .xlsx, .csv, .md, .json or .txt, or give --format.")
        }
        if resolvedFormat == .xlsx, output == "-" { throw ValidationError("--format xlsx needs -o FILE.xlsx.") }
        if date != nil, date.flatMap(CalendarDate.init(iso:)) == nil { throw ValidationError("--date must be YYYY-MM-DD.") }
    }

    /// The statements this run makes: its SQL or saved query, and the data date's query.
    private func statements(of library: QueryLibrary) -> [String]? {
        let dataDate = library.queries.first { $0.name == "data-date" }.map { [$0.sql] } ?? []
        if let sql { return [sql] + dataDate }
        // A missing query is reported once the data is loaded, as always.
        guard let name, let query = try? library.query(named: name) else { return nil }
        return [query.sql] + dataDate
    }

    /// The format asked for, else the one of the output file's extension, else a table.
    var resolvedFormat: Format {
        format ?? (output == "-" ? nil : Format(fileName: output)) ?? .table
    }

    func run() throws {
        let library = try QueryLibrary(directory: URL(fileURLWithPath: queries), displayName: queries)
        if list {
            print(QueryListing.text(library.queries), terminator: "")
            return
        }
        let values = try ParameterList.parse(parameters)
        let database = try Session.database(data, interchange: interchange, limits: QueryLimits(seconds: timeLimit),
                                            answering: statements(of: library))
        if output == "-" {
            ProgressLine.shared?.end()  // the rows may go to the same terminal
        } else {
            ProgressLine.shared?.begin("running the query into \(output)")
        }
        let table: Table
        var context = QueryContext(dataDate: try DataDate.of(database, queries: library))
        if let sql, resolvedFormat == .csv {
            return try StreamedCSV.write(sql: sql, database: database, to: output)
        } else if let sql {
            table = try database.run(sql: sql)
            context.lines = ["Ad-hoc SQL: \(sql)"]
        } else {
            let query = try library.query(named: name!)
            table = try database.run(query, parameters: values)
            context.lines = QueryContext.describe(query, given: values)
        }
        let date = date.flatMap(CalendarDate.init(iso:)) ?? context.dataDate ?? CalendarDate(year: 2015, month: 2, day: 12)
        ProgressLine.shared?.end()
        try OutputWriter(format: resolvedFormat, output: output, date: date, context: context).write(table)
    }
}

/// `name=value` arguments.
enum ParameterList {
    static func parse(_ arguments: [String]) throws -> [String: String] {
        var values: [String: String] = [:]
        for argument in arguments {
            guard let equals = argument.firstIndex(of: "="), equals != argument.startIndex else {
                throw ValidationError("--param \(argument): expected name=value.")
            }
            values[String(argument[..<equals])] = String(argument[argument.index(after: equals)...])
        }
        return values
    }
}

/// The text of `gmg query --list`.
enum QueryListing {
    static func text(_ queries: [SavedQuery]) -> String {
        var text = ""
        for query in queries {
            text += "\(query.name)  —  \(query.title)\n"
            if !query.description.isEmpty { text += "    \(query.description)\n" }
            for parameter in query.parameters {
                let requirement = parameter.defaultValue.map { "default \($0)" } ?? "required"
                text += "    --param \(parameter.name)=<\(parameter.type.rawValue)>  (\(requirement)) \(parameter.description)\n"
            }
        }
        return text
    }
}
