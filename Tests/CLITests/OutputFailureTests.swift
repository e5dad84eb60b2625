import Foundation
import TestSupport
import Testing

/// Every failure to write output is status 5 with the path and the system's reason, and a failed
/// `gmg build` leaves `latest`, `index.md` and the output folder exactly as they were.
@Suite(.serialized) struct OutputFailureTests {
    /// Small tmpfs mounts for real full-disk and read-only file systems (root with CAP_SYS_ADMIN).
    enum Mount {
        static let available: Bool = {
            guard geteuid() == 0 else { return false }
            let probe = Scratch.root.appendingPathComponent("gmg-mount-\(UUID().uuidString)")
            guard (try? FileManager.default.createDirectory(at: probe, withIntermediateDirectories: true)) != nil else { return false }
            defer { try? FileManager.default.removeItem(at: probe) }
            guard (try? tmpfs(probe, options: "size=64k")) != nil else { return false }
            unmount(probe)
            return true
        }()

        static func tmpfs(_ folder: URL, options: String) throws {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try mountCommand(["-t", "tmpfs", "-o", options, "gmg-output-test", folder.path])
        }

        static func remount(_ folder: URL, options: String) throws {
            try mountCommand(["-o", "remount," + options, folder.path])
        }

        static func unmount(_ folder: URL) {
            _ = try? ChildProcess.run([folder.path], executable: URL(fileURLWithPath: "/bin/umount"))
        }

        /// Kilobytes in use on the file system of `folder`.
        static func usedKilobytes(_ folder: URL) throws -> Int {
            let attributes = try FileManager.default.attributesOfFileSystem(forPath: folder.path)
            let size = (attributes[.systemSize] as? NSNumber)?.intValue ?? 0
            let free = (attributes[.systemFreeSize] as? NSNumber)?.intValue ?? 0
            return (size - free) / 1024
        }

        private static func mountCommand(_ arguments: [String]) throws {
            guard try ChildProcess.run(arguments, executable: URL(fileURLWithPath: "/bin/mount")).status == 0 else {
                throw MountFailure()
            }
        }

        struct MountFailure: Error {}
    }

    private func latest(_ out: URL) -> String? {
        try? FileManager.default.destinationOfSymbolicLink(atPath: out.appendingPathComponent("latest").path)
    }

