import Foundation

/// What a build was made from and what it produced, stored as `manifest.json` in the build folder.
///
/// Two builds of the same inputs by the same tool version differ only in ``timings``; the JSON is
/// pretty-printed with sorted keys, inputs and outputs sorted by path, so its bytes are stable.
/// `--if-changed` compares the inputs of the latest build's manifest with freshly hashed inputs:
///
/// ```swift
/// let inputs = try FileDigest.hash(inputPaths, in: projectFolder)
/// if let latest = publisher.latestBuild,
///     let previous = try? Manifest.load(from: latest.appendingPathComponent(Manifest.fileName)),
///     Manifest.inputsUnchanged(previous: previous, current: inputs, toolVersion: version) {
///     return .skippedUnchanged
/// }
/// ```
public struct Manifest: Codable, Equatable, Sendable {
    /// The file name inside a build folder.
    public static let fileName = "manifest.json"

    /// The version of the tool that made the build.
    public var toolVersion: String
    /// The input files, sorted by path.
    public var inputs: [FileDigest]
    /// The names of the reports built, in build order.
    public var reports: [String]
    /// The output files of the build folder (the manifest itself excluded), sorted by path.
    public var outputs: [FileDigest]
    /// Seconds spent per phase; the only member that differs between two builds of the same inputs.
    public var timings: [String: Double]

    /// Creates a manifest; `inputs` and `outputs` are sorted by path.
    public init(
        toolVersion: String, inputs: [FileDigest], reports: [String], outputs: [FileDigest],
        timings: [String: Double] = [:]
    ) {
        self.toolVersion = toolVersion
        self.inputs = inputs.sorted { $0.path < $1.path }
        self.reports = reports
        self.outputs = outputs.sorted { $0.path < $1.path }
        self.timings = timings
    }

    /// Whether a build from `current` inputs by `toolVersion` would repeat the `previous` one.
    ///
    /// False when there is no previous manifest, the tool version differs, or any input was added,
    /// removed or changed.
    public static func inputsUnchanged(previous: Manifest?, current: [FileDigest], toolVersion: String) -> Bool {
        guard let previous, previous.toolVersion == toolVersion else { return false }
        return previous.inputs == current.sorted { $0.path < $1.path }
    }

    /// The JSON text: pretty-printed, sorted keys, unescaped slashes, ending in a newline.
    ///
    /// - Throws: ``ManifestError/unencodable(reason:)`` for a timing that is NaN or infinite.
    public func encoded() throws(ManifestError) -> Data {
        try JSONFile.encode(self)
    }

    /// Writes ``encoded()`` to `url`.
    public func write(to url: URL) throws(ManifestError) {
        try JSONFile.write(self, to: url)
    }

    /// Reads a manifest written by ``write(to:)``.
    public static func load(from url: URL) throws(ManifestError) -> Manifest {
        try JSONFile.load(Manifest.self, from: url)
    }
}
