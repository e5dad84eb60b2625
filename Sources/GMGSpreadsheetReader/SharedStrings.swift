/// Streams the shared strings part (`xl/sharedStrings.xml`): each `si` is its plain text or its
/// rich text runs joined; phonetic runs (`rPh`) are left out.
final class SharedStringsParser: XMLEventHandler {
    private(set) var strings: [String] = []
    private var current = ""
    private var inItem = false, inText = false, phoneticDepth = 0
    private let limit: Int
    private let fail: (SpreadsheetError.Reason) -> SpreadsheetError

    init(limit: Int, fail: @escaping (SpreadsheetError.Reason) -> SpreadsheetError) {
        self.limit = limit
        self.fail = fail
    }

    func start(_ name: String, _ attributes: [String: String]) throws {
        switch name {
        case "si":
            guard strings.count < limit else { throw fail(.tooManyStrings(limit: limit)) }
            inItem = true
            current = ""
        case "rPh": phoneticDepth += 1
        case "t": inText = inItem && phoneticDepth == 0
        default: break
        }
    }

    func end(_ name: String) throws {
        switch name {
        case "si":
            strings.append(current)
            inItem = false
        case "rPh": phoneticDepth -= 1
        case "t": inText = false
        default: break
        }
    }

    func text(_ text: String) {
        if inText { current += text }
    }
}
