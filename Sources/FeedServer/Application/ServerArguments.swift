import Logging

/// What `buildApplication` needs, as the command line gives it.
package protocol ServerArguments: Sendable {
    /// The publication folder (`jumelage publish --out DIR`).
    var directory: String { get }
    var hostname: String { get }
    var port: Int { get }
    /// The ledger holding the tokens; nil: the one `publication.json` names.
    var ledgerPath: String? { get }
    /// Public origin for the links of `/` (`https://calendars.example.org`); nil: the request's Host.
    var baseURL: String? { get }
    /// `trace`, `debug` (one line per request, tokens redacted), `info`, `notice`, `warning`, `error`.
    var logLevel: String { get }
    /// How often `publication.json` is checked for a new publication.
    var reloadInterval: Duration { get }
}

extension Logger.Level {
    /// The levels `--log-level` takes.
    package static func named(_ name: String) -> Logger.Level? { Logger.Level(rawValue: name.lowercased()) }
}

/// Logs to standard error, once per process, before the server starts.
package enum ServerLogging {
    package static func bootstrap() {
        LoggingSystem.bootstrap(StreamLogHandler.standardError)
    }

    package static func isLevel(_ name: String) -> Bool { Logger.Level.named(name) != nil }
}
