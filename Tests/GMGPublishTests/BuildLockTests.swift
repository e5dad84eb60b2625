import Foundation
import Testing

@testable import GMGPublish

@Suite(.cleanTemporaryFiles) struct BuildLockTests {
    let recorder = LogRecorder()

    @Test func heldLockNamesItsHolderAndReleaseClearsIt() throws {
        let out = try temporaryDirectory().appendingPathComponent("out")
        let lock = BuildLock(directory: out, logger: recorder.logger)
        try lock.acquire(wait: .zero)
        #expect(lock.isHeld)
        let holder = try #require(LockHolder(fileText: try text(out.appendingPathComponent(".lock"))))
        #expect(holder.pid == getpid())
        #expect(abs(holder.since.timeIntervalSinceNow) < 60)
        lock.release()
        #expect(!lock.isHeld)
        #expect(try text(out.appendingPathComponent(".lock")) == "")
    }

    @Test func secondLockInTheSameProcessIsBusyAndNamesTheHolder() throws {
        let out = try temporaryDirectory()
        let first = BuildLock(directory: out, logger: recorder.logger)
        try first.acquire(wait: .zero)
        let second = BuildLock(directory: out, logger: recorder.logger)
        let start = Date()
        let error = #expect(throws: LockError.self) { try second.acquire(wait: .milliseconds(300)) }
        #expect(Date().timeIntervalSince(start) >= 0.3)
        guard case .busy(let path, let holder, let waited) = error else {
            Issue.record("expected busy, got \(String(describing: error))")
            return
        }
        #expect(path == out.appendingPathComponent(".lock").path)
        #expect(holder?.pid == getpid())
        #expect(waited >= .milliseconds(300))
        let message = "\(error!)"
        #expect(message.hasPrefix("Another build holds the lock \(path): process \(getpid()) on "))
        #expect(message.contains(" since \(holder!.sinceText); gave up after waiting 0.3 s."))
        #expect(!second.isHeld)
    }

    @Test func waiterGetsTheLockWhenTheHolderReleasesIt() throws {
        let out = try temporaryDirectory()
        let taken = DispatchSemaphore(value: 0)
        let released = Date().addingTimeInterval(0.3)
        let thread = Thread { [logger = recorder.logger] in
            let first = BuildLock(directory: out, logger: logger)
            try? first.acquire(wait: .zero)
            taken.signal()
            Thread.sleep(until: released)
            first.release()
        }
        thread.start()
        taken.wait()
        let second = BuildLock(directory: out, logger: recorder.logger)
        try second.acquire(wait: .seconds(10))
        #expect(Date() >= released)
        #expect(recorder.messages.contains("waiting for the build lock"))
    }

    @Test func lockHeldByAnotherProcessIsBusyUntilThatProcessIsKilled() throws {
        let out = try temporaryDirectory()
        let ready = out.appendingPathComponent("ready")
        let script = """
            exec 9>>"$1/.lock"
            /usr/bin/flock -n 9 || exit 3
            printf 'pid=%s\\nhost=%s\\nsince=2025-03-01T02:00:00Z\\n' $$ "$(cat /proc/sys/kernel/hostname)" >"$1/.lock"
            : >"$1/ready"
            exec sleep 60
            """
        let holder = try start("/bin/sh", ["-c", script, "sh", out.path])
        defer { if holder.isRunning { kill(holder.processIdentifier, SIGKILL) } }
        #expect(eventually { FileManager.default.fileExists(atPath: ready.path) })

        let lock = BuildLock(directory: out, logger: recorder.logger)
        let error = #expect(throws: LockError.self) { try lock.acquire(wait: .milliseconds(200)) }
        guard case .busy(_, let named, _) = error else {
            Issue.record("expected busy, got \(String(describing: error))")
            return
        }
        #expect(named?.pid == holder.processIdentifier)
        #expect("\(error!)".contains("since 2025-03-01T02:00:00Z"))

        kill(holder.processIdentifier, SIGKILL)
        holder.waitUntilExit()
        try lock.acquire(wait: .seconds(5))
        #expect(recorder.messages.contains("stale lock of dead process \(holder.processIdentifier) recovered"))
    }

    @Test func lockFileOfADeadProcessIsRecoveredAndLogged() throws {
        let out = try temporaryDirectory()
        let dead = try deadProcessID()
        let stale = LockHolder(pid: dead, host: SystemCalls.hostName(), since: Date(timeIntervalSince1970: 0))
        try stale.fileText.write(to: out.appendingPathComponent(".lock"), atomically: false, encoding: .utf8)
        let lock = BuildLock(directory: out, logger: recorder.logger)
        try lock.acquire(wait: .zero)
        #expect(recorder.messages.filter { $0.contains("stale") } == ["stale lock of dead process \(dead) recovered"])
        #expect(LockHolder(fileText: try text(out.appendingPathComponent(".lock")))?.pid == getpid())
    }

    @Test func lockUnderARegularFileIsUnusable() throws {
        let file = try temporaryDirectory().appendingPathComponent("file")
        try Data().write(to: file)
        let lock = BuildLock(directory: file.appendingPathComponent("out"), logger: recorder.logger)
        let error = #expect(throws: LockError.self) { try lock.acquire(wait: .zero) }
        let lockPath = file.appendingPathComponent("out/.lock").path
        #expect(error == .unusable(path: lockPath, operation: "create the folder of", reason: "Not a directory"))
        #expect("\(error!)" == "Cannot create the folder of the lock file \(lockPath): Not a directory.")
    }

    @Test func holderTextRoundTrips() throws {
        let holder = LockHolder(pid: 42, host: "build-01", since: Date(timeIntervalSince1970: 1_740_794_400))
        #expect(holder.fileText == "pid=42\nhost=build-01\nsince=2025-03-01T02:00:00Z\n")
        #expect(LockHolder(fileText: holder.fileText) == holder)
        #expect(LockHolder(fileText: "") == nil)
        #expect(LockHolder(fileText: "pid=x\nhost=h\nsince=2025-03-01T02:00:00Z\n") == nil)
    }
}
