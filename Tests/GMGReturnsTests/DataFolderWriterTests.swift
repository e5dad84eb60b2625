import Foundation
@testable import GMGReturns
import GMGData
import TestSupport
import Testing

@Suite struct DataFolderWriterTests {
    private static let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Data")

    private func copyOfData() throws -> URL {
        let folder = Scratch.root.appendingPathComponent("gmg-writer-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.data, to: folder)
        return folder
    }

    private func plan(activity: String) -> MergePlan {
        var plan = MergePlan()
        plan.documents = [MergePlan.DocumentRow(
            id: "return-ilo-2014-0000aaaa", kind: "agency-return", title: "GMG progress return: ILO, 2014", issuedBy: "ILO",
            date: "2014-12-01", reference: "return-2014-ilo.xlsx (SHA-256 0000aaaa0000)", note: "A note, with a comma")]
        plan.progress = [MergePlan.ProgressRow(
            activity: activity, status: "delivered", asOf: "2014-05-13", note: "Said \"done\", twice",
            source: "return-ilo-2014-0000aaaa: sheet Activities, row 4")]
        return plan
    }

    @Test func appendsRowsThatPassTheChecks() throws {
        let folder = try copyOfData()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try String(contentsOf: folder.appendingPathComponent("progress.csv"), encoding: .utf8)
        #expect(try DataFolderWriter(folder: folder).apply(plan(activity: "mawp-2014-human-rights-gender-o2-a1")).isEmpty)
        let after = try String(contentsOf: folder.appendingPathComponent("progress.csv"), encoding: .utf8)
        #expect(after == before + "mawp-2014-human-rights-gender-o2-a1,delivered,2014-05-13,\"Said \"\"done\"\", twice\",\"return-ilo-2014-0000aaaa: sheet Activities, row 4\"\n")
        let loaded = DataLoader.load(from: folder)
        #expect(loaded.diagnostics.errorCount == 0)
        #expect(loaded.dataset.documents.last?.note == "A note, with a comma")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).allSatisfy { !$0.hasPrefix(".") })
    }

    @Test func writesNothingWhenTheResultWouldHaveErrors() throws {
        let folder = try copyOfData()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = ["progress.csv", "documents.csv"].map { folder.appendingPathComponent($0) }
        let before = try files.map { try Data(contentsOf: $0) }
        let problems = try DataFolderWriter(folder: folder).apply(plan(activity: "mawp-2014-no-such-a1"))
        #expect(problems.count == 1 && problems.first?.message.contains("unknown activity \"mawp-2014-no-such-a1\"") == true)
        #expect(problems.first?.file == "\(folder.path)/progress.csv")
        #expect(try files.map { try Data(contentsOf: $0) } == before)
    }
}
