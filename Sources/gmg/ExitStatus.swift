import ArgumentParser

/// The exit statuses of `gmg`, documented in the README ("Exit statuses").
enum ExitStatus {
    /// Built, or skipped because nothing changed (unless `--skipped-status` says otherwise).
    static let success = ExitCode(0)
    /// The data has errors (`gmg check` lists them).
    static let dataErrors = ExitCode(1)
    /// A usage error (bad option or argument).
    static let usage = ExitCode(2)
    /// A saved query or report definition is wrong.
    static let definitionErrors = ExitCode(3)
    /// Another build holds the lock and did not finish within `--wait`.
    static let lockBusy = ExitCode(4)
    /// The output could not be written or published; the previous build is untouched.
    static let outputErrors = ExitCode(5)
}
