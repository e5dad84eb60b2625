import Foundation
import TestSupport
import Testing

/// The workbooks and CSV extracts of the built binary on the bundled data: `gmg query -o`, the funding
/// workbook printed by LibreOffice, the CSV extracts of a build.
@Suite struct WorkbookOutputTests {
    private func scratch() throws -> URL {
        let folder = Scratch.root.appendingPathComponent("gmg-wb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Runs a program and returns its standard output (through a file, never a pipe).
    private func output(_ arguments: [String]) throws -> String {
        let result = try ChildProcess.run(arguments)
        #expect(result.status == 0, "\(arguments.prefix(2)): \(result.stderr)")
        return result.stdout
    }

    @Test func queryTakesTheFormatFromTheOutputFilesExtension() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let xlsx = folder.appendingPathComponent("z.xlsx")
        #expect(try GMGRunner.run(["query", "by-funding-source", "--param", "year=2014", "-o", xlsx.path]).status == 0)
        let read = try output(["python3", "-c", """
            import openpyxl, sys
            wb = openpyxl.load_workbook(sys.argv[1])
            ws = wb.worksheets[0]
            print(wb.sheetnames)
            for row in ws.iter_rows(max_row=6):
                print([c.value for c in row if c.value is not None])
            print(list(ws.tables.keys()), ws.page_setup.paperSize, ws.print_title_rows)
            """, xlsx.path])
        let lines = read.split(separator: "\n").map(String.init)
        // The sheet name is the query's title cut at a word boundary within Excel's 31 characters.
        #expect(lines.first == "['Activities and money by funding']")
        #expect(lines.dropFirst().first == "['Activities and money by funding source']")
        #expect(lines.dropFirst(3).first == "['One row per funding source; activities with none under \"(not stated)\".']")
        #expect(lines.dropFirst(4).first == "['Parameters: year = 2014 \u{2013} Only this plan year (every year when null).']")
        #expect(lines.dropFirst(6).first == "['Funding source', 'Kind', 'Activities', 'Costed activities', 'Cost (USD)']")
        #expect(lines.last == "['Activities_and_money_by_funding'] 9 $6:$6")

        let csv = folder.appendingPathComponent("z.csv")
        #expect(try GMGRunner.run(["query", "by-funding-source", "-o", csv.path]).status == 0)
        #expect(try String(contentsOf: csv, encoding: .utf8).hasPrefix("funding_source,kind,activities,costed_activities,cost_usd\n"))
        let markdown = folder.appendingPathComponent("z.md")
        #expect(try GMGRunner.run(["query", "totals", "-o", markdown.path]).status == 0)
        #expect(try String(contentsOf: markdown, encoding: .utf8).contains("| activities |"))
        // An extension that names no format is a usage error (nothing written), unless --format says which.
        let unknown = try GMGRunner.run(["query", "totals", "-o", folder.appendingPathComponent("z.data").path])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("cannot tell the format from the extension"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("z.data").path))
        #expect(try GMGRunner.run(["query", "totals", "--format", "csv", "-o", folder.appendingPathComponent("z.data").path]).status == 0)
    }

    @Test func theFundingWorkbookPrintsInFifteenPagesOrFewerEachSheetOnePageWide() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try GMGRunner.run(["report", "funding", "--out", folder.path]).status == 0)
        let workbook = folder.appendingPathComponent("funding.xlsx")
        // Per sheet: the first word of its first and last printed column headers (none for text sheets).
        let headers = try output(["python3", "-c", """
            import openpyxl, sys, re
            wb = openpyxl.load_workbook(sys.argv[1])
            for ws in wb.worksheets:
                if not ws.tables:
                    print(ws.title + "\\t\\t")
                    continue
                ref = ws.tables.items()[0][1]
                row = int(re.sub('[A-Z]', '', ref.split(':')[0]))
                last = re.sub('[0-9]', '', ws.print_area.split(':')[1].replace('$', ''))
                first_header = ws.cell(row=row, column=1).value.split()[0]
                last_header = ws[last + str(row)].value.split()[0]
                print(ws.title + "\\t" + first_header + "\\t" + last_header)
            """, workbook.path])
        var expected: [String: (String, String)] = [:]
        for line in headers.split(separator: "\n") {
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            expected[parts[0]] = (parts[1], parts[2])
        }
        #expect(expected.count == 8)
        let profile = try scratch()
        defer { try? FileManager.default.removeItem(at: profile) }
        _ = try output(["soffice", "-env:UserInstallation=file://\(profile.path)", "--headless", "--convert-to", "pdf",
                        "--outdir", folder.path, workbook.path])
        let pdf = folder.appendingPathComponent("funding.pdf").path
        let info = try output(["pdfinfo", pdf])
        let pages = try #require(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) })
        #expect(pages <= 15)
        var printed: Set<String> = []
        for page in 1...pages {
            let text = try output(["pdftotext", "-f", "\(page)", "-l", "\(page)", "-layout", pdf, "-"])
            #expect(text.contains("GMG funding breakdown") && text.contains("Data as of"))
            #expect(text.contains("Page \(page) of \(pages)"))
            // The footer names the sheet; every page of a sheet shows its first and last column.
            let sheet = try #require(expected.keys.sorted { $0.count > $1.count }.first { name in
                text.split(separator: "\n").last { $0.contains("Page \(page) of") }?.hasPrefix(name + " ") == true
            }, "page \(page)")
            printed.insert(sheet)
            let (first, last) = expected[sheet]!
            #expect(first.isEmpty || (text.contains(first) && text.contains(last)), "page \(page) of \(sheet)")
        }
        #expect(printed.count == 8)
    }

    @Test func aBuildPublishesTheCSVExtractsInTheIndexAndTheManifest() throws {
        let folder = try GMGRunner.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try GMGRunner.run(["build"], in: folder).status == 0)
        let latest = folder.appendingPathComponent("out/latest")
        let index = try String(contentsOf: latest.appendingPathComponent("index.md"), encoding: .utf8)
        #expect(index.contains("  - CSV extracts (UTF-8, one table each, for other systems): [totals](funding/totals.csv) · "
                               + "[by-source](funding/by-source.csv) · [by-kind](funding/by-kind.csv) · [by-year](funding/by-year.csv) · "
                               + "[by-agency](funding/by-agency.csv) · [by-work-stream](funding/by-work-stream.csv) · "
                               + "[activities](funding/activities.csv)\n"))
        let manifest = try String(contentsOf: latest.appendingPathComponent("manifest.json"), encoding: .utf8)
        #expect(manifest.contains("\"funding/activities.csv\""))
        let csv = try Data(contentsOf: latest.appendingPathComponent("funding/activities.csv"))
        let lines = String(decoding: csv.dropFirst(3), as: UTF8.self).split(separator: "\n")
        let header = lines.first?.split(separator: ",").map(String.init) ?? []
        #expect(["id", "plan", "year", "work_stream", "output", "activity", "leads", "funding_sources", "cost_usd", "status"]
            .allSatisfy(header.contains))
        #expect(lines.count == 138)
    }
}
