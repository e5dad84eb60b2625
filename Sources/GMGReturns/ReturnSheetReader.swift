import GMGData
import GMGSpreadsheetReader
import GMGTable

/// Reads the Activities sheet of a recognised return row by row: a row with an error is not read
/// (and named by cell), the others become updates; warnings are listed.
struct ReturnSheetReader {
    let file: String
    let dataset: Dataset
    var history: ProgressHistory
    let today: CalendarDate
    private(set) var diagnostics: [ReturnDiagnostic] = []

    init(file: String, dataset: Dataset, history: ProgressHistory, today: CalendarDate) {
        self.file = file
        self.dataset = dataset
        self.history = history
        self.today = today
    }

    /// The identity and recipient of `book`, or nil after recording why the file is refused.
    func identity(of book: Spreadsheet, from: String?,
                  errors: inout [ReturnDiagnostic]) -> (identity: TemplateIdentity, recipient: ReturnRecipient)? {
        ReturnIdentityCheck(file: file, dataset: dataset).check(book, from: from, errors: &errors).map { ($0, $1) }
    }

    /// The updates of the sheet; nil (with the error recorded) when its header row is unusable.
    mutating func rows(of sheet: Worksheet, identity: TemplateIdentity, recipient: ReturnRecipient) -> [ReturnFile.Update]? {
        guard let header = sheet.rows.prefix(20).first(where: { row in
            row.cells.contains { CellText.text($0.value) == ReturnColumn.reference.header }
        }) else {
            fail(nil, "no header row with \"Ref.\" on the sheet \(sheet.name); file not read")
            return nil
        }
        var columns: [ReturnColumn: Int] = [:]
        for cell in header.cells {
            let text = CellText.text(cell.value).lowercased()
            if let column = ReturnColumn.allCases.first(where: { $0.header.lowercased() == text }), columns[column] == nil {
                columns[column] = cell.reference.column
            }
        }
        let missing = ReturnColumn.allCases.filter { $0.isRequired && columns[$0] == nil }
        guard missing.isEmpty else {
            fail(nil, "column(s) \(missing.map { "\"\($0.header)\"" }.joined(separator: ", ")) missing from the header row \(header.number) of \(sheet.name); file not read")
            return nil
        }
        let expected = ReturnContent(dataset: dataset, scope: identity.scope).lines(of: recipient)
        let keys = sheet.rows.filter { $0.number > header.number }.compactMap { row in
            columns[.key].map { CellText.text(row[$0]?.value) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        if !keys.isEmpty, !keys.contains(where: { key in expected.contains { $0.activity == key } }) {
            let owners = Set(keys.flatMap { key in
                dataset.activities.first { $0.id == key }.map { ReturnRecipient.recipients(of: $0, in: dataset).map(\.name) } ?? []
            }).sorted()
            let led = owners.isEmpty ? "" : " (its rows are activities of \(owners.joined(separator: ", ")))"
            fail(nil, "none of its rows is among \(identity.scope.phrase(in: dataset)) led by \(recipient.name): a return for the wrong agency\(led); file not read")
            return nil
        }
        var rows = RowChecks(file: file, sheet: sheet.name, columns: columns, dataset: dataset, identity: identity,
                             recipient: recipient, expected: expected, today: today)
        var updates: [ReturnFile.Update] = []
        for row in sheet.rows where row.number > header.number {
            if let update = rows.check(row, history: history) {
                history.append(update.activity, .init(status: update.status, asOf: update.asOf, note: update.note))
                updates.append(update)
            }
        }
        rows.reportMissing()
        diagnostics += rows.diagnostics
        return updates
    }

    private mutating func fail(_ place: String?, _ message: String) {
        diagnostics.append(ReturnDiagnostic(file: file, place: place, severity: .error, message: message))
    }
}
