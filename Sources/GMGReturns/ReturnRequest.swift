import Foundation
import GMGTable
import TOMLKit

/// What a round of returns asks and where the files go back: from `Reports/returns/request.toml`,
/// overridden by command-line options.
public struct ReturnRequest: Sendable, Hashable {
    /// Who the returns go back to, as the instructions say it ("the GMG Chair's support unit").
    public var sendTo: String
    /// How to reach them (an e-mail address, a shared folder); empty when not stated.
    public var contact: String
    /// The last day for sending a return back.
    public var due: CalendarDate
    /// A paragraph added to the instructions; empty for none.
    public var message: String

    /// Creates a request.
    public init(sendTo: String, contact: String = "", due: CalendarDate, message: String = "") {
        self.sendTo = sendTo
        self.contact = contact
        self.due = due
        self.message = message
    }

    /// The definition file's place under the reports folder.
    public static let definitionPath = "returns/request.toml"

    /// Reads a definition: `send_to`, `contact`, `message`, and `due` (a date) or `due_days` (days
    /// after `generated`); options given on the command line win over the file.
    /// - Throws: ``ReturnsError/definition(file:key:message:)`` naming the file and key.
    public static func read(file: String, text: String, generated: CalendarDate,
                            sendTo: String?, due: CalendarDate?) throws -> ReturnRequest {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ReturnsError.definition(file: "\(file):\(error.source.begin.line)", key: "", message: "TOML syntax error: \(error.description)")
        }
        let allowed = ["send_to", "contact", "message", "due", "due_days"]
        for key in table.keys.sorted() where !allowed.contains(key) {
            throw ReturnsError.definition(file: file, key: key, message: "unknown key (allowed: \(allowed.joined(separator: ", ")))")
        }
        func string(_ key: String) throws -> String? {
            guard let value = table[key] else { return nil }
            guard let string = value.string else { throw ReturnsError.definition(file: file, key: key, message: "expected a string") }
            return string
        }
        var dueDate = due
        if dueDate == nil, let value = try string("due") {
            guard let date = CalendarDate(iso: value) else {
                throw ReturnsError.definition(file: file, key: "due", message: "\"\(value)\" is not a date YYYY-MM-DD")
            }
            dueDate = date
        }
        if dueDate == nil, let value = table["due_days"] {
            guard let days = value.int, (1...366).contains(days) else {
                throw ReturnsError.definition(file: file, key: "due_days", message: "expected a whole number of days from 1 to 366")
            }
            dueDate = generated.adding(days: days)
        }
        guard let dueDate else {
            throw ReturnsError.definition(file: file, key: "due", message: "no due date: set due or due_days, or pass --due")
        }
        let recipient = try sendTo ?? string("send_to") ?? ""
        guard !recipient.isEmpty else {
            throw ReturnsError.definition(file: file, key: "send_to", message: "say who the returns go back to, or pass --send-to")
        }
        return ReturnRequest(sendTo: recipient, contact: try string("contact") ?? "", due: dueDate, message: try string("message") ?? "")
    }
}

extension CalendarDate {
    /// The date `days` days later.
    func adding(days: Int) -> CalendarDate {
        var date = self
        for _ in 0..<days {
            if date.day < CalendarDate.days(inMonth: date.month, year: date.year) {
                date.day += 1
            } else if date.month < 12 {
                date = CalendarDate(year: date.year, month: date.month + 1, day: 1)
            } else {
                date = CalendarDate(year: date.year + 1, month: 1, day: 1)
            }
        }
        return date
    }

    /// "31 December 2014".
    var longText: String {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                      "November", "December"]
        return "\(day) \(months[month - 1]) \(year)"
    }
}
