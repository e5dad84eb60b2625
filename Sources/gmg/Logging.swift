import Logging

/// The command's logger: structured lines on standard error, bootstrapped once.
enum Logging {
    static let logger: Logger = {
        LoggingSystem.bootstrap { label in ProgressAwareLogHandler(inner: StreamLogHandler.standardError(label: label)) }
        var logger = Logger(label: "gmg")
        logger.logLevel = .info
        return logger
    }()
}

/// Log lines on standard error that clear the terminal's progress line (``ProgressLine``) first.
struct ProgressAwareLogHandler: LogHandler {
    var inner: StreamLogHandler

    func log(event: LogEvent) {
        guard let line = ProgressLine.shared else { return inner.log(event: event) }
        line.interrupting { inner.log(event: event) }
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { inner[metadataKey: key] }
        set { inner[metadataKey: key] = newValue }
    }

    var metadata: Logger.Metadata {
        get { inner.metadata }
        set { inner.metadata = newValue }
    }

    var logLevel: Logger.Level {
        get { inner.logLevel }
        set { inner.logLevel = newValue }
    }
}
