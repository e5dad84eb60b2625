/// How a sheet will print on A4 with ``XLSXPageSetup``'s margins, estimated from column widths and
/// row heights: the orientation, the scale that makes it one page wide, and the page breaks that
/// keep a block (a title, a table, notes, a chart) on one page when it fits on one.
///
/// Widths are estimated on the wide side of Excel and LibreOffice (``points(columnWidth:)``);
/// heights are in points.
struct PagePlan {
    /// Rows that belong together, e.g. a table's header, rows and totals, or a chart's rows.
    struct Block {
        let firstRow: Int
        /// The height of each of its rows, in points.
        let heights: [Double]
    }

    static let a4 = (width: 595.28, height: 841.89)
    static let sideMargins = 72.0, endMargins = 108.0
    /// A sheet that would print smaller than this in portrait goes landscape.
    static let portraitMinimumScale = 0.85

    /// Which way up the paper is.
    enum Orientation {
        case portrait, landscape
    }

    let orientation: Orientation
    /// The scale that fits the width (at most 1).
    let scale: Double
    /// Rows that must start a new page so that a block is not split.
    let breaks: [Int]
    /// How many pages the sheet takes.
    let pages: Int
    /// The sheet is a little longer than a page: print it on one page, scaled down.
    let onePage: Bool
    /// A sheet up to this much longer than a page is scaled down onto one.
    static let onePageSlack = 1.4

    /// The printed width of a column `width` characters wide, in points: the wider of Excel's
    /// (`7w + 5` pixels of 0.75 points) and LibreOffice's (about 5.55 points per character).
    static func points(columnWidth width: Double) -> Double {
        max(Double(Int(width * 7 + 5)) * 0.75, width * 5.55 + 3.75)
    }

    /// The width a page holds in `orientation`, in points at 100 %.
    static func printableWidth(_ orientation: Orientation) -> Double {
        (orientation == .portrait ? a4.width : a4.height) - sideMargins
    }

    /// Plans a sheet whose printed columns are `widths` characters wide; `repeated` is the height
    /// of the row repeated on every page after the first (0 for none).
    init(widths: [Double], blocks: [Block], repeated: Double = 0) {
        let content = max(1, widths.reduce(0) { $0 + PagePlan.points(columnWidth: $1) })
        let portraitScale = min(1, PagePlan.printableWidth(.portrait) / content)
        orientation = portraitScale >= PagePlan.portraitMinimumScale ? .portrait : .landscape
        scale = min(1, PagePlan.printableWidth(orientation) / content)
        let paperHeight = orientation == .portrait ? PagePlan.a4.height : PagePlan.a4.width
        // 5 % spare for the differences between Excel's and LibreOffice's row heights.
        let pageHeight = (paperHeight - PagePlan.endMargins) / scale * 0.95
        var breaks: [Int] = []
        var pages = 1
        var used = 0.0
        for block in blocks {
            let total = block.heights.reduce(0, +)
            if used > 0, used + total > pageHeight, total + repeated <= pageHeight {
                breaks.append(block.firstRow)
                pages += 1
                used = repeated
            }
            for height in block.heights {
                if used + height > pageHeight, used > repeated {
                    pages += 1
                    used = repeated
                }
                used += height
            }
        }
        let total = blocks.reduce(0) { $0 + $1.heights.reduce(0, +) }
        onePage = pages > 1 && total <= pageHeight * PagePlan.onePageSlack
        self.breaks = onePage ? [] : breaks
        self.pages = onePage ? 1 : pages
    }
}

extension PagePlan {
    /// The page setup that prints this plan: A4, the report margins, fitted to one page wide unless
    /// breaks need a fixed scale (3 % spare), the header row on every page, the running header, and
    /// a footer with the sheet's name and the page number.
    func setup(lastRow: Int, lastColumn: Int, repeatRow: Int?, header: XLSXPageSetup.Running) -> XLSXPageSetup {
        XLSXPageSetup(landscape: orientation == .landscape, paper: .a4, fitToWidth: breaks.isEmpty,
                      repeatRows: repeatRow.map { $0...$0 }, header: header.code, footer: XLSXPageSetup.sheetAndPageFooter,
                      margins: .report, scale: breaks.isEmpty ? nil : Int(scale * 97), onePage: onePage,
                      lastRow: lastRow, lastColumn: lastColumn, rowBreaks: breaks)
    }
}
