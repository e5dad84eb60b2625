import Foundation
import GMGQuery
import GMGReports
import Testing

/// The report workbooks on the small fixture, read back with openpyxl: the overview, every section's
/// sheet, charts that plot what they say, empty amounts, years as numbers.
@Suite struct WorkbookTests {
    let reports: FixtureReports

    init() throws { reports = try FixtureReports() }

    /// openpyxl's view of the workbook: per sheet, its cells as `A1=value` lines, its chart blocks and charts.
    private func read(_ url: URL) throws -> [String: [String]] {
        let output = try python("""
            import openpyxl, sys, json, zipfile, re
            wb = openpyxl.load_workbook(sys.argv[1])
            z = zipfile.ZipFile(sys.argv[1])
            out = {}
            for ws in wb.worksheets:
                lines = []
                for row in ws.iter_rows():
                    for c in row:
                        if c.value is not None:
                            lines.append(f"{c.coordinate}={c.value!r}:{c.data_type}")
                for ch in ws._charts:
                    lines.append(f"chart {type(ch).__name__} {getattr(ch, 'barDir', '')} series={len(ch.series)}")
                lines += [f"link {c.coordinate}->{c.hyperlink.location}" for row in ws.iter_rows() for c in row if c.hyperlink]
                lines += [f"table {n} {r}" for n, r in ws.tables.items()]
                lines += [f"right {c.coordinate}" for row in ws.iter_rows() for c in row
                          if c.value is not None and c.alignment.horizontal == "right"]
                ps = ws.page_setup
                lines.append(f"print {ps.orientation} paper={ps.paperSize} area={ws.print_area} rows={ws.print_title_rows}")
                out[ws.title] = lines
            json.dump(out, sys.stdout)
            """, [url.path])
        return try JSONDecoder().decode([String: [String]].self, from: Data(output.utf8))
    }

