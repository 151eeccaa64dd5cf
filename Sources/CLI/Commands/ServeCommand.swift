import ArgumentParser
import Bilingual
import FeedServer
import Foundation
import ICalendar
import Synchronization

/// `jumelage serve DIR [--host 127.0.0.1] [--port 8080] [--ledger FILE]`
struct ServeCommand: ParsableCommand, ServerArguments {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serves a publication folder over HTTP: feeds, private feeds with tokens, an index page, /healthz.",
        discussion: """
            GET/HEAD /feeds/NAME.ics (public feeds), /feeds/private/TOKEN/NAME.ics (private feeds, see \
            `jumelage tokens`), / (the public feeds with webcal:// and Google Calendar links), /healthz. \
            A new publication in DIR is picked up within --reload seconds, or at once on SIGHUP; SIGTERM \
            finishes the requests under way and stops.
            """)

    @Argument(help: ArgumentHelp("Publication folder (`jumelage publish … --out DIR`).", valueName: "DIR"))
    var directory: String

    @Option(help: "Address to listen on.")
    var host: String = "127.0.0.1"

    @Option(help: "Port to listen on.")
    var port: Int = 8080

    @Option(help: ArgumentHelp("Publication ledger holding the tokens (default: the one publication.json names).", valueName: "FILE"))
    var ledger: String?

    @Option(help: ArgumentHelp("Public origin for the links of the index page, such as https://calendars.example.org.", valueName: "URL"))
    var baseURL: String?

    @Option(help: "Log level: trace, debug (one line per request, tokens redacted), info, notice, warning, error.")
    var logLevel: String = "info"

    @Option(name: .customLong("reload"), help: ArgumentHelp("Seconds between two checks of publication.json.", valueName: "SECONDS"))
    var reloadSeconds: Double = 2

    var hostname: String { host }
    var ledgerPath: String? { ledger }
    var reloadInterval: Duration { .milliseconds(Int64(reloadSeconds * 1000)) }

    func validate() throws {
        guard (0...65_535).contains(port) else {
            throw CommandLineError.usage(LocalizedText(fr: "--port doit aller de 0 à 65535", en: "--port must be 0–65535")).validation
        }
        guard (0.05...86_400).contains(reloadSeconds) else {
            throw CommandLineError.usage(
                LocalizedText(
                    fr: "--reload doit aller de 0,05 à 86400 secondes, pas \(reloadSeconds)",
                    en: "--reload must be from 0.05 to 86400 seconds, not \(reloadSeconds)")
            ).validation
        }
        guard Self.isAddress(host) else {
            throw CommandLineError.usage(
                LocalizedText(
                    fr: "--host « \(host) » n'est pas une adresse IP ni « localhost »",
                    en: "--host '\(host)' is not an IP address nor 'localhost'"),
                fix: LocalizedText(
                    fr: "écrivez par exemple 127.0.0.1, ::1 ou 0.0.0.0",
                    en: "write for example 127.0.0.1, ::1 or 0.0.0.0")
            ).validation
        }
        guard ServerLogging.isLevel(logLevel) else {
            throw CommandLineError.usage(
                LocalizedText(
                    fr: "--log-level : niveau inconnu « \(logLevel) » (trace, debug, info, notice, warning, error, critical)",
                    en: "--log-level: unknown level '\(logLevel)' (trace, debug, info, notice, warning, error, critical)")
            ).validation
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CommandLineError.usage(
                LocalizedText(fr: "\(directory) : aucun dossier de ce nom", en: "\(directory): no such folder"),
                fix: LocalizedText(
                    fr: "nommez le dossier où `jumelage publish --out` a publié",
                    en: "name the folder `jumelage publish --out` published to")
            ).validation
        }
    }

    /// An IPv4 or IPv6 literal, or `localhost`: what the server can bind without a name lookup.
    static func isAddress(_ host: String) -> Bool {
        if host == "localhost" { return true }
        var v4 = in_addr(), v6 = in6_addr()
        return inet_pton(AF_INET, host, &v4) == 1 || inet_pton(AF_INET6, host, &v6) == 1
    }

    func run() throws {
        ServerLogging.bootstrap()
        let arguments = self
        let outcome = Mutex<Result<Void, any Error>?>(nil)
        let done = DispatchSemaphore(value: 0)
        // The root command is synchronous: run the server on the concurrency pool and wait for it.
        Task {
            do {
                try await serve(arguments)
                outcome.withLock { $0 = .success(()) }
            } catch {
                outcome.withLock { $0 = .failure(error) }
            }
            done.signal()
        }
        done.wait()
        try Failure.guarded { try outcome.withLock { $0 }?.get() }
    }
}
