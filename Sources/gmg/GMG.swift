import ArgumentParser

/// The `gmg` command: reports from the Global Migration Group's work plans.
struct GMG: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gmg",
        abstract: "Reports and analytics from the Global Migration Group's work plans.",
        version: toolVersion,
        subcommands: [Check.self, Query.self, Report.self, Build.self, Schedule.self, DB.self, Workload.self, Returns.self]
    )
}

/// The version written into manifests and `--version`.
let toolVersion = "0.1.0"
