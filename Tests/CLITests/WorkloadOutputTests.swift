import Foundation
import TestSupport
import Testing

/// `gmg workload`'s output folder is replaced whole or not at all; a failure to write is status 5
/// with the path and the system's reason.
@Suite struct WorkloadOutputTests {
    static let input = InterchangeCorpusTests.header + InterchangeCorpusTests.good
        + "A2,MAWP,2015,Data,2,Training,2.1,Train,2015,IOM,UNDP,250.50,planned\n"

    /// A temporary folder with `in.csv` (two activities) and `bad.csv` (a bad row).
    private func folder() throws -> URL {
        let folder = Scratch.root.appendingPathComponent("gmg-workload-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(Self.input.utf8).write(to: folder.appendingPathComponent("in.csv"))
        try Data((Self.input + "A3,MAWP,20x5,Data,2,T,2.2,X,2015,IOM,UNDP,,planned\n").utf8)
            .write(to: folder.appendingPathComponent("bad.csv"))
        return folder
    }

    private func contents(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    @Test func aSecondRunReplacesTheWholeFolder() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out")
        #expect(try GMGRunner.run(["workload", root.appendingPathComponent("in.csv").path, "--out", out.path]).status == 0)
        #expect(try contents(out).keys.contains("report.xlsx"))
        let second = try GMGRunner.run(["workload", root.appendingPathComponent("in.csv").path, "--out", out.path, "--aggregates-only"])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(try contents(out).keys.sorted() == ["by_agency.csv", "by_funding_source.csv", "by_work_stream.csv", "by_year.csv",
                                                    "cube.csv", "funding_by_year.csv", "report.md", "totals.csv"],
                "no file of the first run is left beside the second's")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["bad.csv", "in.csv", "out"])
    }

    @Test func aFailedRunLeavesThePreviousOutputUntouched() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out")
        #expect(try GMGRunner.run(["workload", root.appendingPathComponent("in.csv").path, "--out", out.path]).status == 0)
        let before = try contents(out)
        let failed = try GMGRunner.run(["workload", root.appendingPathComponent("bad.csv").path, "--out", out.path])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("bad.csv:4:3: error: year \"20x5\" is not a whole number from 1900 to 2100"))
        #expect(try contents(out) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["bad.csv", "in.csv", "out"])
    }

    @Test func aFolderOfOtherFilesIsRefusedNotWiped() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try GMGRunner.run(["workload", root.appendingPathComponent("in.csv").path, "--out", root.path])
        #expect(result.status == 5)
        #expect(result.stderr == "gmg: \(root.path): holds \"bad.csv\", which gmg workload does not write; give an empty or new folder (nothing was written)\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["bad.csv", "in.csv"])
    }

    @Test func aFolderThatCannotBeCreatedIsStatus5WithTheSystemsReason() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("in.csv/out")
        let result = try GMGRunner.run(["workload", root.appendingPathComponent("in.csv").path, "--out", out.path])
        #expect(result.status == 5)
        #expect(result.stderr.hasPrefix("gmg: \(root.path)/in.csv/.out.gmg-staging-"), "\(result.stderr)")
        #expect(result.stderr.hasSuffix(": cannot create folder: Not a directory\n"), "\(result.stderr)")
    }

    /// A read-only file system and a full one (tmpfs mounts; needs root, as CI runs).
    @Test(.enabled(if: geteuid() == 0)) func readOnlyAndFullDisksAreStatus5AndLeaveTheOutputUntouched() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let mount = root.appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: mount, withIntermediateDirectories: true)
        guard shell("/bin/mount", "-t", "tmpfs", "-o", "size=64k", "gmg-workload-test", mount.path) == 0 else { return }
        defer { _ = shell("/bin/umount", mount.path) }
        let out = mount.appendingPathComponent("out")
        #expect(try GMGRunner.run(["workload", root.appendingPathComponent("in.csv").path, "--out", out.path]).status == 0)
        let before = try contents(out)
        // Full: 3,000 activities do not fit in what is left of 64 KB.
        let big = root.appendingPathComponent("big.csv")
        var text = InterchangeCorpusTests.header
        for number in 1...3000 { text += "B\(number),MAWP,2014,Data,\(number % 9),Guide to data,1.\(number),Draft a chapter,2014,ILO,KNOMAD,100,planned\n" }
        try Data(text.utf8).write(to: big)
        let full = try GMGRunner.run(["workload", big.path, "--out", out.path])
        #expect(full.status == 5, "\(full.stderr)")
        #expect(full.stderr.contains(mount.path), "\(full.stderr)")
        #expect(try contents(out) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: mount.path) == ["out"])
        // Read-only.
        guard shell("/bin/mount", "-o", "remount,ro", mount.path) == 0 else { return }
        let readOnly = try GMGRunner.run(["workload", root.appendingPathComponent("in.csv").path, "--out", out.path])
        #expect(readOnly.status == 5)
        #expect(readOnly.stderr.hasSuffix(": cannot create folder: Read-only file system\n"), "\(readOnly.stderr)")
        #expect(try contents(out) == before)
    }

    private func shell(_ arguments: String...) -> Int32 {
        let program = URL(fileURLWithPath: arguments[0])
        return (try? ChildProcess.run(Array(arguments.dropFirst()), executable: program))?.status ?? -1
    }
}
