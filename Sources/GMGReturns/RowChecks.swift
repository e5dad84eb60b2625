import GMGData
import GMGSpreadsheetReader
import GMGTable

/// The checks of one row of a return's Activities sheet.
///
/// Errors (the row is not read): no key or an unknown or altered reference, an activity of another
/// recipient or scope, a row repeated, a status not allowed or missing, an as-of date that is not a
/// date, a cost that is not an amount, a currency that is not a code, a note too long.
/// Warnings (the row is read): a status going backwards, an as-of date in the future or older than
/// the recorded one, delivered while the time frame is still ahead, a cost without a currency.
struct RowChecks {
    let file: String
    let sheet: String
    let columns: [ReturnColumn: Int]
    let dataset: Dataset
    let identity: TemplateIdentity
    let recipient: ReturnRecipient
    let expected: [ReturnLine]
    let today: CalendarDate
    private(set) var diagnostics: [ReturnDiagnostic] = []
    private var seen: [String: Int] = [:]

    init(file: String, sheet: String, columns: [ReturnColumn: Int], dataset: Dataset, identity: TemplateIdentity,
         recipient: ReturnRecipient, expected: [ReturnLine], today: CalendarDate) {
        self.file = file
        self.sheet = sheet
        self.columns = columns
        self.dataset = dataset
        self.identity = identity
        self.recipient = recipient
        self.expected = expected
        self.today = today
    }

    /// The update a row brings; nil for a row without input or with an error (recorded).
    mutating func check(_ row: SheetRow, history: ProgressHistory) -> ReturnFile.Update? {
        let key = text(row, .key), reference = text(row, .reference)
        let status = text(row, .status), note = text(row, .note), revised = text(row, .revisedTimeFrame)
        let currency = text(row, .currency).uppercased()
        let costCell = cell(row, .cost)
        let hasInput = !status.isEmpty || !note.isEmpty || !revised.isEmpty || costCell != nil || !currency.isEmpty
        guard !key.isEmpty else {
            if hasInput {
                error(row, .reference, "a row added to the template (it has no key): not read; report a new activity by e-mail")
            } else if !reference.isEmpty {
                warning(row, .reference, "a row added to the template (it has no key): ignored")
            }
            return nil
        }
        guard expected.contains(where: { $0.activity == key }) else {
            if let activity = dataset.activities.first(where: { $0.id == key }) {
                let owner = ReturnRecipient.recipients(of: activity, in: dataset).map(\.name).joined(separator: ", ")
                let inScope = ReturnContent(dataset: dataset, scope: identity.scope).activities().contains { $0.id == key }
                error(row, .key, inScope
                      ? "activity \(key) is led by \(owner), not \(recipient.name): a row from someone else's return; not read"
                      : "activity \(key) is not one of \(identity.scope.phrase(in: dataset)); not read")
            } else {
                error(row, .key, "unknown activity reference \"\(key)\": the key was edited; not read")
            }
            return nil
        }
        if let first = seen[key] {
            error(row, .reference, "activity \(key) appears again (first on row \(first)): a copied row; not read")
            return nil
        }
        seen[key] = row.number
        guard reference == key else {
            error(row, .reference, "the reference was changed from \(key) to \"\(reference)\": not read; leave the Ref. column as it was")
            return nil
        }
        guard hasInput else { return nil }
        guard !status.isEmpty else {
            error(row, .status, "no status given for \(key) (the row has a note or other input): choose one from the list; not read")
            return nil
        }
        guard let parsed = ReturnStatus.parse(status) else {
            error(row, .status, "status \"\(status)\" is not one of \(ReturnStatus.labels.map(\.1).joined(separator: ", ")); not read")
            return nil
        }
        let asOfCell = cell(row, .asOf)
        let asOf: CalendarDate
        if asOfCell == nil {
            asOf = identity.asOf
        } else if let date = CellText.date(asOfCell), (1990...2100).contains(date.year) {
            asOf = date
        } else {
            error(row, .asOf, "as-of date \"\(CellText.text(asOfCell))\" is not a date: write it as YYYY-MM-DD; not read")
            return nil
        }
        guard note.count <= 2000 else {
            error(row, .note, "the note has \(note.count) characters, more than 2,000: shorten it; not read")
            return nil
        }
        guard let extra = costAndTimeFrame(row, costCell: costCell, currency: currency, revised: revised) else { return nil }
        warnings(row, key: key, status: parsed, asOf: asOf, history: history)
        let fullNote = ([note] + extra).filter { !$0.isEmpty }.joined(separator: " ")
        return ReturnFile.Update(activity: key, status: parsed, asOf: asOf, note: fullNote, row: row.number)
    }

