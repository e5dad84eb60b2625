import Foundation
import TestSupport
import Testing

@testable import GMGPublish

/// Runs `systemd-analyze verify` on the units written into a fresh folder; returns its status and stderr.
func verify(_ units: ScheduleUnits) throws -> ChildProcess.Output {
    let folder = try temporaryDirectory()
    let files = try units.write(into: folder)
    return try run("/usr/bin/systemd-analyze", ["verify", "--man=no"] + files.map(\.path))
}

/// Runs a crontab line as cron would: drops the five time fields, turns `\%` into `%` and an
/// unescaped `%` into the end of the command (Vixie cron's rule), and hands the rest to `/bin/sh -c`.
func runAsCron(_ line: String) throws -> ChildProcess.Output {
    let fields = line.split(separator: " ", maxSplits: 5, omittingEmptySubsequences: false)
    var command = ""
    var escaped = false
    for character in fields[5] {
        if escaped {
            if character != "%" { command.append("\\") }
            command.append(character)
            escaped = false
        } else if character == "\\" {
            escaped = true
        } else if character == "%" {
            break
        } else {
            command.append(character)
        }
    }
    if escaped { command.append("\\") }
    return try run("/bin/sh", ["-c", command], environment: ["PATH": "/usr/bin:/bin"])
}

@Suite(.cleanTemporaryFiles) struct ScheduleUnitsTests {
    static let plain = try! ScheduleUnits(
        executable: "/usr/local/bin/gmg", workingDirectory: "/srv/gmg",
        arguments: ["build", "--if-changed", "--keep", "14"], at: "2:00",
        environment: ["LANG": "C.UTF-8", "GMG_OUT": "/srv/gmg/out"], randomizedDelay: .seconds(300))

