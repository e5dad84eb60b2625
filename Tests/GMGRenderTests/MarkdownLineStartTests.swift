@testable import GMGRender
import Testing

/// Where a value lands decides whether its leading "1." or "-" is escaped.
@Suite struct MarkdownLineStartTests {
    @Test func aBlockCanStartOnlyAfterWhiteSpaceAndContainerMarkers() {
        for (prefix, canStart) in [("", true), ("  ", true), ("- ", true), ("1. ", true), ("> - ", true), ("12) ", true), ("**", false),
                                   ("Text ", false), ("-", false), ("1.", false), ("*Source:* ", false)] {
            #expect(MarkdownText.blockCanStart(after: Substring(prefix)) == canStart, "\(prefix)")
        }
        #expect(MarkdownText.value("1. x", after: "See ") == "1. x")
        #expect(MarkdownText.value("1. x", after: "- ") == "1\\. x")
        #expect(MarkdownText.value(" - x <b> ", after: "Text ") == "- x \\<b\\>")
    }
}
