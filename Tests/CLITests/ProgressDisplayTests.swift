import Foundation
import Testing

/// `gmg build` and `gmg query` show what they are doing on a terminal's standard error, and never
/// when standard error is a file, a pipe or a log.
@Suite struct ProgressDisplayTests {
    @Test func aTerminalSeesTheProgressLineAndAFileDoesNot() throws {
        let folder = try GMGRunner.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("totals.csv").path
        // script(1) gives the command a terminal and records what it wrote there.
        let typescript = folder.appendingPathComponent("typescript").path
        let command = "\(GMGRunner.binary.path) query totals -o \(csv)"
        let onTerminal = try GMGRunner.runProgram(["env", "-u", "CI", "TERM=xterm", "script", "-qec", command, typescript], in: folder)
        #expect(onTerminal.status == 0, "\(onTerminal.stderr)")
        let shown = try String(contentsOf: URL(fileURLWithPath: typescript), encoding: .utf8)
        #expect(shown.contains("\r\u{1B}[Kgmg query 0 s  reading and checking Data"))
        #expect(shown.contains("\r\u{1B}[Kgmg query 0 s  loading the data into the database"))
        #expect(shown.contains("running the query into \(csv)"))
        // The line is cleared when the command ends.
        #expect(shown.components(separatedBy: "\u{1B}[K").last?.contains("gmg query") == false)

        let toFile = try GMGRunner.run(["query", "totals", "-o", csv], in: folder, environment: ["TERM": "xterm"])
        #expect(toFile.status == 0)
        #expect(toFile.stderr.isEmpty)
        let build = try GMGRunner.run(["build", "--out", folder.appendingPathComponent("out").path], in: folder)
        #expect(build.status == 0)
        #expect(!build.stderr.contains("\u{1B}") && !build.stderr.contains("\r"))
    }
}
