import GMGRender
import GMGTable
import Testing

@Suite struct MermaidTests {
    @Test func gantt() throws {
        let text = try Mermaid.gantt(title: "Activities: by time frame", sections: [
            .init(name: "Work stream #1; policy", items: [
                .init(label: "Draft: the \"plan\"", start: CalendarDate(year: 2013, month: 1, day: 1),
                      end: CalendarDate(year: 2013, month: 6, day: 30)),
                .init(label: "section two\nlines", start: CalendarDate(year: 2013, month: 7, day: 1),
                      end: CalendarDate(year: 2013, month: 7, day: 1)),
            ]),
        ])
        #expect(text == """
            ```mermaid
            gantt
                title Activities\u{A789} by time frame
                dateFormat YYYY-MM-DD
                axisFormat %b %Y
                inclusiveEndDates
                section Work stream \u{FF03}1, policy
                Draft\u{A789} the 'plan' :2013-01-01, 2013-06-30
                \u{200B}section two lines :2013-07-01, 2013-07-01
            ```

            """)
        #expect(throws: RenderError.self) {
            try Mermaid.gantt(title: nil, sections: [.init(name: "s", items: [
                .init(label: "backwards", start: CalendarDate(year: 2014, month: 1, day: 2),
                      end: CalendarDate(year: 2014, month: 1, day: 1)),
            ])])
        }
    }

    @Test func pie() throws {
        let text = try Mermaid.pie(title: "Funding", slices: [.init(label: "UNDP", value: 1200.5), .init(label: "", value: 0)])
        #expect(text == "```mermaid\npie showData\n    title Funding\n    \"UNDP\" : 1200.5\n    \"(blank)\" : 0\n```\n")
        #expect(throws: RenderError.self) { try Mermaid.pie(title: nil, slices: [.init(label: "x", value: -1)]) }
        #expect(throws: RenderError.self) { try Mermaid.pie(title: nil, slices: [.init(label: "x", value: .nan)]) }
    }

    @Test func bar() throws {
        let text = try Mermaid.bar(title: "Outputs", categories: ["A, \"B\"", "C"], values: [3, 1e-7], valueAxis: "Outputs")
        #expect(text == """
            ```mermaid
            xychart-beta
                title "Outputs"
                x-axis ["A, 'B'", "C"]
                y-axis "Outputs"
                bar [3, 0.0000001]
            ```

            """)
        #expect(throws: RenderError.self) { try Mermaid.bar(title: nil, categories: ["a"], values: []) }
    }

    @Test(arguments: ["a:b", "q\"uote", "h#sh", "semi;colon", "new\nline", "cr\rlf", "%%{init}%%", "  ", "tab\there"])
    func labelsCannotBreakSyntax(_ raw: String) {
        let label = Mermaid.label(raw)
        #expect(!label.isEmpty)
        for forbidden in [":", "\"", "#", ";", "\n", "\r", "\t", "%%"] { #expect(!label.contains(forbidden)) }
    }
}
