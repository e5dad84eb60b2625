/// A guard run before the TOML parser, for inputs that crash it instead of giving an error:
/// keys dotted hundreds of thousands deep (`a.a.a... = 1`, `[a.a.a...]`) make it recurse until
/// the stack is exhausted, and a table header whose name starts with a dot (`[.a]`) fails one of
/// its assertions. No definition needs either.
enum TOMLPrecheck {
    /// The most dots a line may have outside strings and comments.
    static let maximumDots = 64

    /// The first such problem: its line (from 1) and what is wrong.
    static func problem(in text: String) -> (line: Int, message: String)? {
        var line = 1, dots = 0
        var quote: [UInt8] = []  // the open string's delimiter: ", ', """ or '''
        var inComment = false, lineStart = true, afterBracket = false
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let blank = byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
            defer {
                if !blank, byte != UInt8(ascii: "["), byte != UInt8(ascii: "\n") { lineStart = false }
            }
            if byte == UInt8(ascii: "\n") {
                line += 1
                dots = 0
                inComment = false
                if quote.count == 1 { quote = [] }  // a one-line string cannot go on (the parser says so)
                lineStart = quote.isEmpty
                afterBracket = false
            } else if inComment {
                // skip
            } else if !quote.isEmpty {
                if byte == UInt8(ascii: "\\"), quote.first == UInt8(ascii: "\"") {
                    index += 1
                } else if bytes[index...].starts(with: quote) {
                    index += quote.count
                    quote = []
                    continue
                }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = bytes[index...].starts(with: [byte, byte, byte]) ? [byte, byte, byte] : [byte]
                index += quote.count
                continue
            } else if byte == UInt8(ascii: "#") {
                inComment = true
            } else if byte == UInt8(ascii: "[") {
                afterBracket = lineStart
            } else if byte == UInt8(ascii: ".") {
                if afterBracket { return (line, "a table name cannot start with '.'") }
                dots += 1
                if dots > maximumDots { return (line, "more than \(maximumDots) dots outside strings: keys nest too deep") }
            } else if !blank {
                afterBracket = false
            }
            index += 1
        }
        return nil
    }
}
