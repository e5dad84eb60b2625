import Foundation
import TestSupport
import Testing

/// `gmg build` as an unattended job: atomic, locked, skippable, reproducible, with CHANGES.md.
@Suite(.serialized) struct NightlyBuildTests {
    private func files(in link: URL) throws -> [String: Data] {
        let folder = link.resolvingSymlinksInPath()
        var result: [String: Data] = [:]
        let walk = FileManager.default.enumerator(atPath: folder.path)!
        for case let path as String in walk {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory),
               !isDirectory.boolValue { result[path] = try Data(contentsOf: folder.appendingPathComponent(path)) }
        }
        return result
    }

    private func withoutTimings(_ data: Data) throws -> NSDictionary {
        let object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        return object.filter { $0.key != "timings" } as NSDictionary
    }

    private func latest(_ folder: URL) -> String? {
        try? FileManager.default.destinationOfSymbolicLink(atPath: folder.appendingPathComponent("out/latest").path)
    }

    @Test func absoluteInputFoldersAreReadWhereTheyAre() throws {
        let folder = try GMGRunner.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let elsewhere = Scratch.root
        let arguments = ["build", "--data", folder.appendingPathComponent("Data").path,
                         "--queries", folder.appendingPathComponent("Queries").path,
                         "--reports", folder.appendingPathComponent("Reports").path,
                         "--out", folder.appendingPathComponent("out").path, "--if-changed"]
        let first = try GMGRunner.run(arguments, in: elsewhere)
        #expect(first.status == 0, "\(first.stderr)")
        let manifest = try String(contentsOf: folder.appendingPathComponent("out/latest/manifest.json"), encoding: .utf8)
        #expect(manifest.contains(folder.appendingPathComponent("Data/activities.csv").path))
        let second = try GMGRunner.run(arguments, in: elsewhere)
        #expect(second.status == 0 && second.stdout.contains("skipped"), "\(second.stdout + second.stderr)")
    }

    @Test func twoBuildsOfTheSameInputAreByteIdenticalApartFromTimings() throws {
        let one = try GMGRunner.workspace(), two = try GMGRunner.workspace()
        defer { [one, two].forEach { try? FileManager.default.removeItem(at: $0) } }
        #expect(try GMGRunner.run(["build"], in: one).status == 0)
        #expect(try GMGRunner.run(["build"], in: two).status == 0)
        let first = try files(in: one.appendingPathComponent("out/latest"))
        let second = try files(in: two.appendingPathComponent("out/latest"))
        #expect(first.keys.sorted() == second.keys.sorted())
        #expect(first.keys.contains("annual-2014.xlsx") && first.keys.contains("index.md") && first.keys.contains("gmg.sqlite"))
        for (path, data) in first where path != "manifest.json" && path != "gmg.sqlite" {
            #expect(second[path] == data, "\(path) differs")
        }
        #expect(try withoutTimings(first["manifest.json"]!) == withoutTimings(second["manifest.json"]!))
        #expect(FileManager.default.fileExists(atPath: one.appendingPathComponent("out/index.md").path))
    }

    @Test func anUnchangedInputIsSkippedAndAChangedOneIsSummarised() throws {
        let folder = try GMGRunner.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try GMGRunner.run(["build", "--if-changed"], in: folder).status == 0)
        let first = latest(folder)
        let skipped = try GMGRunner.run(["build", "--if-changed", "--skipped-status", "10"], in: folder)
        #expect(skipped.status == 10)
        #expect(skipped.stdout.contains("skipped"))
        #expect(latest(folder) == first)

        let progress = folder.appendingPathComponent("Data/progress.csv")
        var text = try String(contentsOf: progress, encoding: .utf8)
        text += "mawp-2014-data-research-o1-a1,in-progress,2015-02-12,guide under way,\"priorities-2015-slides: test\"\n"
        try Data(text.utf8).write(to: progress)
        let activities = folder.appendingPathComponent("Data/activities.csv")
        let rows = try String(contentsOf: activities, encoding: .utf8)
        try Data(rows.replacingOccurrences(of: ",January-October 2014,", with: ",January-November 2014,").utf8).write(to: activities)

        let changed = try GMGRunner.run(["build", "--if-changed"], in: folder)
        #expect(changed.status == 0)
        #expect(latest(folder) != first)
        let changes = try String(contentsOf: folder.appendingPathComponent("out/latest/CHANGES.md"), encoding: .utf8)
        #expect(changes.contains("137 records before, 137 after: 0 added, 0 removed, 2 changed, 135 unchanged."))
        #expect(changes.contains("| mawp-2014-data-research-o1-a1"))
        #expect(changes.contains("| status | not reported | in-progress |"))
        #expect(changes.contains("| time\\_frame | January-October 2014 | January-November 2014 |"))
        #expect(changes.contains("| status in-progress | — | 1 |"))
    }

    @Test func aHeldLockMakesTheSecondBuildWaitOrExitWithStatus4() throws {
        let folder = try GMGRunner.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        holder.arguments = [out.appendingPathComponent(".lock").path, "sleep", "3"]
        try holder.run()
        defer { holder.terminate() }
        Thread.sleep(forTimeInterval: 0.3)
        let busy = try GMGRunner.run(["build"], in: folder)
        #expect(busy.status == 4)
        #expect(busy.stderr.contains("lock"))
        let waited = try GMGRunner.run(["build", "--wait", "20"], in: folder)
        #expect(waited.status == 0)
    }

    @Test func concurrentBuildsNeverInterleave() throws {
        let folder = try GMGRunner.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let runs = try (0..<3).map { _ in try GMGRunner.start(["build", "--wait", "60"], in: folder) }
        let results = runs.map { $0.finish() }
        #expect(results.allSatisfy { $0.status == 0 })
        let builds = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out/builds").path)
        #expect(builds.count == 3)
        for build in builds {
            let manifestURL = folder.appendingPathComponent("out/builds/\(build)/manifest.json")
            let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: manifestURL)) as! [String: Any]
            let outputs = manifest["outputs"] as! [[String: Any]]
            let present = try files(in: folder.appendingPathComponent("out/builds/\(build)"))
            #expect(outputs.count == present.count - 1, "build \(build) has files another run wrote")
        }
    }

    @Test func aBuildKilledMidwayLeavesThePreviousBuildIntact() throws {
        let folder = try GMGRunner.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try GMGRunner.run(["build"], in: folder).status == 0)
        let before = latest(folder)
        let index = try Data(contentsOf: folder.appendingPathComponent("out/latest/index.md"))
        for delay in [0.05, 0.2, 0.4] {
            let started = try GMGRunner.start(["build"], in: folder)
            Thread.sleep(forTimeInterval: delay)
            kill(started.process.processIdentifier, SIGKILL)
            _ = started.finish()
            let now = latest(folder)
            if now == before {
                #expect(try Data(contentsOf: folder.appendingPathComponent("out/latest/index.md")) == index)
            } else {
                #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/latest/manifest.json").path))
            }
        }
        #expect(try GMGRunner.run(["build"], in: folder).status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path)
            .filter { $0.hasPrefix(".staging") }
        #expect(leftovers.isEmpty)
    }

    @Test func anUnwritableOutputFailsCleanlyWithNothingPublished() throws {
        let folder = try GMGRunner.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try GMGRunner.run(["build"], in: folder).status == 0)
        let before = latest(folder)
        let builds = folder.appendingPathComponent("out/builds")
        let moved = folder.appendingPathComponent("builds-away")
        try FileManager.default.moveItem(at: builds, to: moved)
        try Data("not a folder".utf8).write(to: builds)
        let result = try GMGRunner.run(["build"], in: folder)
        #expect(result.status == 5)
        #expect(result.stderr.contains("Not a directory; nothing was published and the previous build is untouched."))
        #expect(latest(folder) == before)
        let blocked = try GMGRunner.run(["build", "--out", folder.appendingPathComponent("Data/plans.csv/out").path], in: folder)
        #expect(blocked.status == 5)
        #expect(blocked.stderr.contains("cannot create the output folder"))
    }

    @Test func oldBuildsArePruned() throws {
        let folder = try GMGRunner.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        for _ in 0..<3 { #expect(try GMGRunner.run(["build", "--keep", "2"], in: folder).status == 0) }
        let builds = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out/builds").path)
        #expect(builds.count == 2)
        #expect(builds.contains(URL(fileURLWithPath: latest(folder)!).lastPathComponent))
    }
}
