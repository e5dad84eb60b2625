import ArgumentParser
import GMGPublish

extension ExitStatus {
    /// The status as the error ArgumentParser exits with.
    var exitCode: ExitCode { ExitCode(code()) }
}
