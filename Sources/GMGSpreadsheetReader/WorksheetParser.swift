/// Streams a worksheet part into its rows of cells with values, within the row, column and cell limits.
///
/// Rows and cells without `r` take the next number; rows must come in increasing order and cells
/// in increasing columns within their row, as every spreadsheet program writes them.
final class WorksheetParser: XMLEventHandler {
    private(set) var rows: [SheetRow] = []
    private let strings: [String]
    private let formats: NumberFormats
    private let dateSystem: DateSystem
    private let limits: ReadLimits
    private let fail: (SpreadsheetError.Reason) -> SpreadsheetError

    private var rowCount = 0, cellCount = 0
    private var rowNumber = 0, lastColumn = 0
    private var cells: [SheetCell] = []
    private var cell: (reference: CellReference, type: String, style: Int)?
    private var value = "", inline = ""
    private var collecting: Collecting = .none
    private var phoneticDepth = 0

    private enum Collecting { case none, value, inlineText }

    init(strings: [String], formats: NumberFormats, dateSystem: DateSystem, limits: ReadLimits,
         fail: @escaping (SpreadsheetError.Reason) -> SpreadsheetError) {
        self.strings = strings
        self.formats = formats
        self.dateSystem = dateSystem
        self.limits = limits
        self.fail = fail
    }

    func start(_ name: String, _ attributes: [String: String]) throws {
        switch name {
        case "row": try startRow(attributes["r"])
        case "c": try startCell(attributes)
        case "v" where cell != nil:
            collecting = .value
            value = ""
        case "rPh": phoneticDepth += 1
        case "t" where cell != nil && phoneticDepth == 0: collecting = .inlineText
        default: break
        }
    }

    func end(_ name: String) throws {
        switch name {
        case "row":
            if !cells.isEmpty { rows.append(SheetRow(number: rowNumber, cells: cells)) }
            cells = []
        case "c": try endCell()
        case "v", "t": collecting = .none
        case "rPh": phoneticDepth -= 1
        default: break
        }
    }

    func text(_ text: String) {
        switch collecting {
        case .value: value += text
        case .inlineText: inline += text
        case .none: break
        }
    }

    private func startRow(_ r: String?) throws {
        rowCount += 1
        guard rowCount <= limits.maxRows else { throw fail(.tooManyRows(limit: limits.maxRows)) }
        let number = try r.map { text in
            guard let number = Int(text), number >= 1, number <= 1_048_576 else {
                throw fail(.invalidContent("bad row number \(String(reflecting: text))"))
            }
            return number
        } ?? rowNumber + 1
        guard number > rowNumber else { throw fail(.invalidContent("row \(number) comes after row \(rowNumber)")) }
        rowNumber = number
        lastColumn = 0
    }

    private func startCell(_ attributes: [String: String]) throws {
        cellCount += 1
        guard cellCount <= limits.maxCells else { throw fail(.tooManyCells(limit: limits.maxCells)) }
        if rowNumber == 0 { try startRow(nil) }
        let reference: CellReference
        if let r = attributes["r"] {
            guard let parsed = CellReference(r, maxColumn: Int.max / 27) else {
                throw fail(.invalidContent("bad cell reference \(String(reflecting: r))"))
            }
            reference = parsed
        } else {
            reference = CellReference(row: rowNumber, column: lastColumn + 1)
        }
        guard reference.column <= limits.maxColumns else { throw fail(.tooManyColumns(limit: limits.maxColumns)) }
        guard reference.row == rowNumber, reference.column > lastColumn else {
            throw fail(.invalidContent("cell \(reference) is out of order in row \(rowNumber)"))
        }
        lastColumn = reference.column
        cell = (reference, attributes["t"] ?? "n", attributes["s"].flatMap(Int.init) ?? 0)
        value = ""
        inline = ""
    }

    private func endCell() throws {
        guard let (reference, type, style) = cell else { return }
        cell = nil
        collecting = .none
        let place = "cell \(reference)"
        let result: CellValue?
        switch type {
        case "s":
            guard !value.isEmpty else { result = nil; break }
            guard let index = Int(value.trimmingWhitespace), index >= 0, index < strings.count else {
                throw fail(.invalidContent("\(place): no shared string \(String(reflecting: value))"))
            }
            result = .text(strings[index])
        case "inlineStr": result = .text(inline)
        case "str": result = .text(value)
        case "b": result = value.isEmpty ? nil : .boolean(value.trimmingWhitespace == "1" || value.trimmingWhitespace == "true")
        case "e": result = .error(value)
        case "d":
            guard let date = SpreadsheetDate(iso: value.trimmingWhitespace) else {
                throw fail(.invalidContent("\(place): bad ISO date \(String(reflecting: value))"))
            }
            result = .date(date)
        case "n":
            guard !value.isEmpty else { result = nil; break }
            guard let number = Double(value.trimmingWhitespace), number.isFinite else {
                throw fail(.invalidContent("\(place): bad number \(String(reflecting: value))"))
            }
            if formats.isDate(style), let date = dateSystem.date(fromSerial: number) {
                result = .date(date)
            } else {
                result = .number(number)
            }
        default: throw fail(.invalidContent("\(place): unknown cell type \(String(reflecting: type))"))
        }
        if let result { cells.append(SheetCell(reference: reference, value: result, numberFormat: formats.code(style))) }
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    var trimmingWhitespace: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
