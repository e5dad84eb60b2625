import GMGData

/// The statuses a return offers, as the drop-down shows them, and how typed text maps back.
enum ReturnStatus {
    /// The label of each status, in the order of the drop-down.
    static let labels: [(ProgressStatus, String)] = [
        (.planned, "Planned"), (.inProgress, "In progress"), (.delivered, "Delivered"),
        (.postponed, "Postponed"), (.cancelled, "Cancelled"),
    ]

    /// The label of a status.
    static func label(_ status: ProgressStatus) -> String {
        labels.first { $0.0 == status }?.1 ?? status.rawValue
    }

    /// The status a label or value names, ignoring case, spaces and hyphens ("In progress",
    /// "in-progress", "IN PROGRESS"); nil when it names none.
    static func parse(_ text: String) -> ProgressStatus? {
        let key = normalized(text)
        return labels.first { normalized($0.1) == key || normalized($0.0.rawValue) == key }?.0
    }

    private static func normalized(_ text: String) -> String {
        String(text.lowercased().filter { $0.isLetter })
    }

    /// How far along a status is, to spot a status going backwards (delivered → in progress);
    /// postponed counts as planned again, cancelled as final.
    static func rank(_ status: ProgressStatus) -> Int {
        switch status {
        case .planned, .postponed: 0
        case .inProgress: 1
        case .delivered, .cancelled: 2
        }
    }
}
