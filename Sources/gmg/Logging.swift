import Logging

/// The command's logger: structured lines on standard error, bootstrapped once.
enum Logging {
    static let logger: Logger = {
        LoggingSystem.bootstrap(StreamLogHandler.standardError)
        var logger = Logger(label: "gmg")
        logger.logLevel = .info
        return logger
    }()
}
