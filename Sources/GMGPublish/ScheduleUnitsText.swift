extension ScheduleUnits {
    /// The `.service` unit: a oneshot build at idle priority, in the working directory, with the environment.
    public var service: String {
        let program = UnitEscaping.execWord(executable, isExecutable: true)
        let words = [program] + arguments.map { UnitEscaping.execWord($0) }
        var lines = [
            "# Written by gmg schedule: the nightly build of the GMG reports.",
            "[Unit]",
            "Description=GMG reports: build in \(UnitEscaping.verbatim(workingDirectory))",
            "",
            "[Service]",
            "Type=oneshot",
            "WorkingDirectory=\(UnitEscaping.verbatim(workingDirectory))",
            "ExecStart=\(words.joined(separator: " "))",
        ]
        for (variable, value) in environment.sorted(by: { $0.key < $1.key }) {
            lines.append("Environment=\(UnitEscaping.environment(variable, value))")
        }
        switch log {
        case .journal:
            lines += ["StandardOutput=journal", "StandardError=journal", "SyslogIdentifier=\(name)"]
        case .file(let path):
            let target = "append:\(UnitEscaping.verbatim(path))"
            lines += ["StandardOutput=\(target)", "StandardError=\(target)"]
        }
        lines += ["Nice=19", "IOSchedulingClass=idle", "TimeoutStartSec=\(timeoutSeconds)", ""]
        return lines.joined(separator: "\n")
    }

    /// The `.timer` unit: starts the service daily at ``time``, catching up on a missed run at boot.
    public var timer: String {
        var lines = [
            "# Written by gmg schedule: the nightly build of the GMG reports.",
            "[Unit]",
            "Description=GMG reports: daily build at \(time)",
            "",
            "[Timer]",
            "OnCalendar=*-*-* \(time):00",
            "Persistent=true",
        ]
        if let randomizedDelaySeconds { lines.append("RandomizedDelaySec=\(randomizedDelaySeconds)") }
        lines += ["Unit=\(serviceFileName)", "", "[Install]", "WantedBy=timers.target", ""]
        return lines.joined(separator: "\n")
    }

    /// The same schedule as one crontab line (no trailing newline), for hosts without systemd timers.
    ///
    /// It changes to the working directory, sets the environment, runs the build at idle CPU and
    /// I/O priority, and appends both output streams to the log file (or hands them to the journal
    /// through `systemd-cat`). Cron runs with a minimal `PATH`, hence the absolute binary path.
    public var crontabLine: String {
        let assignments = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\(UnitEscaping.shellWord($0.value))" }
        let build = ([executable] + arguments).map(UnitEscaping.shellWord)
        var words = ["cd", UnitEscaping.shellWord(workingDirectory), "&&"] + assignments
        words += ["exec", "nice", "-n", "19", "ionice", "-c", "3"]
        switch log {
        case .journal:
            words += ["systemd-cat", "--identifier=\(name)"] + build
        case .file(let path):
            words += build + [">>\(UnitEscaping.shellWord(path))", "2>&1"]
        }
        return "\(minute) \(hour) * * * " + UnitEscaping.cronCommand(words.joined(separator: " "))
    }
}
