import ArgumentParser
import Registry
import Bilingual
import FeedModel
import Foundation
import Publishing
import PublishingPostgres
import WorkspacePostgres

/// `jumelage tokens create|list|revoke`: the tokens of the private feeds.
struct TokensCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokens",
        abstract: "Creates, lists and revokes the tokens that open the private feeds.",
        discussion: """
            A private feed is served at /feeds/private/TOKEN/NAME.ics. The ledger keeps only each \
            token's SHA-256: a token is printed once, when it is created. With --database postgres://…, the \
            tokens are those of the shared ledger, valid on every workspace server of that database.
            """,
        subcommands: [Create.self, List.self, Revoke.self])

    struct LedgerOption: ParsableArguments {
        @Option(help: ArgumentHelp("Publication ledger.", valueName: "FILE"))
        var ledger: String = "calendars/\(PublicationLedger.defaultFileName)"

        @Option(
            help: ArgumentHelp(
                "The shared ledger instead: postgres://user[:password]@host[:port]/database (password also from PGPASSWORD).",
                valueName: "URL"))
        var database: String?

        func validate() throws {
            guard let database else { return }
            guard PostgresURL.isPostgres(database) else {
                throw CommandLineError.usage(
                    LocalizedText(fr: "--database attend une adresse postgres://", en: "--database expects a postgres:// URL"),
                    fix: LocalizedText(
                        fr: "pour un registre SQLite, utilisez --ledger FICHIER", en: "for a SQLite ledger, use --ledger FILE")
                ).validation
            }
            do { _ = try PostgresURL.parse(database) } catch { throw CommandLineError.usage(error.message, fix: error.fix).validation }
        }

        /// The shared ledger when `--database` names one; nil for the SQLite file.
        var postgresURL: PostgresURL? { database.flatMap { try? PostgresURL.parse($0) } }
    }

    /// Runs `body` against the shared ledger.
    static func shared(_ url: PostgresURL, _ body: @escaping @Sendable (PostgresLedger) async throws -> Void) throws {
        try Failure.guarded {
            try AsyncBody.wait {
                try await body(PostgresLedger(url: url))
            }
        }
    }

    static func printCreated(_ record: FeedTokenRecord, token: String, names: [String]?) {
        let fr = language == .fr
        print(fr ? "Jeton n° \(record.id ?? 0) (\(scope(record, fr: fr))) :" : "Token #\(record.id ?? 0) (\(scope(record, fr: fr))):")
        print(token)
        for name in names ?? [] { print("  /feeds/private/\(token)/\(name)") }
        if names == nil { print("  /feeds/private/\(token)/NAME.ics") }
        FileHandle.standardError.write(
            Data((fr ? "Conservez-le maintenant : il ne sera plus affiché.\n" : "Keep it now: it will not be shown again.\n").utf8))
    }

    /// Feed names with `.ics`, each a private feed of the last publication when there is one.
    static func checkedNames(_ text: String, published: [(name: String, isPublic: Bool)]) throws(PublicationError) -> [String] {
        let names = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .map { $0.hasSuffix(".ics") ? $0 : $0 + ".ics" }
        if !published.isEmpty {
            let known = Set(published.map(\.name))
            let unknown = names.filter { !known.contains($0) }
            guard unknown.isEmpty else { throw .unknownFeeds(unknown) }
            let publicNames = Set(published.filter(\.isPublic).map(\.name))
            let opened = names.filter(publicNames.contains)
            guard opened.isEmpty else { throw .publicFeeds(opened) }
        }
        return Array(Set(names)).sorted()
    }

    static var language: Language { Failure.language }

    static func now() -> Int64 { Int64(Date().timeIntervalSince1970) }

    static func user() -> String {
        let environment = ProcessInfo.processInfo.environment
        return environment["USER"] ?? environment["LOGNAME"] ?? "unknown"
    }

    static func run(_ body: () throws(PublicationError) -> Void) throws {
        try Failure.guarded {
            do throws(PublicationError) { try body() } catch {
                Failure.printError(error.rendered(in: language))
                throw ExitCode(1)
            }
        }
    }

    static func scope(_ record: FeedTokenRecord, fr: Bool) -> String {
        record.feedNames.map { $0.joined(separator: ", ") } ?? (fr ? "tous les flux privés" : "every private feed")
    }

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Creates a token and prints it, once.")

        @Option(help: ArgumentHelp("Comma-separated private feed names (default: every private feed).", valueName: "NAMES"))
        var feeds: String?

        @Option(help: ArgumentHelp("What the token is for, such as who receives it.", valueName: "TEXT"))
        var label: String?

        @Option(help: ArgumentHelp("Who creates it (default: $USER).", valueName: "NAME"))
        var by: String?

        @OptionGroup var ledger: LedgerOption

        func run() throws {
            let (feeds, label, createdBy) = (feeds, label, by ?? TokensCommand.user())
            if let url = ledger.postgresURL {
                try TokensCommand.shared(url) { store in
                    var names: [String]?
                    if let feeds { names = try TokensCommand.checkedNames(feeds, published: try await store.lastPublicationFeeds()) }
                    let (record, token) = try await store.createToken(
                        label: label, feeds: names, createdBy: createdBy, at: TokensCommand.now())
                    TokensCommand.printCreated(record, token: token, names: names)
                }
                return
            }
            try TokensCommand.run { () throws(PublicationError) in
                let ledger = try PublicationLedger(path: ledger.ledger)
                let published =
                    try ledger.lastPublication().flatMap(\.id).map { id throws(PublicationError) in
                        try ledger.feeds(ofPublication: id).map { ($0.name, $0.feedAudience.isPublic) }
                    } ?? []
                let names = try feeds.map { text throws(PublicationError) in try TokensCommand.checkedNames(text, published: published) }
                let (record, token) = try ledger.createToken(label: label, feeds: names, createdBy: createdBy, at: TokensCommand.now())
                TokensCommand.printCreated(record, token: token, names: names)
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Lists the tokens (never the tokens themselves).")

        @Option(help: "Output format.")
        var format: OutputFormat = .text

        @OptionGroup var ledger: LedgerOption

        struct Entry: Encodable {
            var id: Int64
            var label: String?
            var feeds: [String]?
            var createdAt: String
            var createdBy: String
            var revokedAt: String?
        }

        func run() throws {
            if let url = ledger.postgresURL {
                let format = format
                try TokensCommand.shared(url) { store in Self.show(try await store.tokens(), format: format) }
                return
            }
            try TokensCommand.run { () throws(PublicationError) in
                Self.show(try PublicationLedger(path: ledger.ledger, readOnly: true).tokens(), format: format)
            }
        }

        static func show(_ records: [FeedTokenRecord], format: OutputFormat) {
            let entries = records.map { record in
                Entry(
                    id: record.id ?? 0, label: record.label, feeds: record.feedNames,
                    createdAt: PublicationManifest.timestamp(record.createdAt), createdBy: record.createdBy,
                    revokedAt: record.revokedAt.map(PublicationManifest.timestamp))
            }
            if format == .json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: (try? encoder.encode(entries)) ?? Data("[]".utf8), as: UTF8.self))
                return
            }
            let fr = TokensCommand.language == .fr
            if records.isEmpty { print(fr ? "Aucun jeton." : "No tokens.") }
            for (record, entry) in zip(records, entries) {
                let state = entry.revokedAt.map { (fr ? "révoqué le " : "revoked at ") + $0 } ?? (fr ? "actif" : "active")
                print(
                    "#\(entry.id)  \(state)  \(entry.createdAt) \(entry.createdBy)  \(entry.label ?? "-")  [\(TokensCommand.scope(record, fr: fr))]"
                )
            }
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Revokes a token: its feeds answer 404 from the next reload of `serve` (2 s at most).")

        @Argument(help: "The token's number, from `jumelage tokens list`.")
        var id: Int64

        @OptionGroup var ledger: LedgerOption

        func run() throws {
            if let url = ledger.postgresURL {
                let id = id
                try TokensCommand.shared(url) { store in
                    guard let record = try await store.revokeToken(id: id, at: TokensCommand.now()) else {
                        throw PublicationError.unknownToken(id: id)
                    }
                    print(TokensCommand.language == .fr ? "Jeton n° \(record.id ?? id) révoqué." : "Token #\(record.id ?? id) revoked.")
                }
                return
            }
            try TokensCommand.run { () throws(PublicationError) in
                guard FileManager.default.fileExists(atPath: ledger.ledger) else { throw .ledgerMissing(path: ledger.ledger) }
                let record = try PublicationLedger(path: ledger.ledger).revokeToken(id: id, at: TokensCommand.now())
                let fr = TokensCommand.language == .fr
                print(fr ? "Jeton n° \(record.id ?? id) révoqué." : "Token #\(record.id ?? id) revoked.")
            }
        }
    }
}
