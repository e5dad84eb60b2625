import GMGData
import GMGSpreadsheetReader

/// Recognises a returned workbook: its template identity (custom properties and hidden sheet, which
/// must agree where both survive), its recipient in the data, and the sender when one is named.
struct ReturnIdentityCheck {
    let file: String
    let dataset: Dataset

    /// The identity and recipient; nil after recording the error that refuses the file.
    func check(_ book: Spreadsheet, from: String?, errors: inout [ReturnDiagnostic]) -> (TemplateIdentity, ReturnRecipient)? {
        func refuse(_ message: String) -> (TemplateIdentity, ReturnRecipient)? {
            errors.append(ReturnDiagnostic(file: file, severity: .error, message: message + "; file not read"))
            return nil
        }
        let found = [TemplateIdentity.parse(book.customProperties), TemplateIdentity.parse(sheetFields(book))]
        for case .failure(.unsupportedVersion(let version)) in found {
            return refuse("return template version \(version) is not read by this version of gmg (it reads version \(TemplateIdentity.currentVersion))")
        }
        for case .failure(.malformed(let field)) in found {
            return refuse("the template identity was altered: \(field) is missing or malformed")
        }
        let identities = found.compactMap { try? $0.get() }
        guard let identity = identities.first else {
            return refuse("not a GMG progress return (no template identity): a foreign workbook, or one copied out of a return; fill in the file made by `gmg returns make`")
        }
        if let other = identities.last, other != identity {
            return refuse("the template identity was altered: the document properties say \(identity.recipient), \(identity.scope), the hidden sheet \(other.recipient), \(other.scope)")
        }
        guard let recipient = ReturnRecipient(id: identity.recipient, in: dataset) else {
            return refuse("a return for \"\(identity.recipient)\", which is no agency or group of the data")
        }
        if let from, from.lowercased() != recipient.id, from.lowercased() != recipient.name.lowercased() {
            return refuse("this is the return of \(recipient.name), not of \(from): someone else's file (ask \(from) for its own, return-\(identity.scope.fileTag)-\(from.lowercased()).xlsx)")
        }
        return (identity, recipient)
    }

    /// The name/value rows of the hidden identity sheet, if the workbook still has it.
    private func sheetFields(_ book: Spreadsheet) -> [String: String] {
        guard book.sheets.contains(where: { $0.name == TemplateIdentity.sheetName }),
              let sheet = try? book.worksheet(named: TemplateIdentity.sheetName) else { return [:] }
        var fields: [String: String] = [:]
        for row in sheet.rows {
            let name = CellText.text(row[1]?.value)
            if !name.isEmpty, fields[name] == nil { fields[name] = CellText.text(row[2]?.value) }
        }
        return fields
    }
}
