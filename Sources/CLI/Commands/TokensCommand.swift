import ArgumentParser
import Registry
import Bilingual
import FeedModel
import Foundation
import Publishing

/// `jumelage tokens create|list|revoke`: the tokens of the private feeds.
struct TokensCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokens",
        abstract: "Creates, lists and revokes the tokens that open the private feeds.",
        discussion: """
            A private feed is served at /feeds/private/TOKEN/NAME.ics. The ledger keeps only each \
            token's SHA-256: a token is printed once, when it is created.
            """,
        subcommands: [Create.self, List.self, Revoke.self])

    struct LedgerOption: ParsableArguments {
        @Option(help: ArgumentHelp("Publication ledger.", valueName: "FILE"))
        var ledger: String = "calendars/\(PublicationLedger.defaultFileName)"
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
            try TokensCommand.run { () throws(PublicationError) in
                let ledger = try PublicationLedger(path: ledger.ledger)
                let names = try feeds.map { text throws(PublicationError) in try checkedNames(text, ledger: ledger) }
                let (record, token) = try ledger.createToken(
                    label: label, feeds: names, createdBy: by ?? TokensCommand.user(),
                    at: TokensCommand.now())
                let fr = TokensCommand.language == .fr
                print(
                    fr
                        ? "Jeton n° \(record.id ?? 0) (\(TokensCommand.scope(record, fr: fr))) :"
                        : "Token #\(record.id ?? 0) (\(TokensCommand.scope(record, fr: fr))):")
                print(token)
                for name in names ?? [] { print("  /feeds/private/\(token)/\(name)") }
                if names == nil { print("  /feeds/private/\(token)/NAME.ics") }
                FileHandle.standardError.write(
                    Data(
                        (fr
                            ? "Conservez-le maintenant : il ne sera plus affiché.\n"
                            : "Keep it now: it will not be shown again.\n").utf8))
            }
        }

        /// Feed names with `.ics`, each a private feed of the last publication when there is one.
        private func checkedNames(_ text: String, ledger: PublicationLedger) throws(PublicationError) -> [String] {
            let names = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                .map { $0.hasSuffix(".ics") ? $0 : $0 + ".ics" }
            if let last = try ledger.lastPublication(), let id = last.id {
                let published = try ledger.feeds(ofPublication: id)
                let known = Set(published.map(\.name))
                let unknown = names.filter { !known.contains($0) }
                guard unknown.isEmpty else { throw .unknownFeeds(unknown) }
                let publicNames = Set(published.filter { $0.feedAudience.isPublic }.map(\.name))
                let opened = names.filter(publicNames.contains)
                guard opened.isEmpty else { throw .publicFeeds(opened) }
            }
            return Array(Set(names)).sorted()
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
            try TokensCommand.run { () throws(PublicationError) in
                let records = try PublicationLedger(path: ledger.ledger, readOnly: true).tokens()
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
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Revokes a token: its feeds answer 404 from the next reload of `serve` (2 s at most).")

        @Argument(help: "The token's number, from `jumelage tokens list`.")
        var id: Int64

        @OptionGroup var ledger: LedgerOption

        func run() throws {
            try TokensCommand.run { () throws(PublicationError) in
                guard FileManager.default.fileExists(atPath: ledger.ledger) else { throw .ledgerMissing(path: ledger.ledger) }
                let record = try PublicationLedger(path: ledger.ledger).revokeToken(id: id, at: TokensCommand.now())
                let fr = TokensCommand.language == .fr
                print(fr ? "Jeton n° \(record.id ?? id) révoqué." : "Token #\(record.id ?? id) revoked.")
            }
        }
    }
}
