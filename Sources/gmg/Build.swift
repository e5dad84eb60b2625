import ArgumentParser
import Foundation
import GMGDocuments
import GMGPublish
import GMGQuery
import GMGReports
import Logging

/// `gmg build`: every report, published atomically into `out/builds/<stamp>` and `out/latest`.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build every report defined in Reports/ and publish them atomically.",
        discussion: """
        Writes into a staging folder next to OUT/builds and renames it into place only when \
        everything succeeded; OUT/latest then points to it, OUT/index.md lists the reports and \
        OUT/gmg.sqlite is the database. A lock (OUT/.lock) keeps two builds from running at once.
        Exit status: 0 built (or skipped), 1 data errors, 2 usage, 3 query or report definition \
        errors, 4 lock busy, 5 output errors.
        """
    )

    @Option(help: "The output folder.")
    var out: String = "out"

    @Option(help: "How many builds to keep in OUT/builds.")
    var keep: Int = 7

    @Option(help: "Seconds to wait for another build's lock before giving up (status 4).")
    var wait: Int = 0

    @Flag(help: "Skip the build when the inputs and the tool are unchanged since the latest build.")
    var ifChanged = false

    @Option(help: "The exit status of a build skipped by --if-changed (0-125).")
    var skippedStatus: Int32 = 0

    @OptionGroup var workspace: WorkspaceOptions

    func validate() throws {
        if !(1...10_000).contains(keep) { throw ValidationError("--keep must be between 1 and 10000.") }
        if !(0...86_400).contains(wait) { throw ValidationError("--wait must be between 0 and 86400 seconds.") }
        if !(0...125).contains(skippedStatus) {
            throw ValidationError("--skipped-status must be between 0 and 125 (126 and above mean other things to shells).")
        }
    }

    func run() throws {
        let logger = Logging.logger
        let root = URL(fileURLWithPath: out, isDirectory: true)
        try OutputError.createFolder(root.path)
        let lock = BuildLock(directory: root, logger: logger)
        try lock.acquire(wait: .seconds(wait))
        defer { lock.release() }
        try BuildRun(build: self, root: root, lock: lock, logger: logger).run()
    }
}

/// One locked build run: the skip check, the build itself and the publication.
private struct BuildRun {
    let build: Build
    let root: URL
    let lock: BuildLock
    let logger: Logger

    func run() throws {
        let clock = ContinuousClock()
        let started = clock.now
        let publisher = AtomicPublisher(root: root, logger: logger)
        let inputs = try InputFiles(workspace: build.workspace).digests()
        if build.ifChanged, let latest = publisher.latestBuild,
           let previous = try? Manifest.load(from: latest.appendingPathComponent(Manifest.fileName)),
           Manifest.inputsUnchanged(previous: previous, current: inputs, toolVersion: toolVersion) {
            logger.info("skipped: inputs unchanged", metadata: ["build.latest": "\(latest.path)"])
            print("unchanged since \(latest.path): skipped")
            throw ExitCode(ExitStatus.skippedUnchanged.code(skippedStatus: build.skippedStatus))
        }
        let session = try build.workspace.open()
        try showing("checking the saved queries") {
            for query in session.queries.queries { try session.database.compile(query) }
        }
        let loaded = clock.now
        var builder = session.builder
        let conversions = ConversionCache(previous: publisher.latestBuild)
        builder.conversions = conversions
        let site = SiteBuild(database: session.database, queries: session.queries, reports: session.reports, builder: builder)
        var built: [BuiltReport] = []
        let published: URL
        do {
            let stamp = AtomicPublisher.stamp(for: Date())
            published = try publisher.publishWithRootEntries(stamp: stamp, keep: build.keep, lock: lock) { folder in
                built = try site.build(into: folder, previous: publisher.latestBuild) { phase, detail in
                    ProgressLine.shared?.begin(phase, detail: detail)
                }
                ProgressLine.shared?.begin("publishing")
                let timings = ["load": (loaded - started).seconds, "reports": (clock.now - loaded).seconds]
                let manifest = Manifest(toolVersion: toolVersion, inputs: inputs, reports: built.map(\.baseName),
                                        outputs: try FileDigest.hashTree(folder), timings: timings)
                try manifest.write(to: folder.appendingPathComponent(Manifest.fileName))
                return OutputLinks.entries(built: built, definitions: session.reports.reports, date: session.builder.date)
            }
        } catch let error where !(error is PublishError || error is ReportError || error is QueryError) {
            throw NothingPublished(cause: error)
        }
        logger.info("built", metadata: ["build.folder": "\(published.path)", "build.reports": "\(built.count)",
                                        "build.documents.converted": "\(conversions.counts.converted)",
                                        "build.documents.reused": "\(conversions.counts.reused)",
                                        "build.seconds": "\((clock.now - started).seconds)"])
        ProgressLine.shared?.end()
        print("built \(built.count) reports into \(published.path)")
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
