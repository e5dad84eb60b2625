/// A schedule that cannot be written as systemd units or a crontab line.
public enum ScheduleError: Error, Equatable, CustomStringConvertible {
    /// The time is not `HH:MM` with hours 00–23 and minutes 00–59.
    case invalidTime(String)
    /// A path that must be absolute is not.
    case notAbsolute(what: String, path: String)
    /// The executable's path holds a quote or a backslash, which systemd refuses in a binary's path.
    case unsafeExecutable(String)
    /// A value holds a control character (such as a line break), which no unit or crontab line can carry.
    case controlCharacter(what: String)
    /// An environment variable name is not letters, digits and `_`, starting with a letter or `_`.
    case invalidVariableName(String)
    /// The unit name is not letters, digits, `-`, `_` and `.`.
    case invalidUnitName(String)
    /// A duration is not a positive number of whole seconds.
    case invalidDuration(what: String)

    /// A full sentence naming the offending value.
    public var description: String {
        switch self {
        case .invalidTime(let time):
            "Invalid time \"\(time)\": use HH:MM, 24-hour (00:00 to 23:59)."
        case .notAbsolute(let what, let path):
            "The \(what) must be an absolute path, not \"\(path)\"."
        case .unsafeExecutable(let path):
            "The executable path \"\(path)\" contains a quote or a backslash, which systemd does not accept."
        case .controlCharacter(let what):
            "The \(what) contains a line break or another control character."
        case .invalidVariableName(let name):
            "Invalid environment variable name \"\(name)\": use letters, digits and '_', not starting with a digit."
        case .invalidUnitName(let name):
            "Invalid unit name \"\(name)\": use letters, digits, '-', '_' and '.'."
        case .invalidDuration(let what):
            "The \(what) must be a positive whole number of seconds."
        }
    }
}
