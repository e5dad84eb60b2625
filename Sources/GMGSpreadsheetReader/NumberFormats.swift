/// Which cell styles show numbers as dates, from the styles part (`xl/styles.xml`).
struct NumberFormats: Sendable {
    /// The number format code of each cell style index (`s` attribute), nil for General.
    private let codes: [String?]
    private let dates: [Bool]

    /// No styles: every number is General.
    init() {
        codes = []
        dates = []
    }

    /// The formats of a styles part.
    init(styles: XMLTree.Element) {
        var custom: [Int: String] = [:]
        for format in styles.child("numFmts")?.children("numFmt") ?? [] {
            if let id = format.attributes["numFmtId"].flatMap(Int.init), let code = format.attributes["formatCode"] {
                custom[id] = code
            }
        }
        var codes: [String?] = []
        var dates: [Bool] = []
        for style in styles.child("cellXfs")?.children("xf") ?? [] {
            let id = style.attributes["numFmtId"].flatMap(Int.init) ?? 0
            codes.append(custom[id] ?? Self.builtIn[id])
            dates.append(custom[id].map(Self.isDateCode) ?? Self.builtInDateIDs.contains(id))
        }
        self.codes = codes
        self.dates = dates
    }

    /// The format code of style `index`.
    func code(_ index: Int) -> String? { index >= 0 && index < codes.count ? codes[index] : nil }

    /// Whether style `index` shows a number as a date or time.
    func isDate(_ index: Int) -> Bool { index >= 0 && index < dates.count && dates[index] }

    /// Built-in formats that are dates or times (ECMA-376 18.8.30, with the East Asian ones).
    static let builtInDateIDs: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)

    private static let builtIn: [Int: String] = [
        1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00", 14: "mm-dd-yy",
        15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss",
        22: "m/d/yy h:mm", 45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 49: "@",
    ]

    /// Whether a custom format code shows dates: a `d`, `m`, `y`, `h` or `s` outside quoted text,
    /// escaped characters and `[...]` sections, in the first section.
    static func isDateCode(_ code: String) -> Bool {
        var characters = code.lowercased().replacingOccurrences(of: "general", with: "")[...]
        var inQuote = false, inBracket = false
        while let character = characters.popFirst() {
            if inQuote { inQuote = character != "\""; continue }
            if inBracket { inBracket = character != "]"; continue }
            switch character {
            case "\"": inQuote = true
            case "[": inBracket = true
            case "\\", "_", "*": _ = characters.popFirst()
            case ";": return false
            case "d", "m", "y", "h", "s": return true
            default: continue
            }
        }
        return false
    }
}
