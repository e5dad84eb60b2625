import GMGData

/// One line of the Instructions sheet.
struct InstructionLine: Sendable, Hashable {
    enum Kind: Sendable, Hashable { case title, heading, text, emphasis }

    var kind: Kind
    var text: String

    static func title(_ text: String) -> InstructionLine { InstructionLine(kind: .title, text: text) }
    static func heading(_ text: String) -> InstructionLine { InstructionLine(kind: .heading, text: text) }
    static func text(_ text: String) -> InstructionLine { InstructionLine(kind: .text, text: text) }
    static func emphasis(_ text: String) -> InstructionLine { InstructionLine(kind: .emphasis, text: text) }
    static let blank = InstructionLine(kind: .text, text: "")
}

/// The Instructions sheet's text: what to fill, by when, who to send it back to.
struct ReturnInstructions {
    let recipient: ReturnRecipient
    let identity: TemplateIdentity
    let request: ReturnRequest
    let activityCount: Int
    let dataset: Dataset

    var lines: [InstructionLine] {
        let scope = identity.scope.phrase(in: dataset)
        let activities = activityCount == 1 ? "1 activity" : "\(activityCount) activities"
        var lines: [InstructionLine] = [
            .title("GMG progress return: \(recipient.name)"),
            .text("This workbook asks \(whom) for the progress of \(scope) that \(leads). The sheet Activities lists them (\(activities))."),
            .blank,
            .emphasis("Please send it back to \(request.sendTo)\(request.contact.isEmpty ? "" : " (\(request.contact))") by \(request.due.longText)."),
            .blank,
            .heading("What to fill"),
            .text("On the sheet Activities, the grey columns are what the GMG record says today (reference, work stream and output, activity, time frame, co-leads, the progress recorded so far). They are locked. Fill in the white columns of each activity you report on:"),
            .text("•  Status: choose from the list: Planned, In progress, Delivered, Postponed or Cancelled."),
            .text("•  As of: the date the status is true on. It is set to \(identity.asOf.longText); change it if your information is of another date."),
            .text("•  Note: what was done, published or decided, with a link where there is one."),
            .text("•  Revised time frame, Cost and Currency: only if the time frame changed or you report a cost (the amount, and its currency such as USD)."),
            .text("Leave the Status empty for an activity you do not report on: it stays as recorded."),
            .blank,
            .heading("Please do not"),
            .text("•  add, delete or copy rows, or change the Ref. column: each row is matched to its activity by its reference. Report a new activity, or one missing here, by e-mail to \(request.sendTo)."),
            .text("•  rename the sheets, or copy the rows into another file: the file identifies itself as the return of \(recipient.phrase) and is read back by a program."),
            .blank,
            .heading("About this file"),
            .text("Made on \(identity.generated.longText) from the GMG record, for \(recipient.phrase) only. If it reached you by mistake, please tell \(request.sendTo)."),
            .text("The sheets are protected without a password only to prevent slips; column widths, filters and sorting still work."),
        ]
        if !request.message.isEmpty { lines.insert(contentsOf: [.blank, .text(request.message)], at: 4) }
        return lines
    }

    private var whom: String {
        switch recipient.kind {
        case .agency: recipient.name
        case .group: conveners
        case .chairSupportUnit: "the GMG Chair and its support unit"
        }
    }

    /// "the co-chairs of the Working Group on ... (UNDP and IOM as of February 2014)".
    private var conveners: String {
        let chairs = dataset.groupChairs.filter { $0.group == recipient.id }
        guard let role = chairs.first?.role else { return recipient.phrase }
        let names = chairs.map { chair in dataset.agencies.first { $0.id == chair.agency }?.acronym ?? chair.agency }
        let list = names.count > 1 ? names.dropLast().joined(separator: ", ") + " and " + names.last! : names.joined()
        let date = chairs.first.flatMap { DocumentDate($0.asOf) }.map { " as of \($0.readable)" } ?? ""
        return "the \(role)s of \(recipient.phrase) (\(list)\(date))"
    }

    private var leads: String {
        switch recipient.kind {
        case .agency, .group: "\(recipient.phrase) leads or co-leads"
        case .chairSupportUnit: "a role leads (the GMG Chair, its support unit, future chairs, the members as a whole), and those with no lead named"
        }
    }
}
