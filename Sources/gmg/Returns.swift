import ArgumentParser
import Foundation
import GMGData
import GMGPublish
import GMGReturns
import GMGTable

/// `gmg returns`: collecting progress from the agencies through spreadsheets.
struct Returns: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Make progress returns for the agencies and read the filled ones back into Data/.",
        discussion: "The cycle: gmg returns make, send, fill, gmg returns read --dry-run, gmg returns read, gmg build.",
        subcommands: [Make.self, Read.self]
    )
}

extension Returns {
    /// `gmg returns make`: one workbook per lead agency, group, and the chair and support unit.
    struct Make: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write one return workbook per lead agency, working group or task force, and for the chair and support unit.",
            discussion: """
            What the instructions say (who to send the files back to, by when) comes from \
            Reports/returns/request.toml; --send-to and --due override it. Exit status: 0 done, \
            1 data errors, 2 usage (an unknown year or plan), 3 a wrong request file, 5 a file not written.
            """
        )

        @Option(help: "Ask about the activities of this plan year (e.g. 2014).")
        var term: Int?

        @Option(help: "Ask about every activity of this plan (e.g. mawp-2013-2015).")
        var plan: String?

        @Option(name: .customLong("as-of"), help: "The date progress is reported as of (YYYY-MM-DD); default: the last day of the year or plan.")
        var asOf: String?

        @Option(help: "The last day for sending returns back (YYYY-MM-DD); default: from the request file.")
        var due: String?

        @Option(name: .customLong("send-to"), help: "Who the returns go back to, as the instructions say it.")
        var sendTo: String?

        @Option(help: "The date the templates are stamped with (YYYY-MM-DD); default: today.")
        var date: String?

        @Option(help: "The folder the workbooks are written to (created if missing).")
        var out: String

        @Option(help: "The report definitions folder, holding returns/request.toml.")
        var reports: String = "Reports"

        @OptionGroup var data: DataOptions

        func validate() throws {
            guard (term == nil) != (plan == nil) else { throw ValidationError("Give one of --term YEAR or --plan ID.") }
            for (name, value) in [("--as-of", asOf), ("--due", due), ("--date", date)] {
                if let value, CalendarDate(iso: value) == nil { throw ValidationError("\(name) must be YYYY-MM-DD, got \"\(value)\".") }
            }
        }

        func run() throws {
            let dataset = try data.loadValidated().dataset
            let scope: ReturnScope = term.map(ReturnScope.term) ?? .plan(plan ?? "")
            let generated = date.flatMap { CalendarDate(iso: $0) } ?? CalendarDate.today
            let request = try readRequest(generated: generated)
            let directory = URL(fileURLWithPath: out, isDirectory: true)
            let made = try ReturnMaker(dataset: dataset).make(
                scope: scope, request: request, generated: generated,
                asOf: asOf.flatMap { CalendarDate(iso: $0) } ?? scope.defaultAsOf(in: dataset), into: directory)
            for file in made {
                print("\(directory.appendingPathComponent(file.fileName).path)  \(file.recipient.name): \(file.activities) activit\(file.activities == 1 ? "y" : "ies")")
            }
            print("\(made.count) return(s) for \(made.reduce(0) { $0 + $1.activities }) activity rows; due back \(request.due)")
        }

        private func readRequest(generated: CalendarDate) throws -> ReturnRequest {
            let file = "\(reports)/\(ReturnRequest.definitionPath)"
            let text = FileManager.default.contents(atPath: file).map { String(decoding: $0, as: UTF8.self) } ?? ""
            return try ReturnRequest.read(file: file, text: text, generated: generated, sendTo: sendTo,
                                          due: due.flatMap { CalendarDate(iso: $0) })
        }
    }

    /// `gmg returns read`: checks filled returns and merges their progress into Data/.
    struct Read: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read filled returns: check them, and append their progress to Data/progress.csv.",
            discussion: """
            Prints one line per finding as `file: Sheet!Cell: error|warning: message`. A row with an \
            error is not read; the other rows are merged (a file that cannot be read is not merged at \
            all). Reading a return again adds nothing. Exit status: 0 merged (warnings allowed), 1 some \
            row or file not read (the rest merged, unless --dry-run), 2 usage, 5 Data/ not written.
            """
        )

        @Argument(help: "The returned workbooks (.xlsx).")
        var files: [String]

        @Flag(name: .customLong("dry-run"), help: "Print what would change and write nothing.")
        var dryRun = false

        @Option(help: "Who sent the files (an agency or group id, e.g. iom): someone else's return is refused.")
        var from: String?

        @Option(help: "The day of reading, for as-of dates in the future (YYYY-MM-DD); default: today.")
        var date: String?

        @OptionGroup var data: DataOptions

        func validate() throws {
            guard !files.isEmpty else { throw ValidationError("Give the returned workbooks to read.") }
            if let date, CalendarDate(iso: date) == nil { throw ValidationError("--date must be YYYY-MM-DD, got \"\(date)\".") }
        }

        func run() throws {
            let dataset = try data.loadValidated().dataset
            let today = date.flatMap { CalendarDate(iso: $0) } ?? CalendarDate.today
            let batch = ReturnBatch(paths: files, dataset: dataset, from: from, today: today)
            for diagnostic in batch.diagnostics { print(diagnostic) }
            let plan = batch.merge
            let verb = dryRun ? "would add" : "added"
            for row in plan.documents { print("\(data.data)/documents.csv: \(verb): \(row.fields.joined(separator: " | "))") }
            for row in plan.progress { print("\(data.data)/progress.csv: \(verb): \(row.fields.joined(separator: " | "))") }
            if !dryRun {
                let problems = try DataFolderWriter(folder: data.url).apply(plan)
                guard problems.isEmpty else {
                    for problem in problems { print(problem) }
                    print("gmg: nothing written: the merged data would have \(problems.count) error(s)")
                    throw ExitStatus.dataError.exitCode
                }
            }
            let errors = batch.diagnostics.count { $0.severity == .error }
            let warnings = batch.diagnostics.count { $0.severity == .warning }
            let repeated = plan.alreadyRecorded.values.reduce(0, +)
            print("""
                \(files.count) file(s), \(batch.files.count { $0.isReadable }) read: \(errors) error(s), \(warnings) warning(s); \
                \(plan.progress.count) progress row(s) and \(plan.documents.count) document(s) \(dryRun ? "would be added" : "added")\
                \(repeated > 0 ? ", \(repeated) update(s) already recorded" : "")\(dryRun ? " (dry run: nothing written)" : "")
                """)
            if errors > 0 { throw ExitStatus.dataError.exitCode }
        }
    }
}

extension CalendarDate {
    /// Today's date in UTC.
    static var today: CalendarDate {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)
    }
}
