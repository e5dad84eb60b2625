import GMGTable
import GMGXLSX

/// Report text fitted to Excel's cells: a text the report computes (an output's delivery line
/// listing every one of its activities, at tens of thousands of activities) can outgrow the
/// 32,767 characters a cell holds, which data never does (`gmg check` refuses such data). Such a
/// text is cut between words and says so, instead of failing the whole workbook.
enum ExcelCellFit {
    /// The characters an Excel cell holds.
    static let limit = 32_767
    /// What ends a cut text.
    static let note = " … [cut here: the full text is longer than an Excel cell holds]"

    /// `text` itself when it fits a cell, else its start cut between words, with ``note``.
    static func fitted(_ text: String) -> String {
        guard text.utf8.count > limit, text.unicodeScalars.count > limit else { return text }
        let room = limit - note.unicodeScalars.count
        var scalars = String.UnicodeScalarView(text.unicodeScalars.prefix(room))
        if let space = scalars.lastIndex(of: " "), scalars.distance(from: scalars.startIndex, to: space) > room / 2 {
            scalars = String.UnicodeScalarView(scalars[..<space])
        }
        return String(scalars) + note
    }

    /// `content` with every text fitted.
    static func fitted(_ content: XLSXRenderer.Content) -> XLSXRenderer.Content {
        switch content {
        case .table(var sheet):
            sheet.table.rows = sheet.table.rows.map { $0.map(fitted) }
            sheet.table.streamed = sheet.table.streamed?.mapCells(fitted)
            sheet.introduction = sheet.introduction.map(fitted)
            return .table(sheet)
        case .text(var sheet):
            sheet.items = sheet.items.map(fitted)
            return .text(sheet)
        }
    }

    private static func fitted(_ cell: Cell) -> Cell {
        if case .text(let text) = cell { return .text(fitted(text)) }
        return cell
    }

    private static func fitted(_ item: XLSXTextSheet.Item) -> XLSXTextSheet.Item {
        switch item {
        case .heading(let text): .heading(fitted(text))
        case .paragraph(let text): .paragraph(fitted(text))
        case .bullet(let text): .bullet(fitted(text))
        case .field(let name, let cell, let kind): .field(fitted(name), fitted(cell), kind: kind)
        case .link(let text, let sheet, let description): .link(fitted(text), sheet: sheet, description: fitted(description))
        }
    }
}
