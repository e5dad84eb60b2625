/// An external converter that is missing, failed or ran too long. The message names the program,
/// the Debian package that provides it and, for a failure, the end of the program's own message.
public enum ConverterError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The program is not installed (not found on `PATH`).
    case missing(program: String, package: String, purpose: String)
    /// The program ended with a non-zero status (or a signal).
    case failed(program: String, status: Int32, output: String, file: String)
    /// The program ran past its time limit and was stopped.
    case timedOut(program: String, seconds: Int, file: String)
    /// The program ran but did not write its output file.
    case noOutput(program: String, file: String)

    public var description: String {
        switch self {
        case .missing(let program, let package, let purpose):
            return "\(purpose) needs \(program), which is not installed: install the Debian package \(package) "
                + "(apt-get install \(package), or run .ci/install-deps as root)"
        case .failed(let program, let status, let output, let file):
            let detail = output.isEmpty ? "" : ": " + output
            return "\(program) failed on \(file) (exit status \(status))\(detail)"
        case .timedOut(let program, let seconds, let file):
            return "\(program) ran for more than \(seconds) s on \(file) and was stopped"
        case .noOutput(let program, let file):
            return "\(program) did not write \(file)"
        }
    }
}
