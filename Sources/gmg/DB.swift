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

        func run() throws {
            try Session.database(data).export(to: path)
            print("wrote \(path)")
        }
    }
}
