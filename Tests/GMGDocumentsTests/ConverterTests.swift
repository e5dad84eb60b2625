import Foundation
@testable import GMGDocuments
import Testing

/// The external converters run as documented: found on PATH or named by package when missing,
/// given paths as arguments (never through a shell), stopped at their time limit.
@Suite struct ConverterTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("gmg-documents-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    @Test func aMissingConverterNamesThePackageToInstall() throws {
        let converter = DocumentConverter(searchPath: folder.path)
        #expect(throws: ConverterError.missing(program: "weasyprint", package: "weasyprint", purpose: "PDF output")) {
            try converter.requirePrograms(pdf: true, docx: false)
        }
        #expect(throws: ConverterError.missing(program: "pandoc", package: "pandoc", purpose: "Word (.docx) output")) {
            try converter.requirePrograms(pdf: false, docx: true)
        }
        let message = ConverterError.missing(program: "rsvg-convert", package: "librsvg2-bin", purpose: "Charts in Word (.docx) output").description
        #expect(message.contains("install the Debian package librsvg2-bin"))
        try converter.requirePrograms(pdf: false, docx: false)
    }

    @Test func pathsAreArgumentsNotShellText() throws {
        let html = folder.appendingPathComponent("a b $(touch injected); 'x'.html")
        try Data("<html><body><h1>Title</h1><p>Text</p></body></html>".utf8).write(to: html)
        let pdf = folder.appendingPathComponent("out `touch injected2`.pdf")
        try DocumentConverter().pdf(fromHTML: html, to: pdf)
        #expect(FileManager.default.fileExists(atPath: pdf.path))
        let entries = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(!entries.contains("injected") && !entries.contains("injected2"))
        #expect(!FileManager.default.fileExists(atPath: FileManager.default.currentDirectoryPath + "/injected"))
    }

    @Test func aFailingConverterSaysWhatFailed() throws {
        let missing = folder.appendingPathComponent("missing.html")
        do {
            try DocumentConverter().pdf(fromHTML: missing, to: folder.appendingPathComponent("x.pdf"))
            Issue.record("expected a failure")
        } catch let error as ConverterError {
            guard case .failed(let program, let status, _, let file) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(program == "weasyprint" && status != 0 && file == "missing.html")
            #expect(error.description.hasPrefix("weasyprint failed on missing.html (exit status"))
        }
    }

    @Test func aConverterThatHangsIsStopped() throws {
        let sleeper = ExternalProgram(name: "sleep", package: "coreutils", purpose: "test")
        let clock = ContinuousClock()
        let started = clock.now
        #expect(throws: ConverterError.timedOut(program: "sleep", seconds: 1, file: "x")) {
            try sleeper.run(["30"], in: folder, timeout: 1, file: "x")
        }
        #expect(clock.now - started < .seconds(10))
    }

    @Test func svgBecomesPNG() throws {
        let svg = folder.appendingPathComponent("chart.svg")
        try Data(##"<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><rect width="60" height="20" fill="#1f5f99"/></svg>"##.utf8)
            .write(to: svg)
        let png = folder.appendingPathComponent("chart.png")
        try DocumentConverter().png(fromSVG: svg, to: png, width: 400)
        let bytes = try Data(contentsOf: png)
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }
}
