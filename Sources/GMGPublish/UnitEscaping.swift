/// Quoting for systemd unit files and for crontab lines run by `/bin/sh`.
enum UnitEscaping {
    /// Characters that need no quoting in an ExecStart word or a shell word.
    private static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCIIAlphanumeric || "-_./=:,+@".unicodeScalars.contains(scalar)
    }

    /// One `ExecStart=` word: double-quoted with C escapes when needed; `%` doubled, and `$` too
    /// except in the executable.
    ///
    /// systemd unquotes and unescapes each word, then expands `%` specifiers, then (at run time)
    /// `$VARIABLES` in the arguments only; doubling keeps both literal.
    static func execWord(_ word: String, isExecutable: Bool = false) -> String {
        var escaped = word.replacingOccurrences(of: "%", with: "%%")
        if !isExecutable { escaped = escaped.replacingOccurrences(of: "$", with: "$$") }
        if !word.isEmpty && word.unicodeScalars.allSatisfy(isPlain) { return escaped }
        return "\"" + cEscape(escaped) + "\""
    }

    /// An `Environment=` assignment: double-quoted with C escapes, `%` doubled (`$` is literal there).
    static func environment(_ name: String, _ value: String) -> String {
        "\"" + cEscape("\(name)=\(value)".replacingOccurrences(of: "%", with: "%%")) + "\""
    }

    /// A value taken verbatim up to the end of the line (paths, descriptions): only `%` doubled.
    static func verbatim(_ value: String) -> String {
        value.replacingOccurrences(of: "%", with: "%%")
    }

    /// A word for `/bin/sh`: as is when plain, else single-quoted (`'` written as `'\''`).
    static func shellWord(_ word: String) -> String {
        if !word.isEmpty && word.unicodeScalars.allSatisfy(isPlain) { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// A crontab command: cron turns an unescaped `%` into a line break and `\%` into `%`.
    ///
    /// Every `%` and `\` sits inside a single-quoted shell word, so a `\` right before a `%` is
    /// kept apart by closing and reopening the quotes (`''`), which the shell joins back.
    static func cronCommand(_ command: String) -> String {
        var escaped = ""
        for character in command {
            if character == "%" {
                if escaped.last == "\\" { escaped += "''" }
                escaped += "\\%"
            } else {
                escaped.append(character)
            }
        }
        return escaped
    }

    private static func cEscape(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// Whether `text` holds a control character (line breaks included).
    static func hasControlCharacter(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }
}
