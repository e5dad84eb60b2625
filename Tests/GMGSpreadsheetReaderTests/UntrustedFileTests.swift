import Foundation
import GMGSpreadsheetReader
import TestSupport
import Testing

/// Spoiled and hostile files are refused with an error naming the file (and part), quickly, and
/// nothing is written anywhere.
@Suite struct UntrustedFileTests {
    private func refusal(_ name: String, limits: ReadLimits = ReadLimits(),
                         sheet: String? = "Sheet1") throws -> SpreadsheetError? {
        let url = try Fixtures.url(name)
        let started = Date()
        defer { #expect(Date().timeIntervalSince(started) < 30, "\(name) took too long") }
        do {
            let book = try Spreadsheet(contentsOf: url, displayName: name, limits: limits)
            if let sheet { _ = try book.worksheet(named: sheet) }
            return nil
        } catch let error as SpreadsheetError {
            #expect(error.description.hasPrefix(name + ": "))
            return error
        }
    }

    @Test func foreignFilesAreNotWorkbooks() throws {
        #expect(try refusal("not-a-zip.xlsx")?.reason == .notZip)
        #expect(try refusal("legacy.xls")?.reason == .legacyOrEncrypted)
        let missing = Scratch.root.appendingPathComponent("gmg-missing-\(UUID().uuidString).xlsx")
        #expect(throws: SpreadsheetError.self) { try Spreadsheet(contentsOf: missing) }
    }

    @Test func entryNamesThatClimbOutAreRefused() throws {
        let before = try FileManager.default.contentsOfDirectory(atPath: Fixtures.folder.get().deletingLastPathComponent().path)
        #expect(try refusal("traversal.xlsx")?.reason == .unsafeEntryName("../../evil.txt"))
        #expect(try refusal("absolute.xlsx")?.reason == .unsafeEntryName("/etc/evil.txt"))
        let after = try FileManager.default.contentsOfDirectory(atPath: Fixtures.folder.get().deletingLastPathComponent().path)
        #expect(!after.contains("evil.txt") && Set(after).subtracting(before).allSatisfy { !$0.contains("evil") })
    }

    @Test func entityDeclarationsAreRefused() throws {
        let bomb = try refusal("entity-bomb.xlsx")
        #expect(bomb?.reason == .documentTypeDeclaration)
        #expect(bomb?.part == "xl/sharedStrings.xml")
        #expect(try refusal("external-entity.xlsx")?.reason == .documentTypeDeclaration)
        #expect(try refusal("utf16.xlsx")?.reason == .notUTF8)
    }

    @Test func zipBombsStopAtTheLimit() throws {
        let limits = ReadLimits(maxPartBytes: 16 << 20)
        #expect(try refusal("bomb.xlsx", limits: limits)?.reason == .partTooLarge(limit: 16 << 20))
        #expect(try refusal("bomb-lying.xlsx", limits: limits)?.reason == .partTooLarge(limit: 16 << 20))
        #expect(try refusal("bomb-lying.xlsx")?.reason == .partTooLarge(limit: 256 << 20))
        #expect(try refusal("bomb.xlsx", limits: ReadLimits(maxTotalBytes: 1 << 20))?.reason == .totalTooLarge(limit: 1 << 20))
    }

    @Test func hugeSheetsStopAtTheLimit() throws {
        let error = try refusal("million-rows.xlsx", limits: ReadLimits(maxRows: 10_000))
        #expect(error?.reason == .tooManyRows(limit: 10_000))
        #expect(error?.description == "million-rows.xlsx: xl/worksheets/sheet1.xml: refused: more than 10,000 rows")
        #expect(try refusal("million-rows.xlsx", limits: ReadLimits(maxFileBytes: 1 << 20))?.reason == .fileTooLarge(limit: 1 << 20))
    }

    @Test func damagedArchivesAreRefusedWithoutHanging() throws {
        #expect(try refusal("truncated.xlsx")?.reason == .damaged("the compressed data ends early"))
        #expect(try refusal("bad-crc.xlsx")?.reason == .damaged("CRC-32 mismatch"))
    }
}