    /// Warns about activities of the template that the return no longer lists.
    mutating func reportMissing() {
        for line in expected where seen[line.activity] == nil {
            diagnostics.append(ReturnDiagnostic(
                file: file, place: sheet, severity: .warning,
                message: "activity \(line.activity) is missing from the return (row deleted?): it stays as recorded"))
        }
    }

    /// The revised time frame and cost as sentences for the note; nil after an error.
    private mutating func costAndTimeFrame(_ row: SheetRow, costCell: CellValue?, currency: String, revised: String) -> [String]? {
        var extra: [String] = []
        if !revised.isEmpty {
            guard revised.count <= 100 else {
                error(row, .revisedTimeFrame, "the revised time frame is longer than 100 characters; not read")
                return nil
            }
            extra.append("Revised time frame: \(revised).")
        }
        if !currency.isEmpty, !(currency.count == 3 && currency.allSatisfy { $0.isASCII && $0.isUppercase }) {
            error(row, .currency, "currency \"\(currency)\" is not a three-letter code such as USD; not read")
            return nil
        }
        if let costCell {
            guard let amount = CellText.amount(costCell), amount >= 0, amount < 1e12 else {
                error(row, .cost, "cost \"\(CellText.text(costCell))\" is not an amount (a number of 0 or more, without a currency); not read")
                return nil
            }
            let figure = AmountText.grouped(amount)
            if currency.isEmpty {
                warning(row, .currency, "a cost without a currency: recorded as \(figure), currency not stated")
                extra.append("Cost reported: \(figure) (currency not stated).")
            } else {
                extra.append("Cost reported: \(currency) \(figure).")
            }
        } else if !currency.isEmpty {
            warning(row, .currency, "a currency without a cost: ignored")
        }
        return extra
    }

    private mutating func warnings(_ row: SheetRow, key: String, status: ProgressStatus, asOf: CalendarDate, history: ProgressHistory) {
        if asOf > today { warning(row, .asOf, "as-of date \(asOf) is in the future") }
        if let latest = history.latest(key) {
            if ReturnStatus.rank(status) < ReturnStatus.rank(latest.status) {
                warning(row, .status, "status goes back from \(ReturnStatus.label(latest.status)) (as of \(latest.asOf)) to \(ReturnStatus.label(status))")
            }
            if asOf == latest.asOf, status != latest.status {
                warning(row, .asOf, "an update of the same date already records \(ReturnStatus.label(latest.status)), which reports keep showing; give a later as-of date to supersede it")
            }
            if asOf < latest.asOf {
                warning(row, .asOf, "as-of date \(asOf) is older than the recorded update of \(latest.asOf), which reports keep showing")
            }
        }
        if status == .delivered, let frame = dataset.activities.first(where: { $0.id == key })?.timeframe, frame.start > asOf {
            warning(row, .status, "delivered as of \(asOf), but the time frame (\(frame.start) to \(frame.end)) has not started")
        }
    }

    private func cell(_ row: SheetRow, _ column: ReturnColumn) -> CellValue? {
        columns[column].flatMap { row[$0]?.value }.flatMap { value in
            if case .text(let text) = value, CellText.clean(text).isEmpty { return nil }
            return value
        }
    }

    private func text(_ row: SheetRow, _ column: ReturnColumn) -> String { CellText.text(cell(row, column)) }

    private func place(_ row: SheetRow, _ column: ReturnColumn) -> String {
        "\(sheet)!\(CellReference(row: row.number, column: columns[column] ?? 1))"
    }

    private mutating func error(_ row: SheetRow, _ column: ReturnColumn, _ message: String) {
        diagnostics.append(ReturnDiagnostic(file: file, place: place(row, column), severity: .error, message: message))
    }

    private mutating func warning(_ row: SheetRow, _ column: ReturnColumn, _ message: String) {
        diagnostics.append(ReturnDiagnostic(file: file, place: place(row, column), severity: .warning, message: message))
    }
}

/// Amounts as the notes write them: `12,000`, `12,000.5`.
enum AmountText {
    static func grouped(_ amount: Double) -> String {
        let cents = (amount * 100).rounded()
        let whole = Int64(cents / 100), fraction = Int64(cents) % 100
        var digits = String(whole)
        var index = digits.endIndex
        while digits.distance(from: digits.startIndex, to: index) > 3 {
            index = digits.index(index, offsetBy: -3)
            digits.insert(",", at: index)
        }
        guard fraction > 0 else { return digits }
        return digits + "." + (fraction < 10 ? "0" : "") + String(fraction)
    }
}
