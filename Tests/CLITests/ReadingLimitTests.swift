import Foundation
import Testing

/// Documents meant for reading summarise past the reading limit of their definition, through the
/// built binary on data the test scales itself: the Markdown and HTML list the first rows and say
/// how many there are and where they all are; the workbook and the CSV extracts keep every row.
@Suite struct ReadingLimitTests {
    /// The bundled data with its activities repeated (ids suffixed `-rK`) up to `count` rows.
    private func scaledData(to count: Int, in folder: URL) throws {
        let file = folder.appendingPathComponent("Data/activities.csv").path
        #expect(try GMGRunner.runProgram(["python3", "-c", """
            import csv, sys
            path, count = sys.argv[1], int(sys.argv[2])
            rows = list(csv.reader(open(path, newline="", encoding="utf-8")))
            header, body = rows[0], rows[1:]
            ident, inherit = header.index("id"), header.index("inherit_from")
            out = [header]
            k = 0
            while len(out) <= count:
                for row in body:
                    if len(out) > count: break
                    row = list(row)
                    if k:
                        row[ident] += f"-r{k}"
                        if row[inherit]: row[inherit] += f"-r{k}"
                    out.append(row)
                k += 1
            csv.writer(open(path, "w", newline="", encoding="utf-8"), lineterminator="\\n").writerows(out)
            """, file, String(count)]).status == 0)
    }

    private func count(_ sql: String, in folder: URL) throws -> Int {
        let result = try GMGRunner.run(["query", "--sql", sql, "--format", "csv"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        return Int(result.stdout.split(separator: "\n").last ?? "") ?? -1
    }

    @Test func readingDocumentsListUpToTheLimitAndPointToTheFilesHoldingEveryRow() throws {
        let folder = try GMGRunner.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        try scaledData(to: 400, in: folder)
        // The limit is the definitions' own rule: lowered here so that a few hundred activities pass it.
        for name in ["annual", "funding"] {
            let url = folder.appendingPathComponent("Reports/\(name).toml")
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.contains("\nreading_rows = 200\n"))
            try Data(text.replacingOccurrences(of: "\nreading_rows = 200\n", with: "\nreading_rows = 25\n").utf8).write(to: url)
        }
        let out = folder.appendingPathComponent("out")
        for arguments in [["annual", "--param", "term=2014"], ["funding"]] {
            let result = try GMGRunner.run(["report"] + arguments + ["--out", out.path], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
        }
        let annex = try count("SELECT count(*) FROM activities a JOIN outputs o ON o.id = a.output WHERE o.year = 2014", in: folder)
        #expect(annex > 25)
        let all = try count("SELECT count(*) FROM activities", in: folder)
        #expect(all == 400)

        let markdown = try String(contentsOf: out.appendingPathComponent("annual-2014.md"), encoding: .utf8)
        let annexNote = "*Only the first 25 of the \(annex) activities are listed here (the reading limit of this report); all \(annex) "
            + "are in `annual-2014.xlsx` (sheet \u{201C}Annex\u{201D}) and `annual-2014/annex.csv`.*"
        #expect(markdown.contains(annexNote))
        // The annex sets out 25 activities, each with its reference.
        let annexText = markdown.components(separatedBy: "## Annex").last ?? ""
        #expect(annexText.components(separatedBy: "*Ref.*").count - 1 == 25)
        // A reader nobody here wrote sees the sentence as text, the file names as code.
        let html = try GMGRunner.runProgram(["cmark-gfm", out.appendingPathComponent("annual-2014.md").path]).stdout
        #expect(html.contains("<em>Only the first 25 of the \(annex) activities are listed here"))
        #expect(html.contains("<code>annual-2014/annex.csv</code>"))
        let page = try String(contentsOf: out.appendingPathComponent("annual-2014.html"), encoding: .utf8)
        #expect(page.contains("Only the first 25 of the \(annex) activities are listed here"))
        #expect(page.contains("<code>annual-2014.xlsx</code>"))

        // The CSV extract and the workbook's Annex sheet hold every activity of the year.
        let rows = try GMGRunner.runProgram(["python3", "-c", """
            import csv, openpyxl, sys
            extract = list(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig")))
            print(len(extract), len({r["ref"] for r in extract}))
            sheet = openpyxl.load_workbook(sys.argv[2], read_only=True)["Annex"]
            cells = [[c for c in row] for row in sheet.iter_rows(values_only=True)]
            header = next(i for i, row in enumerate(cells) if "Ref" in row)
            column = cells[header].index("Ref")
            print(len([row for row in cells[header + 1:] if row[column]]))
            """, out.appendingPathComponent("annual-2014/annex.csv").path, out.appendingPathComponent("annual-2014.xlsx").path])
        #expect(rows.stdout == "\(annex) \(annex)\n\(annex)\n", "\(rows.stderr)")

        // The funding Markdown lists 25 of the 400 activities; funding.xlsx and funding/activities.csv have them all.
        let funding = try String(contentsOf: out.appendingPathComponent("funding.md"), encoding: .utf8)
        #expect(funding.contains("*Only the first 25 of the 400 activities are listed here (the reading limit of this report); all 400 are in "
                                 + "`funding.xlsx` (sheet \u{201C}Activities\u{201D}) and `funding/activities.csv`.*"))
        let extract = try String(contentsOf: out.appendingPathComponent("funding/activities.csv"), encoding: .utf8)
        #expect(extract.split(separator: "\n").count == 401)
    }

    @Test func nothingIsCutOnTheBundledData() throws {
        let folder = try GMGRunner.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let result = try GMGRunner.run(["report", "funding", "--out", out.path], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let funding = try String(contentsOf: out.appendingPathComponent("funding.md"), encoding: .utf8)
        #expect(!funding.contains("Only the first"))
        #expect(funding.contains("| mawp-2014-decent-work-o2-a1 |"))
    }
}
