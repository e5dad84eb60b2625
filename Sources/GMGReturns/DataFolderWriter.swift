import Foundation
import GMGData

/// Appends a ``MergePlan`` to `documents.csv` and `progress.csv` of a data folder, all or nothing.
///
/// The new files are first checked: the whole folder, with them in place, is loaded in a scratch
/// copy and must have no error (what `gmg check` would say). Then each file is written to a
/// temporary file beside it, flushed, and renamed over the original (documents first, so that no
/// progress row ever cites a document that is not there). Existing rows are never rewritten.
public struct DataFolderWriter: Sendable {
    /// The data folder.
    public let folder: URL

    /// Creates a writer for `folder`.
    public init(folder: URL) {
        self.folder = folder
    }

    /// Writes the plan.
    /// - Returns: the errors the data would have with the rows added (nothing is written then).
    /// - Throws: ``ReturnsError/unwritable(path:reason:)`` when a file cannot be read or written.
    public func apply(_ plan: MergePlan) throws -> [Diagnostic] {
        guard !plan.isEmpty else { return [] }
        let documents = try appended("documents.csv", plan.documents.map(\.fields))
        let progress = try appended("progress.csv", plan.progress.map(\.fields))
        let problems = try check(["documents.csv": documents, "progress.csv": progress])
        guard problems.isEmpty else { return problems }
        try replace("documents.csv", with: documents)
        try replace("progress.csv", with: progress)
        return []
    }

    /// The file's bytes with `rows` appended as CSV lines.
    private func appended(_ name: String, _ rows: [[String]]) throws -> Data {
        let url = folder.appendingPathComponent(name)
        var data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ReturnsError.unwritable(path: url.path, reason: (error as NSError).localizedDescription)
        }
        if let last = data.last, last != UInt8(ascii: "\n") { data.append(UInt8(ascii: "\n")) }
        for row in rows { data.append(Data((row.map(Self.field).joined(separator: ",") + "\n").utf8)) }
        return data
    }

    /// A CSV field as the data files write it: quoted only when it holds a comma, a quote or a line break.
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Loads a scratch copy of the folder with `replacements`; its errors.
    private func check(_ replacements: [String: Data]) throws -> [Diagnostic] {
        let files = FileManager.default
        let scratch = files.temporaryDirectory.appendingPathComponent("gmg-returns-check-\(UUID().uuidString)")
        defer { try? files.removeItem(at: scratch) }
        do {
            try files.copyItem(at: folder, to: scratch)
            for (name, data) in replacements { try data.write(to: scratch.appendingPathComponent(name)) }
        } catch {
            throw ReturnsError.unwritable(path: scratch.path, reason: (error as NSError).localizedDescription)
        }
        let result = DataLoader.load(from: scratch, displayName: folder.path)
        return result.diagnostics.sorted.filter { $0.severity == .error }
    }

    /// Replaces a file by writing a temporary file beside it, flushing it and renaming it.
    private func replace(_ name: String, with data: Data) throws {
        let target = folder.appendingPathComponent(name)
        let temporary = folder.appendingPathComponent(".\(name).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        let fail = { (path: String) in ReturnsError.unwritable(path: path, reason: String(cString: strerror(errno))) }
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw fail(temporary.path) }
        let written = data.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        let synced = fsync(descriptor)
        close(descriptor)
        guard written == data.count, synced == 0 else {
            let error = fail(temporary.path)
            unlink(temporary.path)
            throw error
        }
        guard rename(temporary.path, target.path) == 0 else {
            let error = fail(target.path)
            unlink(temporary.path)
            throw error
        }
    }
}
