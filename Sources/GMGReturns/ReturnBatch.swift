import Foundation
import GMGData
import GMGTable

/// The returns of one `gmg returns read`: each file read and checked in order (an update accepted
/// from one file counts as recorded for the next), and what merging them would add to the data.
///
/// ```swift
/// let batch = ReturnBatch(paths: files, dataset: loaded.dataset, from: nil, today: today)
/// for diagnostic in batch.diagnostics { print(diagnostic) }
/// try DataFolderWriter(folder: dataURL).apply(batch.merge)
/// ```
public struct ReturnBatch: Sendable {
    /// The files, in the order given.
    public let files: [ReturnFile]
    /// The rows merging would append.
    public let merge: MergePlan

    /// Reads and checks every file, and plans the merge.
    /// - Parameters:
    ///   - from: who sent the files, when the person reading them says so; a file of someone else is refused.
    ///   - today: the day of reading, for as-of dates in the future.
    public init(paths: [String], dataset: Dataset, from: String? = nil, today: CalendarDate) {
        var history = ProgressHistory(dataset.progress)
        var files: [ReturnFile] = []
        for path in paths {
            let file = ReturnFile(path: path, dataset: dataset, history: history, from: from, today: today)
            for update in file.updates {
                history.append(update.activity, .init(status: update.status, asOf: update.asOf, note: update.note))
            }
            files.append(file)
        }
        self.files = files
        merge = MergePlan(files: files, dataset: dataset)
    }

    /// Every finding, file by file.
    public var diagnostics: [ReturnDiagnostic] { files.flatMap(\.diagnostics) }

    /// Whether any row or file was not read.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// What merging returns adds to the data: a `documents.csv` row per return that brings something
/// new, and a `progress.csv` row per new update, citing it. An update already recorded (same
/// activity, status, date and note, whichever document it came from) is not added again, so
/// reading a return twice adds nothing.
public struct MergePlan: Sendable, Hashable {
    /// A row for `documents.csv`.
    public struct DocumentRow: Sendable, Hashable {
        public var id, kind, title, issuedBy, date, reference, note: String

        /// The fields in the file's column order.
        public var fields: [String] { [id, kind, title, issuedBy, date, reference, note] }
    }

    /// A row for `progress.csv`.
    public struct ProgressRow: Sendable, Hashable {
        public var activity, status, asOf, note, source: String

        /// The fields in the file's column order.
        public var fields: [String] { [activity, status, asOf, note, source] }
    }

    /// New documents, one per return bringing a new update.
    public var documents: [DocumentRow] = []
    /// New progress rows.
    public var progress: [ProgressRow] = []
    /// Per file, how many of its updates were recorded already.
    public var alreadyRecorded: [String: Int] = [:]

    /// Whether there is nothing to write.
    public var isEmpty: Bool { documents.isEmpty && progress.isEmpty }

    /// An empty plan, to fill by hand.
    public init() {}

    init(files: [ReturnFile], dataset: Dataset) {
        var recorded = Set(dataset.progress.map { Self.key($0.activity, $0.status, $0.asOf, $0.note) })
        let knownDocuments = Set(dataset.documents.map(\.id))
        for file in files where file.isReadable {
            guard let identity = file.identity, let recipient = file.recipient else { continue }
            let document = "return-\(recipient.id)-\(identity.scope.fileTag)-\(file.digest.prefix(8))"
            var added = 0
            for update in file.updates {
                guard recorded.insert(Self.key(update.activity, update.status, update.asOf, update.note)).inserted else {
                    alreadyRecorded[file.path, default: 0] += 1
                    continue
                }
                progress.append(ProgressRow(
                    activity: update.activity, status: update.status.rawValue, asOf: update.asOf.description,
                    note: update.note, source: "\(document): sheet \(ReturnColumn.sheetName), row \(update.row)"))
                added += 1
            }
            if added > 0, !knownDocuments.contains(document), !documents.contains(where: { $0.id == document }) {
                documents.append(Self.document(document, file: file, identity: identity, recipient: recipient,
                                               scope: identity.scope.phrase(in: dataset), label: identity.scope.label(in: dataset)))
            }
        }
    }

    private static func key(_ activity: String, _ status: ProgressStatus, _ asOf: CalendarDate, _ note: String) -> String {
        [activity, status.rawValue, asOf.description, note].joined(separator: "\u{1F}")
    }

    private static func document(_ id: String, file: ReturnFile, identity: TemplateIdentity,
                                 recipient: ReturnRecipient, scope: String, label: String) -> DocumentRow {
        let dates = Set(file.updates.map(\.asOf)).sorted()
        let asOf = dates.count > 1 ? "\(dates.first!) to \(dates.last!)" : dates.first.map(\.description) ?? ""
        return DocumentRow(
            id: id, kind: DocumentKind.agencyReturn.rawValue,
            title: "GMG progress return: \(recipient.name), \(label)", issuedBy: recipient.name,
            date: identity.generated.description, reference: "\(file.fileName) (SHA-256 \(file.digest))",
            note: "Progress on \(scope) led by \(recipient.name), as of \(asOf); the template was made on \(identity.generated) (the date above) by gmg returns make and read back by gmg returns read.")
    }
}