    @Test func serviceAndTimerText() {
        #expect(
            Self.plain.service == """
                # Written by gmg schedule: the nightly build of the GMG reports.
                [Unit]
                Description=GMG reports: build in /srv/gmg

                [Service]
                Type=oneshot
                WorkingDirectory=/srv/gmg
                ExecStart=/usr/local/bin/gmg build --if-changed --keep 14
                Environment="GMG_OUT=/srv/gmg/out"
                Environment="LANG=C.UTF-8"
                StandardOutput=journal
                StandardError=journal
                SyslogIdentifier=gmg-build
                Nice=19
                IOSchedulingClass=idle
                TimeoutStartSec=3600

                """)
        #expect(
            Self.plain.timer == """
                # Written by gmg schedule: the nightly build of the GMG reports.
                [Unit]
                Description=GMG reports: daily build at 02:00

                [Timer]
                OnCalendar=*-*-* 02:00:00
                Persistent=true
                RandomizedDelaySec=300
                Unit=gmg-build.service

                [Install]
                WantedBy=timers.target

                """)
        #expect(Self.plain.serviceFileName == "gmg-build.service" && Self.plain.timerFileName == "gmg-build.timer")
    }

    @Test func crontabLineText() throws {
        #expect(
            Self.plain.crontabLine
                == "0 2 * * * cd /srv/gmg && GMG_OUT=/srv/gmg/out LANG=C.UTF-8 exec nice -n 19 ionice -c 3 "
                + "systemd-cat --identifier=gmg-build /usr/local/bin/gmg build --if-changed --keep 14")
        let toFile = try ScheduleUnits(
            executable: "/opt/gmg/bin/gmg", workingDirectory: "/srv/gmg", arguments: ["build"], at: "23:59",
            log: .file("/var/log/gmg build.log"))
        #expect(
            toFile.crontabLine
                == "59 23 * * * cd /srv/gmg && exec nice -n 19 ionice -c 3 /opt/gmg/bin/gmg build "
                + ">>'/var/log/gmg build.log' 2>&1")
        let target = "append:/var/log/gmg build.log"
        #expect(toFile.service.contains("\nStandardOutput=\(target)\nStandardError=\(target)\n"))
        #expect(!toFile.service.contains("SyslogIdentifier"))
    }

    @Test func plainUnitsPassSystemdAnalyzeVerify() throws {
        let units = try ScheduleUnits(
            executable: "/bin/true", workingDirectory: "/tmp", arguments: ["build", "--keep", "7"], at: "02:00",
            environment: ["LANG": "C.UTF-8"], randomizedDelay: .seconds(600))
        let result = try verify(units)
        #expect(result.status == 0 && result.stderr.isEmpty, "systemd-analyze verify: \(result.stderr)")
    }

    @Test func awkwardPathsArgumentsAndValuesPassVerifyAndRunVerbatimFromCron() throws {
        let base = try temporaryDirectory()
        let awkward = #"a b 'c' "d" %h $HOME \x ; é"#
        let binFolder = base.appendingPathComponent("bin a b %h $HOME ; é")  // systemd refuses quotes and \ there.
        let workFolder = base.appendingPathComponent("work \(awkward)")
        try FileManager.default.createDirectory(at: binFolder, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: workFolder, withIntermediateDirectories: true)
        let tool = binFolder.appendingPathComponent("gmg %n")
        let script = "#!/bin/sh\npwd\nprintf '%s\\n' \"$GMG_NOTE\" \"$#\"\nprintf '[%s]\\n' \"$@\"\n"
        try Data(script.utf8).write(to: tool)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: tool.path)
        let arguments = ["build", awkward, "", ";", "100%", #"a\%b"#, "--out=$HOME/%%", "#x"]
        let log = base.appendingPathComponent("log \(awkward).txt")
        let units = try ScheduleUnits(
            executable: tool.path, workingDirectory: workFolder.path, arguments: arguments, at: "04:30",
            environment: ["GMG_NOTE": awkward], log: .file(log.path))

        let verified = try verify(units)
        #expect(verified.status == 0 && verified.stderr.isEmpty, "systemd-analyze verify: \(verified.stderr)")

        let cron = try runAsCron(units.crontabLine)
        #expect(cron.status == 0, "\(units.crontabLine): \(cron.stderr)")
        let expected = [workFolder.path, awkward, "\(arguments.count)"] + arguments.map { "[\($0)]" }
        #expect(try text(log) == expected.joined(separator: "\n") + "\n")
    }

    @Test func verifyReportsProblemsSoTheCheckAboveMeansSomething() throws {
        let folder = try temporaryDirectory()
        let unit = folder.appendingPathComponent("broken.service")
        try Data("[Service]\nType=oneshot\nExecStart=/bin/true\nNice=abc\n".utf8).write(to: unit)
        let result = try run("/usr/bin/systemd-analyze", ["verify", "--man=no", unit.path])
        #expect(result.stderr.contains("Failed to parse nice priority 'abc'"))
    }

    @Test(arguments: ["24:00", "02:60", "2:5", "0200", "ab:cd", "", "02:00:00", "-1:00", "٠٢:٠٠"])
    func rejectsInvalidTimes(time: String) {
        #expect(throws: ScheduleError.invalidTime(time)) {
            try ScheduleUnits(executable: "/bin/true", workingDirectory: "/tmp", arguments: [], at: time)
        }
    }

    @Test func rejectsValuesNoUnitCanCarry() {
        func units(
            name: String = "gmg-build", executable: String = "/bin/true", workingDirectory: String = "/tmp",
            arguments: [String] = [], environment: [String: String] = [:], log: ScheduleUnits.LogTarget = .journal,
            timeout: Duration = .seconds(60)
        ) throws {
            _ = try ScheduleUnits(
                name: name, executable: executable, workingDirectory: workingDirectory, arguments: arguments,
                at: "02:00", environment: environment, log: log, timeout: timeout)
        }
        #expect(throws: ScheduleError.notAbsolute(what: "executable", path: "gmg")) { try units(executable: "gmg") }
        #expect(throws: ScheduleError.notAbsolute(what: "working directory", path: ".")) {
            try units(workingDirectory: ".")
        }
        #expect(throws: ScheduleError.notAbsolute(what: "log file", path: "x.log")) { try units(log: .file("x.log")) }
        #expect(throws: ScheduleError.self) { try units(arguments: ["a\nb"]) }
        #expect(throws: ScheduleError.controlCharacter(what: "value of X")) { try units(environment: ["X": "a\tb"]) }
        #expect(throws: ScheduleError.invalidVariableName("1X")) { try units(environment: ["1X": ""]) }
        #expect(throws: ScheduleError.invalidVariableName("A-B")) { try units(environment: ["A-B": ""]) }
        #expect(throws: ScheduleError.invalidUnitName("a/b")) { try units(name: "a/b") }
        #expect(throws: ScheduleError.unsafeExecutable("/opt/it's/gmg")) { try units(executable: "/opt/it's/gmg") }
        #expect(throws: ScheduleError.invalidDuration(what: "timeout")) { try units(timeout: .milliseconds(1500)) }
        #expect(
            "\(ScheduleError.invalidTime("25:00"))" == "Invalid time \"25:00\": use HH:MM, 24-hour (00:00 to 23:59).")
    }
}
