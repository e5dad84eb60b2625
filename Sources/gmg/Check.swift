import ArgumentParser
import GMGData
import GMGPublish

/// `gmg check`: validates the data folder and prints diagnostics.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate the data folder.",
        discussion: """
        Prints one line per finding as `file:line:column: error|warning: message` (the column is \
        the CSV column number), then a summary. Exit status: 0 clean, 1 errors (or warnings with \
        --strict), 2 usage errors.
        """
    )

    @OptionGroup var data: DataOptions

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    func run() throws {
        let result = DataLoader.load(from: data.url, displayName: data.data)
        let diagnostics = result.diagnostics
        for diagnostic in diagnostics.sorted { print(diagnostic) }
        let dataset = result.dataset
        print("""
            \(data.data): \(diagnostics.errorCount) error(s), \(diagnostics.warningCount) warning(s); \
            \(dataset.agencies.count) agencies, \(dataset.chairTerms.count) chair terms, \(dataset.plans.count) plans, \
            \(dataset.outputs.count) outputs, \(dataset.activities.count) activities, \(dataset.progress.count) progress entries
            """)
        if diagnostics.errorCount > 0 || (strict && diagnostics.warningCount > 0) { throw ExitStatus.dataError.exitCode }
    }
}
