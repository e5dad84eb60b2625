import ArgumentParser
import Foundation
import GMGReports

/// `gmg report NAME`: builds one report.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build one report defined in Reports/NAME.toml.",
        discussion: "Examples: gmg report annual --param term=2014; gmg report coming-up --param from=2014-01-01 --param to=2014-06-30"
    )

    @Argument(help: "The report's name (its file name without .toml).")
    var name: String

    @Option(name: .customLong("param"), help: ArgumentHelp("A report parameter as name=value (repeatable).", valueName: "name=value"))
    var parameters: [String] = []

    @Option(help: "The output folder (created if missing).")
    var out: String = "out"

    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
        let session = try workspace.open()
        let definition = try session.reports.report(named: name)
        let values = try session.builder.resolveParameters(definition, given: try ParameterList.parse(parameters))
        let directory = URL(fileURLWithPath: out, isDirectory: true)
        try OutputError.createFolder(directory.path)
        let built = try session.builder.build(definition, parameters: values, into: directory)
        for file in built.files { print(directory.appendingPathComponent(file).path) }
    }
}
