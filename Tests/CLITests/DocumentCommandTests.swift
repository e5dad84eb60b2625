import Foundation
import Testing

/// `gmg report` and `gmg build` with PDF and Word outputs: a missing converter stops the build with
/// exit status 5 and names the Debian package, before anything is published.
@Suite(.serialized) struct DocumentCommandTests {
    @Test func aMissingConverterFailsTheBuildAndNamesThePackage() throws {
        let folder = try GMGRunner.workspace(documents: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = folder.appendingPathComponent("no-tools")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let build = try GMGRunner.run(["build"], in: folder, environment: ["PATH": empty.path])
        #expect(build.status == 5)
        #expect(build.stderr.contains("PDF output needs weasyprint, which is not installed: install the Debian package weasyprint"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/latest").path))
        let report = try GMGRunner.run(["report", "briefing-agency", "--param", "agency=ILO", "--out", "docs"], in: folder,
                                       environment: ["PATH": empty.path])
        #expect(report.status == 5)
        #expect(report.stderr.hasPrefix("gmg: PDF output needs weasyprint"))
    }

    @Test func reportWritesEveryFormatOfTheDefinition() throws {
        let folder = try GMGRunner.workspace(documents: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try GMGRunner.run(["report", "briefing-work-stream", "--param", "work_stream=data-research", "--out", "docs",
                                        "--date", "2015-03-01"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("docs").path).sorted()
        #expect(files == ["briefing-work-stream-data-research.docx", "briefing-work-stream-data-research.html",
                          "briefing-work-stream-data-research.md", "briefing-work-stream-data-research.pdf"])
    }

    @Test func aSecondBuildReusesTheDocumentsWhoseInputIsUnchanged() throws {
        let folder = try GMGRunner.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let definition = folder.appendingPathComponent("Reports/coming-up.toml")
        let text = try String(contentsOf: definition, encoding: .utf8)
        try Data(text.replacingOccurrences(of: #"outputs = ["md", "html"]"#, with: #"outputs = ["md", "html", "pdf", "docx"]"#).utf8)
            .write(to: definition)
        let first = try GMGRunner.run(["build", "--date", "2015-01-10"], in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("build.documents.converted=2 build.documents.reused=0"), "\(first.stderr)")
        let firstBuild = folder.appendingPathComponent("out/latest").resolvingSymlinksInPath()
        let second = try GMGRunner.run(["build", "--date", "2015-01-10"], in: folder)
        #expect(second.stderr.contains("build.documents.converted=0 build.documents.reused=2"), "\(second.stderr)")
        let secondBuild = folder.appendingPathComponent("out/latest").resolvingSymlinksInPath()
        #expect(firstBuild != secondBuild)
        for file in ["coming-up.pdf", "coming-up.docx", "conversions.json"] {
            let before = try Data(contentsOf: firstBuild.appendingPathComponent(file))
            #expect(try Data(contentsOf: secondBuild.appendingPathComponent(file)) == before, "\(file)")
        }
        let record = try String(contentsOf: secondBuild.appendingPathComponent("conversions.json"), encoding: .utf8)
        #expect(record.contains("\"coming-up.docx\"") && record.contains("\"coming-up.pdf\""))

        // A new build date changes what the documents say: both are converted again.
        let third = try GMGRunner.run(["build", "--date", "2015-01-11"], in: folder)
        #expect(third.stderr.contains("build.documents.converted=2 build.documents.reused=0"), "\(third.stderr)")
    }
}

