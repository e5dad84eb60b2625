import Foundation

/// PDF and Word documents from the HTML pages the tool writes, through external converters
/// installed as Debian packages: WeasyPrint (HTML → PDF, package `weasyprint`), pandoc
/// (HTML → DOCX, package `pandoc`) and rsvg-convert (SVG charts → PNG for Word, package
/// `librsvg2-bin`).
///
/// Each conversion runs the program directly with an argument list (no shell), in the folder of
/// its input, with a time limit; a missing program is a ``ConverterError`` naming the package to
/// install, never a silent skip.
public struct DocumentConverter: Sendable {
    /// Seconds one conversion may take before it is stopped.
    public var timeout: Int
    /// Where the programs are looked for (a `PATH`-style list); nil uses `PATH`.
    public var searchPath: String?

    static let weasyprint = ExternalProgram(name: "weasyprint", package: "weasyprint", purpose: "PDF output")
    static let pandoc = ExternalProgram(name: "pandoc", package: "pandoc", purpose: "Word (.docx) output")
    static let rsvg = ExternalProgram(name: "rsvg-convert", package: "librsvg2-bin", purpose: "Charts in Word (.docx) output")

    /// Creates a converter.
    public init(timeout: Int = 120, searchPath: String? = nil) {
        self.timeout = timeout
        self.searchPath = searchPath
    }

    /// Checks that the programs the formats need are installed.
    /// - Throws: ``ConverterError/missing(program:package:purpose:)`` for the first one missing.
    public func requirePrograms(pdf: Bool, docx: Bool) throws {
        if pdf { _ = try Self.weasyprint.locate(searchPath: searchPath) }
        if docx {
            _ = try Self.pandoc.locate(searchPath: searchPath)
            _ = try Self.rsvg.locate(searchPath: searchPath)
        }
    }

    /// Writes `output` (PDF) from the HTML file `html`; the page setup comes from its print CSS.
    public func pdf(fromHTML html: URL, to output: URL) throws {
        try Self.weasyprint.run(["--quiet", "--encoding", "utf-8", html.path, output.path],
                                in: html.deletingLastPathComponent(), timeout: timeout, file: html.lastPathComponent, searchPath: searchPath)
        try requireOutput(output, program: Self.weasyprint)
    }

    /// Writes `output` (DOCX) from the HTML file `html`, whose images are files beside it; styles,
    /// page size, header and footer come from `reference` (pandoc's `--reference-doc`). `date`
    /// (seconds since 1970) is the documents' timestamp, so that the same input gives the same file.
    public func docx(fromHTML html: URL, to output: URL, reference: URL?, date: Int) throws {
        var arguments = ["--from=html", "--to=docx", "--shift-heading-level-by=-1",
                         "--resource-path=.", "--output=\(output.path)"]
        if let reference { arguments.append("--reference-doc=\(reference.path)") }
        arguments.append(html.path)
        try Self.pandoc.run(arguments, in: html.deletingLastPathComponent(), timeout: timeout, file: html.lastPathComponent,
                            searchPath: searchPath, environment: ["SOURCE_DATE_EPOCH": String(date)])
        try requireOutput(output, program: Self.pandoc)
    }

    /// Writes `output` (PNG, `width` pixels wide) from the SVG file `svg`.
    public func png(fromSVG svg: URL, to output: URL, width: Int = figureWidth) throws {
        try Self.rsvg.run(["--format=png", "--width=\(width)", "--keep-aspect-ratio", "--background-color=white",
                           "--output=\(output.path)", svg.path],
                          in: svg.deletingLastPathComponent(), timeout: timeout, file: svg.lastPathComponent, searchPath: searchPath)
        try requireOutput(output, program: Self.rsvg)
    }

    /// Writes `output` (PDF) from the HTML page `html` (self-contained: charts inline), or copies
    /// it from the previous build when `cache` has a document of the same input key.
    public func pdf(html: Data, to output: URL, cache: ConversionCache? = nil) throws {
        var key = InputKey()
        key.add("pdf 1")
        key.add(try Self.weasyprint.identity(searchPath: searchPath))
        key.add(html)
        try produce(output, key: key, cache: cache) { folder in
            let page = folder.appendingPathComponent("document.html")
            try html.write(to: page)
            try pdf(fromHTML: page, to: output)
        }
    }

    /// Writes `output` (DOCX) from the HTML page `html` whose images are the SVG `figures` (by the
    /// PNG file name the page links to, drawn `figureWidth` pixels wide), or copies it from the
    /// previous build when `cache` has a document of the same input key (reference document, date
    /// included).
    public func docx(html: Data, figures: [(name: String, svg: Data)], to output: URL, reference: URL?,
                     date: Int, cache: ConversionCache? = nil) throws {
        var key = InputKey()
        key.add("docx 2 \(date) \(Self.figureWidth)")
        key.add(try Self.pandoc.identity(searchPath: searchPath))
        key.add(try Self.rsvg.identity(searchPath: searchPath))
        key.add(try reference.map { try Data(contentsOf: $0) } ?? Data())
        key.add(html)
        for figure in figures {
            key.add(figure.name)
            key.add(figure.svg)
        }
        try produce(output, key: key, cache: cache) { folder in
            for figure in figures {
                let svg = folder.appendingPathComponent(figure.name + ".svg")
                try figure.svg.write(to: svg)
                try png(fromSVG: svg, to: folder.appendingPathComponent(figure.name), width: Self.figureWidth)
            }
            let page = folder.appendingPathComponent("document.html")
            try html.write(to: page)
            try docx(fromHTML: page, to: output, reference: reference, date: date)
        }
    }

    /// The width in pixels of the charts' PNG images in Word documents.
    public static let figureWidth = 1600

    /// Runs `convert` in a scratch folder beside `output` (removed afterwards), unless `cache` has the document.
    private func produce(_ output: URL, key: InputKey, cache: ConversionCache?, convert: (URL) throws -> Void) throws {
        func work() throws {
            let folder = output.deletingLastPathComponent().appendingPathComponent(".convert-\(output.lastPathComponent)-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            try convert(folder)
        }
        if let cache { try cache.produce(output, key: key.hex(), convert: work) } else { try work() }
    }

    private func requireOutput(_ output: URL, program: ExternalProgram) throws {
        let size = (try? FileManager.default.attributesOfItem(atPath: output.path)[.size] as? Int) ?? 0
        if size == 0 { throw ConverterError.noOutput(program: program.name, file: output.lastPathComponent) }
    }
}
