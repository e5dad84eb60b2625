import ArgumentParser

/// `gmg db`: the embedded database as a file.
struct DB: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Work with the embedded SQLite database.",
        subcommands: [Export.self]
    )

    /// `gmg db export PATH`.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write the database to a SQLite file for any SQLite client.")

        @Argument(help: "The SQLite file to write (replaced if it exists).")
        var path: String

        @OptionGroup var data: DataOptions

        @Option(help: ArgumentHelp("Export an activities interchange CSV's database instead.", valueName: "file.csv"))
        var interchange: String?

        func run() throws {
            try Session.database(data, interchange: interchange).export(to: path)
            print("wrote \(path)")
        }
    }
}
