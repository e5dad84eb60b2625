import Foundation
import TestSupport
import Testing

@Suite struct ScheduleTests {
    @Test func printedUnitsRunTheBuildAndPassSystemdAnalyzeVerify() throws {
        let result = try GMGRunner.run(["schedule", "--at", "02:00", "--print"])
        #expect(result.status == 0)
        let parts = result.stdout.components(separatedBy: "# /etc/systemd/system/")
        try #require(parts.count == 3, "unexpected output: \(result.stdout) \(result.stderr)")
        let service = parts[1].replacingOccurrences(of: "gmg-reports.service\n", with: "")
        let timer = parts[2].components(separatedBy: "# or, without systemd")[0].replacingOccurrences(of: "gmg-reports.timer\n", with: "")
        #expect(service.contains("ExecStart=\(GMGRunner.binary.resolvingSymlinksInPath().path) build --if-changed --wait 600 --keep 14"))
        #expect(service.contains("WorkingDirectory=\(GMGRunner.root.path)"))
        #expect(timer.contains("OnCalendar=*-*-* 02:00:00") && timer.contains("Persistent=true"))
        #expect(result.stdout.contains("0 2 * * * cd \(GMGRunner.root.path) && "))

        let folder = Scratch.root.appendingPathComponent("gmg-units-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(service.utf8).write(to: folder.appendingPathComponent("gmg-reports.service"))
        try Data(timer.utf8).write(to: folder.appendingPathComponent("gmg-reports.timer"))
        let verify = try ChildProcess.run(
            ["verify", "--man=no", folder.appendingPathComponent("gmg-reports.service").path,
             folder.appendingPathComponent("gmg-reports.timer").path],
            executable: URL(fileURLWithPath: "/usr/bin/systemd-analyze"))
        #expect(verify.status == 0, "systemd-analyze verify: \(verify.stderr)")
    }

    @Test func aBadTimeIsAUsageError() throws {
        let result = try GMGRunner.run(["schedule", "--at", "25:00"])
        #expect(result.status == 2)
    }
}
