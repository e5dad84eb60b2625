import Foundation
import Testing

@testable import GMGRender
import GMGTable

/// The fast word count, trimming and HTML escaping give what the slow paths they skip give, on
/// plain, typographic and awkward Unicode text.
@Suite struct TextCountingTests {
    static let texts = [
        "", " ", "one", "  two  words ", "tabs\tand\nlines\r\nand\u{B}\u{C}feeds", "Résumé – “quoted” · 3×4 € 1,000",
        "no\u{A0}break", "soft\u{AD}hyphen", "e\u{301} accent", " \u{301}mark after space", "a\u{2003}em space",
        "line\u{2028}separator", "zero\u{200B}width", "中文 テキスト", "emoji 😀 👍🏽", "\u{600}\u{20}prepend",
        "\u{85}next line", "–\u{2009}thin", "• bullet … ellipsis", "x\u{20DD} enclosed",
    ]

    @Test(arguments: texts)
    func wordCountIsTheSplitCount(text: String) {
        #expect(Document.words(in: text) == text.split(whereSeparator: \.isWhitespace).count)
    }

    @Test(arguments: texts.map { "\n \($0) \t\n" } + texts)
    func trimmingIsFoundationsTrimming(text: String) {
        for set in [CharacterSet.whitespaces, .whitespacesAndNewlines, .newlines, CharacterSet(charactersIn: " ,;:–-.")] {
            #expect(text.trimmingScalars(in: set) == text.trimmingCharacters(in: set))
            #expect(text.dropFirst().trimmingScalars(in: set) == text.dropFirst().trimmingCharacters(in: set))
        }
    }

    /// Text with nothing to escape comes back as it is; anything else takes the escaping path.
    @Test func escapingSkipsOnlyTextWithNothingToEscape() {
        #expect(ProseHTML.escape("Résumé – “quoted” · 3×4\nline\ttab") == "Résumé – “quoted” · 3×4\nline\ttab")
        #expect(ProseHTML.escape("a\u{85}b\u{9F}c\u{A0}d\u{7F}e\u{1}f") == "a b c\u{A0}d e f")
        #expect(ProseHTML.escape("<a href='x'>&\"</a>") == "&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;")
        #expect(ProseHTML.html("plain – text & more") == "<p>plain – text &amp; more</p>")
        #expect(ProseHTML.html("**bold** and `code` <x>") == "<p><strong>bold</strong> and <code>code</code> &lt;x&gt;</p>")
    }

    /// Marked text is escaped a run at a time between its marks, as it was a character at a time.
    @Test func inlineMarksAroundEscapedRuns() {
        #expect(ProseHTML.inline("snake_case_id and *x*") == "snake<em>case</em>id and <em>x</em>")
        #expect(ProseHTML.inline("\\*not\\* em, a\\_b") == "*not* em, a_b")
        #expect(ProseHTML.inline("`code <x>` & *open") == "<code>code &lt;x&gt;</code> &amp; *open")
        #expect(ProseHTML.inline("**bold** _em_ x_ `a*b`") == "<strong>bold</strong> <em>em</em> x_ <code>a*b</code>")
        #expect(ProseHTML.inline("*a*b*c*") == "<em>a</em>b<em>c</em>")
        #expect(ProseHTML.inline("\u{600}*x* \\q <\\>") == "\u{600}*x* \\q &lt;&gt;")  // "\u{600}*" is one character
    }

    /// The widest unbreakable piece, measured on bytes, is the widest of the pieces cut the slow way.
    @Test(arguments: texts + ["mawp-2014-decent-work-o2-a1", "January-October 2014", "-lead /slash a/b a-1 x--y",
                              "UN-DESA/UNFPA", "  ", "a-", "\u{1}\u{7F}-z", "A-Z", "one\r\ntwo\u{1C}three"])
    func widestPieceIsTheWidestOfThePieces(text: String) {
        for bold in [false, true] {
            #expect(TextWidth.widestPiece(text, bold: bold) == TextWidth.unbreakablePieces(text).map { TextWidth.ems($0, bold: bold) }.max())
        }
    }
}
