/// A guard run before the TOML parser: keys dotted hundreds of thousands deep
/// (`a.a.a.a... = 1`, `[a.a.a...]`) make the parser recurse until the process crashes, and no
/// definition needs more than a few levels.
enum TOMLNesting {
    /// The most dots a line may have outside strings and comments.
    static let maximumDots = 64

    /// The first line (from 1) with more than ``maximumDots`` dots outside strings and comments.
    static func firstTooDeepLine(in text: String) -> Int? {
        var line = 1, dots = 0
        var quote: [UInt8] = []  // the open string's delimiter: ", ', """ or '''
        var inComment = false
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
                dots = 0
                inComment = false
                if quote.count == 1 { quote = [] }  // a one-line string cannot go on (the parser says so)
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
            } else if byte == UInt8(ascii: ".") {
                dots += 1
                if dots > maximumDots { return line }
            }
            index += 1
        }
        return nil
    }
}
