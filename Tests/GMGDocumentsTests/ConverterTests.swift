import Foundation
@testable import GMGDocuments
import TestSupport
import Testing

/// The external converters run as documented: found on PATH or named by package when missing,
/// given paths as arguments (never through a shell), stopped at their time limit.
@Suite struct ConverterTests {
    let folder: URL

    init() throws {
        folder = Scratch.root.appendingPathComponent("gmg-documents-\(UUID().uuidString)")
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

    @Test func aDocumentWhoseInputIsUnchangedIsCopiedFromThePreviousBuild() throws {
        let first = folder.appendingPathComponent("first")
        let second = folder.appendingPathComponent("second")
        for build in [first, second] { try FileManager.default.createDirectory(at: build, withIntermediateDirectories: true) }
        let page = Data("<html><body><h1>Title</h1><p>Text</p></body></html>".utf8)
        let earlier = ConversionCache(previous: nil)
        try DocumentConverter().pdf(html: page, to: first.appendingPathComponent("a.pdf"), cache: earlier)
        try earlier.write(into: first)
        #expect(earlier.counts == .init(reused: 0, converted: 1))
        let record = try String(contentsOf: first.appendingPathComponent(ConversionCache.fileName), encoding: .utf8)
        #expect(record.contains("\"file\" : \"a.pdf\"") && record.contains("\"input_sha256\" : \""))

        // Same page under another name: copied, not converted; a changed page is converted.
        let later = ConversionCache(previous: first)
        try DocumentConverter().pdf(html: page, to: second.appendingPathComponent("b.pdf"), cache: later)
        #expect(later.counts == .init(reused: 1, converted: 0))
        #expect(try Data(contentsOf: second.appendingPathComponent("b.pdf")) == Data(contentsOf: first.appendingPathComponent("a.pdf")))
        let changed = Data("<html><body><h1>Title</h1><p>Other text</p></body></html>".utf8)
        try DocumentConverter().pdf(html: changed, to: second.appendingPathComponent("c.pdf"), cache: later)
        #expect(later.counts == .init(reused: 1, converted: 1))
        let entries = try FileManager.default.contentsOfDirectory(atPath: second.path).sorted()
        #expect(entries == ["b.pdf", "c.pdf"])
    }

    @Test func aRecordCannotPointOutsideItsBuild() throws {
        let build = folder.appendingPathComponent("build")
        try FileManager.default.createDirectory(at: build, withIntermediateDirectories: true)
        let page = Data("<html><body><p>x</p></body></html>".utf8)
        let first = ConversionCache(previous: nil)
        try DocumentConverter().pdf(html: page, to: build.appendingPathComponent("a.pdf"), cache: first)
        try first.write(into: build)
        let recordURL = build.appendingPathComponent(ConversionCache.fileName)
        let record = try String(contentsOf: recordURL, encoding: .utf8).replacingOccurrences(of: "\"a.pdf\"", with: "\"../secret.pdf\"")
        try Data(record.utf8).write(to: recordURL)
        try Data("secret".utf8).write(to: folder.appendingPathComponent("secret.pdf"))
        let next = ConversionCache(previous: build)
        let output = folder.appendingPathComponent("next.pdf")
        try DocumentConverter().pdf(html: page, to: output, cache: next)
        #expect(next.counts == .init(reused: 0, converted: 1))
        #expect(try Data(contentsOf: output).starts(with: Data("%PDF".utf8)))
    }

    @Test func theDebianVersionIsReadFromDpkgStatus() throws {
        let status = folder.appendingPathComponent("status")
        try Data("Package: pandoc-data\nVersion: 1\n\nPackage: pandoc\nStatus: install ok installed\nVersion: 2.17.1.1-2\n\n".utf8).write(to: status)
        #expect(ExternalProgram.debianVersion(of: "pandoc", statusFile: status.path) == "2.17.1.1-2")
        #expect(ExternalProgram.debianVersion(of: "weasyprint", statusFile: status.path) == nil)
    }
}
