import Foundation
import GMGData
import GMGTable

/// Makes the returns of one round: one workbook per lead agency, per working group or task force,
/// and one for the chair and support unit, each listing the activities of the scope it leads.
///
/// ```swift
/// let maker = ReturnMaker(dataset: loaded.dataset)
/// let made = try maker.make(scope: .term(2014), request: request, generated: today,
///                           asOf: ReturnScope.term(2014).defaultAsOf(in: dataset), into: folder)
/// ```
public struct ReturnMaker: Sendable {
    /// A workbook made.
    public struct Made: Sendable, Hashable {
        /// Who fills it.
        public var recipient: ReturnRecipient
        /// Its file name in the output folder.
        public var fileName: String
        /// How many activities it lists.
        public var activities: Int
    }

    let dataset: Dataset

    /// Creates a maker over validated data.
    public init(dataset: Dataset) {
        self.dataset = dataset
    }

    /// Writes the workbooks into `directory` (created if missing): all or none, each file replaced
    /// as a whole.
    /// - Throws: ``ReturnsError/emptyScope(_:)`` when the scope has no activities,
    ///   ``ReturnsError/unwritable(path:reason:)`` when a file cannot be written.
    public func make(scope: ReturnScope, request: ReturnRequest, generated: CalendarDate, asOf: CalendarDate,
                     into directory: URL) throws -> [Made] {
        try checkScope(scope)
        let recipients = ReturnContent(dataset: dataset, scope: scope).recipients()
        let files = FileManager.default
        let staging = directory.appendingPathComponent(".returns-staging-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try files.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw ReturnsError.unwritable(path: directory.path, reason: (error as NSError).localizedDescription)
        }
        defer { try? files.removeItem(at: staging) }
        var made: [Made] = []
        for (recipient, lines) in recipients {
            let identity = TemplateIdentity(recipient: recipient.id, scope: scope, generated: generated, asOf: asOf)
            let instructions = ReturnInstructions(recipient: recipient, identity: identity, request: request,
                                                  activityCount: lines.count, dataset: dataset)
            let workbook = ReturnWorkbook(recipient: recipient, lines: lines, identity: identity, request: request,
                                          instructions: instructions.lines, scopeLabel: scope.label(in: dataset),
                                          scopeText: scope.phrase(in: dataset))
            let name = "return-\(scope.fileTag)-\(recipient.id).xlsx"
            do {
                try workbook.write(to: staging.appendingPathComponent(name))
            } catch {
                throw ReturnsError.unwritable(path: directory.appendingPathComponent(name).path, reason: "\(error)")
            }
            made.append(Made(recipient: recipient, fileName: name, activities: lines.count))
        }
        for file in made {
            let target = directory.appendingPathComponent(file.fileName)
            if rename(staging.appendingPathComponent(file.fileName).path, target.path) != 0 {
                throw ReturnsError.unwritable(path: target.path, reason: String(cString: strerror(errno)))
            }
        }
        return made
    }

    private func checkScope(_ scope: ReturnScope) throws {
        switch scope {
        case .term(let year):
            guard dataset.outputs.contains(where: { $0.year == year }) else {
                let years = Set(dataset.outputs.map(\.year)).sorted().map(String.init).joined(separator: ", ")
                throw ReturnsError.emptyScope("no plan year \(year) in the data (years with activities: \(years))")
            }
        case .plan(let id):
            guard dataset.plans.contains(where: { $0.id == id }) else {
                throw ReturnsError.emptyScope("no plan \"\(id)\" in the data (plans: \(dataset.plans.map(\.id).joined(separator: ", ")))")
            }
        }
        guard !ReturnContent(dataset: dataset, scope: scope).activities().isEmpty else {
            throw ReturnsError.emptyScope("\(scope) has no activities")
        }
    }
}

extension ReturnScope {
    /// The default as-of date: the last day of the term's year, or of the plan's last year.
    public func defaultAsOf(in dataset: Dataset) -> CalendarDate {
        switch self {
        case .term(let year): return CalendarDate(year: year, month: 12, day: 31)
        case .plan(let id):
            let year = dataset.plans.first { $0.id == id }?.endYear ?? 2100
            return CalendarDate(year: year, month: 12, day: 31)
        }
    }
}