    @Test func theFundingChartsPlotWhatTheySay() throws {
        let (folder, _) = try reports.build("funding")
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = try read(folder.appendingPathComponent("funding.xlsx"))
        // Counts: a bar per funding source, the axis says "Activities"; no pie of counts.
        let bySource = try #require(book["By funding source"])
        #expect(bySource.contains("chart BarChart bar series=1"))
        #expect(bySource.contains { $0.hasSuffix("='Chart data: By funding source (number of activities)':s") })
        // Money by source and year: one series per year with a stated amount, only the sources that
        // state an amount, and a note naming those left out (not plotted as zero).
        let byYear = try #require(book["Funding source by year"])
        #expect(byYear.contains("chart BarChart bar series=2"))
        let block = try #require(byYear.firstIndex { $0.contains("Chart data: Stated cost by funding source and year (USD)") })
        let header = byYear[(block + 1)...].prefix(2).map { $0.split(separator: "=").last.map(String.init) ?? "" }
        #expect(header == ["'2013':s", "'2014':s"])
        let categories = byYear[(block + 3)...].filter { $0.hasSuffix(":s") }.map { $0.split(separator: "=")[1] }
        #expect(categories == ["'ILO budget':s", "'KNOMAD':s", "'To be mobilized':s", "'UNDP budget':s"])
        #expect(byYear.contains { $0.contains("Not in the chart, because no amount is stated for them (which is not zero): "
                                               + "\u{201C}(not stated)\u{201D}, \u{201C}Staff costs of the GMG chair and members\u{201D}.") })
        // The source without a stated cost has an empty amount, not 0.
        let notStated = try #require(byYear.first { $0.hasSuffix("='(not stated)':s") }?.prefix { $0 != "=" })
        let row = notStated.drop { $0.isLetter }
        #expect(!byYear.contains { $0.hasPrefix("B\(row)=") || $0.hasPrefix("F\(row)=") })
        // The Markdown draws the same chart (one Mermaid chart per year) and names what it leaves out.
        let markdown = try String(contentsOf: folder.appendingPathComponent("funding.md"), encoding: .utf8)
        #expect(markdown.contains("title \"Stated cost by funding source and year (USD), 2013\"\n"
                                  + "    x-axis [\"ILO budget\", \"KNOMAD\", \"To be mobilized\", \"UNDP budget\"]"))
        #expect(markdown.contains("Not in the chart, because no amount is stated for them (which is not zero)"))
    }

    @Test func theOverviewSaysWhatTheWorkbookIsAndLinksEverySheet() throws {
        let (folder, _) = try reports.build("annual", ["term": "2014"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = try read(folder.appendingPathComponent("annual-2014.xlsx"))
        let overview = try #require(book["Overview"])
        #expect(overview.first == "A1='Global Migration Group: end-of-chairmanship report 2014':s")
        #expect(overview.contains("A3='For GMG Principals, focal points and the incoming chair.':s"))
        for expected in ["'Data as of':s", "'Built':s", "\"The chair term's year\":s", "'Counting rules':s", "'Sources':s", "'Sheets':s"] {
            #expect(overview.contains { $0.hasSuffix("=" + expected) }, "\(expected)")
        }
        #expect(overview.contains { $0.hasPrefix("B") && $0.hasSuffix("=2014:n") })
        #expect(overview.contains { $0.contains("=datetime.datetime(2014, 12, 31, 0, 0):d") })
        #expect(overview.contains { $0.hasSuffix("='\u{2022} Multi-Annual Work Plan 2013-2015 (28 June 2013)':s") })
        #expect(!overview.contains { $0.contains("002_fe238dadcb3ede67") })
        let links = overview.filter { $0.hasPrefix("link ") }.map { String($0.split(separator: ">").last!) }
        #expect(links == ["'Summary'!A1", "'Who chaired'!A1", "'Delivery'!A1", "'Timeline'!A1", "'Funding'!A1", "'Carry-over'!A1",
                          "'No report received'!A1", "'Groups'!A1", "'Joint deliverables foreseen'!A1", "'Data quality'!A1",
                          "'Annex'!A1"])
        // A text-only section is a sheet of readable text, without Markdown marks.
        let chairs = try #require(book["Who chaired"])
        #expect(chairs.contains { $0.hasPrefix("A3='\u{2022} ILO (International Labour Organization): whole year of 2014, confirmed") })
        #expect(!chairs.contains { $0.contains("**") })
        // A table section has its text above the table, and every sheet prints on A4.
        let funding = try #require(book["Funding"])
        #expect(funding.contains { $0.hasPrefix("A3='How the 2014 activities are funded") })
        #expect(book.values.allSatisfy { sheet in sheet.contains { $0.hasPrefix("print ") && $0.contains("paper=9") } })
        #expect(book.values.filter { $0.contains { $0.hasPrefix("table ") } }.count >= 6)
    }

    @Test func numberHeadersStandOverTheirNumbersAndEachRuleNamesItsSheets() throws {
        let (folder, _) = try reports.build("funding")
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = try read(folder.appendingPathComponent("funding.xlsx"))
        let bySource = try #require(book["By funding source"])
        func cell(_ value: String) -> String? {
            bySource.first { $0.hasSuffix("='\(value)':s") }.map { String($0.prefix { $0 != "=" }) }
        }
        let activities = try #require(cell("Activities")), cost = try #require(cell("Cost (USD)"))
        let source = try #require(cell("Funding source"))
        #expect(bySource.contains("right \(activities)") && bySource.contains("right \(cost)"))
        #expect(!bySource.contains("right \(source)"))
        // The overview's counting rules say which sheets each one applies to.
        let overview = try #require(book["Overview"])
        let rulesRow = try #require(overview.first { $0.hasSuffix("='Counting rules':s") }?.dropFirst().prefix { $0 != "=" })
        let ruleLabels = overview.filter { $0.hasPrefix("A") && Int($0.dropFirst().prefix { $0 != "=" }) ?? 0 > Int(rulesRow) ?? 0 }
        #expect(ruleLabels.contains { $0.hasSuffix("='By funding source':s") }, "\(overview)")
        #expect(ruleLabels.contains { $0.hasSuffix("='Money columns':s") }, "\(overview)")
    }

    @Test func yearsAreNumbersAndUnstatedCostsAreEmpty() throws {
        let (folder, _) = try reports.build("funding")
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = try read(folder.appendingPathComponent("funding.xlsx"))
        let detail = try #require(book["Activities"])
        // The printed columns come first: Ref., year, activity, leads, funding, cost, status.
        let header = detail.filter { $0.hasSuffix(":s") && $0.dropFirst().hasPrefix("3=") }
        #expect(header.prefix(7).map { $0.split(separator: "=")[1] }
                == ["'Ref.':s", "'Year':s", "'Activity':s", "'Leads':s", "'Funding sources':s", "'Cost (USD)':s", "'Status':s"])
        #expect(detail.contains("B4=2013:n"))
        #expect(detail.contains { $0.hasPrefix("print landscape") && $0.contains("area='Activities'!$A$1:$G$") })
        // a1 states no cost: its cost cell is empty; a2 states 30,000.
        let costs = detail.filter { $0.hasPrefix("F") && $0.hasSuffix(":n") }
        #expect(costs.count == 3)
        // The CSV extract: every column, years as numbers, an empty cost where none is stated (UTF-8 with a BOM).
        let bytes = try Data(contentsOf: folder.appendingPathComponent("funding/activities.csv"))
        #expect(bytes.prefix(3) == Data([0xEF, 0xBB, 0xBF]))
        let lines = String(decoding: bytes.dropFirst(3), as: UTF8.self).split(separator: "\n")
        #expect(lines.first?.hasPrefix("id,plan,year,work_stream,output_number,output,number,activity,") == true)
        #expect(lines.count == 8)
        #expect(lines.dropFirst().allSatisfy { $0.contains(",2013,") || $0.contains(",2014,") })
    }

    @Test func chartKeysNameColumnsOfTheQueryAndItsMeasure() throws {
        func failure(_ chart: String) throws -> String {
            let folder = try Paths.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let toml = "title = \"T\"\n[[sections]]\nid = \"a\"\ntitle = \"A\"\nquery = \"by-funding-source\"\nrender = \"chart\"\nchart = \(chart)\n"
            try Data(toml.utf8).write(to: folder.appendingPathComponent("x.toml"))
            do {
                let library = try ReportLibrary(directory: folder, displayName: "Reports", queries: reports.queries)
                _ = try reports.builder.build(library.report(named: "x"), parameters: [:], into: folder)
                return "no error"
            } catch {
                return "\(error)"
            }
        }
        #expect(try failure("{ label = \"source\", value = \"activities\" }")
                == "Reports/x.toml: sections[0].chart.label: query \"by-funding-source\" has no column \"source\" (its columns: funding_source, kind, activities, costed_activities, cost_usd)")
        #expect(try failure("{ label = \"funding_source\", value = \"activities\", series = \"yeer\" }")
                == "Reports/x.toml: sections[0].chart.series: query \"by-funding-source\" has no column \"yeer\" (its columns: funding_source, kind, activities, costed_activities, cost_usd)")
        #expect(try failure("{ label = \"funding_source\", value = \"activities\", measure = \"money\" }")
                == "Reports/x.toml: sections[0].chart.measure: a money chart plots money columns; a value column holds integer values")
        #expect(try failure("{ label = \"funding_source\", value = \"cost_usd\", measure = \"count\" }")
                == "Reports/x.toml: sections[0].chart.measure: a count chart plots whole-number columns; a value column holds money values")
        #expect(try failure("{ type = \"pie\", label = \"funding_source\", values = [\"activities\", \"costed_activities\"] }")
                == "Reports/x.toml: sections[0].chart.type: a pie shows one value column, without series")
        #expect(try failure("{ type = \"donut\", label = \"funding_source\", value = \"activities\" }")
                == "Reports/x.toml: sections[0].chart.type: unknown chart type \"donut\" (pie, bar, column)")
        #expect(try failure("{ label = \"funding_source\", value = \"activities\", limit = 1 }")
                == "Reports/x.toml: sections[0].chart.limit: between 2 and 30 slices or bars")
        #expect(try failure("{ label = \"funding_source\", values = [\"activities\", \"costed_activities\"] }") == "no error")
    }
}