    /// The entries of the output folder, hidden ones included.
    private func entries(_ out: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []).sorted()
    }

    @Test(.enabled(if: Mount.available)) func aFullDiskAtAnyMomentOfTheBuildLeavesThePreviousBuild() throws {
        let folder = try GMGRunner.workspace()
        let out = folder.appendingPathComponent("out")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Mount.tmpfs(out, options: "size=32m")
        let base = try Mount.usedKilobytes(out)
        #expect(try GMGRunner.run(["build", "--date", "2020-01-01"], in: folder).status == 0)
        let oneBuild = try Mount.usedKilobytes(out) - base
        Mount.unmount(out)
        var outcomes: [Int32] = []
        for fraction in [0.0, 0.02, 0.1, 0.3, 0.5, 0.7, 0.9, 0.97, 0.99, 1.0, 1.2] {
            try Mount.tmpfs(out, options: "size=32m")
            defer { Mount.unmount(out) }
            #expect(try GMGRunner.run(["build", "--date", "2020-01-01"], in: folder).status == 0)
            let before = latest(out), index = try Data(contentsOf: out.appendingPathComponent("index.md"))
            let entriesBefore = entries(out), builds = entries(out.appendingPathComponent("builds"))
            try Mount.remount(out, options: "size=\(try Mount.usedKilobytes(out) + Int(Double(oneBuild) * fraction))k")
            let result = try GMGRunner.run(["build", "--date", "2021-01-01"], in: folder)
            outcomes.append(result.status)
            let newIndex = try Data(contentsOf: out.appendingPathComponent("index.md"))
            if result.status == 0 {
                #expect(latest(out) != before)
                #expect(String(decoding: newIndex, as: UTF8.self).contains("Built 2021-01-01"))
            } else {
                #expect(result.status == 5, "\(fraction): \(result.stderr)")
                let message = result.stderr.split(separator: "\n").last { $0.hasPrefix("gmg: ") } ?? ""
                #expect(message.contains(out.path) && (message.contains("No space left on device") || message.contains("disk is full")
                                                       || message.contains("Disk full")), "\(fraction): \(message)")
                #expect(latest(out) == before, "\(fraction)")
                #expect(newIndex == index, "\(fraction)")
                #expect(entries(out) == entriesBefore, "\(fraction)")
                #expect(entries(out.appendingPathComponent("builds")) == builds, "\(fraction)")
            }
        }
        #expect(outcomes.contains(5) && outcomes.contains(0), "\(outcomes)")
    }

    @Test(.enabled(if: Mount.available)) func aReadOnlyOutputFolderIsStatus5ForEveryCommandThatWrites() throws {
        let folder = try GMGRunner.workspace()
        let out = folder.appendingPathComponent("out")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Mount.tmpfs(out, options: "size=8m")
        defer { Mount.unmount(out) }
        try Mount.remount(out, options: "ro")
        let runs: [([String], String)] = [
            (["build"], "gmg: Cannot open the lock file \(out.path)/.lock: Read-only file system."),
            (["report", "funding", "--out", "out/funding"], "gmg: cannot create the output folder \(out.path)/funding: Read-only file system"),
            (["query", "totals", "--format", "csv", "-o", "out/totals.csv"], "gmg: cannot open \(out.path)/totals.csv: Read-only file system"),
            (["query", "totals", "--format", "markdown", "-o", "out/totals.md"], "out/totals.md"),
            (["query", "totals", "--format", "json", "-o", "out/totals.json"], "gmg: cannot write "),
            (["query", "totals", "--format", "xlsx", "-o", "out/totals.xlsx"], "gmg: workbook \"\(out.path)/totals.xlsx\": "),
            (["db", "export", "out/gmg.sqlite"], "gmg: cannot write the database to out/gmg.sqlite: "),
        ]
        for (arguments, message) in runs {
            let result = try GMGRunner.run(arguments, in: folder)
            #expect(result.status == 5, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("Fatal error"))
        }
        #expect(entries(out).isEmpty)
    }

    @Test(.enabled(if: Mount.available)) func aFullDiskIsStatus5ForReportQueryAndExport() throws {
        let folder = try GMGRunner.workspace()
        let out = folder.appendingPathComponent("out")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Mount.tmpfs(out, options: "size=16k")
        defer { Mount.unmount(out) }
        for arguments in [["report", "annual", "--out", "out"], ["query", "activities", "--format", "csv", "-o", "out/a.csv"],
                          ["query", "activities", "--format", "xlsx", "-o", "out/a.xlsx"], ["db", "export", "out/gmg.sqlite"]] {
            let result = try GMGRunner.run(arguments, in: folder)
            #expect(result.status == 5, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("No space left on device") || result.stderr.contains("disk is full"), "\(arguments): \(result.stderr)")
        }
    }

    @Test func aFileInTheWayIsStatus5() throws {
        let folder = try GMGRunner.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("a file".utf8).write(to: folder.appendingPathComponent("blocked"))
        let build = try GMGRunner.run(["build", "--out", "blocked/out"], in: folder)
        #expect(build.status == 5)
        #expect(build.stderr == "gmg: cannot create the output folder \(folder.path)/blocked: Not a directory\n")
        let report = try GMGRunner.run(["report", "funding", "--out", "blocked"], in: folder)
        #expect(report.status == 5)
        #expect(report.stderr.hasPrefix("gmg: cannot create the output folder"))
        let query = try GMGRunner.run(["query", "totals", "--format", "csv", "-o", "blocked/x.csv"], in: folder)
        #expect(query.status == 5)
        #expect(query.stderr == "gmg: cannot open \(folder.path)/blocked/x.csv: Not a directory\n")
        let export = try GMGRunner.run(["db", "export", "blocked/x.sqlite"], in: folder)
        #expect(export.status == 5)
        #expect(export.stderr.hasPrefix("gmg: cannot write the database to blocked/x.sqlite: "))
    }

    @Test func outOfRangeOptionsAreUsageErrors() throws {
        for arguments in [["build", "--skipped-status", "300"], ["build", "--skipped-status=-1"], ["build", "--keep=-1"], ["build", "--keep", "0"],
                          ["build", "--wait=-5"], ["build", "--keep", "99999999999999999999"], ["query", "--time-limit", "0", "--sql", "SELECT 1"]] {
            let result = try GMGRunner.run(arguments)
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(result.stderr.hasPrefix("Error: "), "\(arguments): \(result.stderr)")
        }
    }

    @Test func aClosedStandardOutputIsStatus5NotASignal() throws {
        let process = Process()
        process.executableURL = GMGRunner.binary
        process.arguments = ["query", "activities", "--format", "csv"]
        process.currentDirectoryURL = GMGRunner.root
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        try pipe.fileHandleForReading.close()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 5)
    }
}
