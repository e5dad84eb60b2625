import ArgumentParser
import GMGData
import GMGPublish

/// `gmg check`: validates the data folder and prints diagnostics.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate the data folder.",
        discussion: """
        Prints one line per finding as `file:line:column: error|warning: message (column name)` \
        (the line of the offending text, its CSV column number, and the column's name where the \
        message does not say it), every finding of every file in one run, then a summary. Exit \
        status: 0 clean, 1 errors (or warnings with --strict), 2 usage errors.

        Recording progress by hand: add a row to Data/progress.csv (activity,status,as_of,note,source; \
        the activity is the Ref. shown in the reports) and run gmg check. A mistyped name is \
        reported with the closest known one ('unknown activity "mawp-2014-decent-work-o2-a9"; did \
        you mean "mawp-2014-decent-work-o2-a1"?'), for activities, agencies, funding sources, \
        outputs, plans, work streams and groups alike. A status in another case or with a space \
        ('Delivered', 'In progress') is read with a warning saying how to write it. A lead may be \
        a working group's or task force's name as well as its id.

        Refused as errors: CSV that is not clean text (NUL byte, invalid UTF-8, stray or unclosed \
        quote, named by line and character), text longer than a spreadsheet cell (32,767 \
        characters), amounts over 1,000,000,000,000, days that do not exist (30 Feb 2014, \
        2014-02-30), two agencies with one id or acronym (or acronyms giving one file name), part_of cycles, two confirmed chairs in \
        one half-year.
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
