import Foundation
import Testing

@testable import GMGPublish

@Suite(.cleanTemporaryFiles) struct ExitStatusTests {
    @Test func codesAreTheDocumentedOnes() {
        #expect(ExitStatus.allCases.map { $0.code() } == [0, 0, 1, 2, 3, 4, 5])
        let distinct = ExitStatus.allCases.map { $0.code(skippedStatus: ExitStatus.suggestedSkippedStatus) }
        #expect(distinct == [0, 10, 1, 2, 3, 4, 5])
    }

    @Test func errorsOfThisLibraryMapToTheirStatus() {
        let busy = LockError.busy(path: "/out/.lock", holder: nil, waited: .seconds(1))
        #expect(ExitStatus(for: busy) == .lockBusy)
        #expect(ExitStatus(for: LockError.unusable(path: "/out/.lock", operation: "open", reason: "x")) == .outputError)
        #expect(ExitStatus(for: PublishError.diskFull(path: "/out", operation: "write")) == .outputError)
        #expect(ExitStatus(for: PublishError.invalidKeep(0)) == .usageError)
        #expect(ExitStatus(for: ManifestError.unwritable(path: "/out/m", reason: "x")) == .outputError)
        #expect(ExitStatus(for: ManifestError.unreadable(path: "/in/a.csv", reason: "x")) == nil)
        #expect(ExitStatus(for: CocoaError(.fileReadCorruptFile)) == nil)
    }
}
