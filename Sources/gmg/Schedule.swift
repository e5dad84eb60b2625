import ArgumentParser
import Foundation
import GMGPublish

/// `gmg schedule`: a systemd service and timer (and a crontab line) for nightly builds.
struct Schedule: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Produce (or install) a systemd service and timer, and a crontab line, for a nightly gmg build.",
        discussion: "The job runs `gmg build --if-changed --wait 600` in the project folder at idle priority."
    )

    @Option(help: "The time of the daily build, HH:MM (24-hour).")
    var at: String

    @Flag(help: "Print the units and the crontab line (the default).")
    var print = false

    @Flag(help: "Write the units to --unit-dir and enable the timer with systemctl.")
    var install = false

    @Option(help: "Where --install writes the units.")
    var unitDir: String = "/etc/systemd/system"

    @Option(help: "The project folder the build runs in (default: the current folder).")
    var workingDirectory: String?

    @Option(help: "Append the build's output to this file instead of the journal.")
    var logFile: String?

    @Option(help: "Builds to keep.")
    var keep: Int = 14

    func validate() throws {
        if print && install { throw ValidationError("Give --print or --install, not both.") }
    }

    func run() throws {
        let units: ScheduleUnits
        do {
            units = try ScheduleUnits(
                name: "gmg-reports", executable: Self.executablePath(),
                workingDirectory: workingDirectory ?? FileManager.default.currentDirectoryPath,
                arguments: ["build", "--if-changed", "--wait", "600", "--keep", String(keep)], at: at,
                environment: ["LANG": "C.UTF-8"], log: logFile.map(ScheduleUnits.LogTarget.file) ?? .journal)
        } catch {
            throw ValidationError("\(error)")
        }
        guard install else {
            Swift.print("# /etc/systemd/system/gmg-reports.service\n\(units.service)\n# /etc/systemd/system/gmg-reports.timer\n\(units.timer)")
            Swift.print("# or, without systemd, this crontab line (crontab -e):\n\(units.crontabLine)")
            return
        }
        let folder = URL(fileURLWithPath: unitDir, isDirectory: true)
        try Data(units.service.utf8).write(to: folder.appendingPathComponent("gmg-reports.service"), options: .atomic)
        try Data(units.timer.utf8).write(to: folder.appendingPathComponent("gmg-reports.timer"), options: .atomic)
        Swift.print("wrote \(folder.path)/gmg-reports.service and gmg-reports.timer")
        let enable = Process()
        enable.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        enable.arguments = ["systemctl", "enable", "--now", "gmg-reports.timer"]
        try enable.run()
        enable.waitUntilExit()
        if enable.terminationStatus != 0 {
            printError("gmg: systemctl could not enable the timer; run `systemctl daemon-reload && systemctl enable --now gmg-reports.timer`")
            throw ExitStatus.outputError.exitCode
        }
    }

    /// The absolute path of this binary, for ExecStart.
    static func executablePath() -> String {
        let link = "/proc/self/exe"
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: link) { return resolved }
        return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
    }
}
