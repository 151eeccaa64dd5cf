import ArgumentParser
import Bilingual
import Delivery
import Foundation
import Publishing

/// `jumelage outbox [--ledger FILE] [--smtp URL …] [--format text|json]`
struct OutboxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outbox",
        abstract: "Lists the invitations waiting, sent and failed; with --smtp, sends those that are due.",
        discussion: """
            `publish --smtp` queues the invitations a publication implies in the ledger's outbox and \
            sends them; what a server that is down left queued is sent by `outbox --smtp`. Each \
            message (UID, SEQUENCE, kind, recipient) is queued once; a message interrupted after its \
            final '.' is sent again with the same Message-ID.
            """)

    @Option(help: ArgumentHelp("Publication ledger that holds the outbox.", valueName: "FILE"))
    var ledger: String = PublicationLedger.defaultFileName

    @Option(help: "Output format of the list.")
    var format: OutputFormat = .text

    @OptionGroup(title: "Sending") var mail: SMTPArguments
    @OptionGroup(title: "Sending") var retry: SMTPRetryArguments

    func run() throws {
        try Failure.guarded {
            guard FileManager.default.fileExists(atPath: ledger) else {
                throw CommandLineError(
                    .input,
                    LocalizedText(fr: "le registre « \(ledger) » n'existe pas", en: "the ledger '\(ledger)' does not exist"),
                    fix: LocalizedText(
                        fr: "nommez le registre des publications avec --ledger (jumelage-ledger.sqlite, à côté des plans)",
                        en: "name the publication ledger with --ledger (jumelage-ledger.sqlite, beside the plans)"))
            }
            let store = try SQLiteOutboxStore(path: ledger)
            let settings = try mail.settings()
            let seconds = retry.smtpRetryFor
            let format = self.format
            try AsyncBody.wait {
                if let settings { try await InvitationSending.deliver(store: store, settings: settings, seconds: seconds) }
                let entries = try await store.entries()
                switch format {
                case .json: print(try JSONOutput.string(entries))
                case .text: print(Self.table(entries, language: Failure.language), terminator: "")
                }
            }
        }
    }

    static let frenchState: [OutboxState: String] = [.pending: "en attente", .sending: "en cours", .sent: "envoyé", .failed: "échec"]

    static func table(_ entries: [OutboxEntry], language: Language) -> String {
        let fr = language == .fr
        guard !entries.isEmpty else { return fr ? "La boîte d'envoi est vide.\n" : "The outbox is empty.\n" }
        let headers =
            fr
            ? ["n°", "état", "essais", "destinataire", "changement", "séquence", "UID", "dernière erreur"]
            : ["id", "state", "attempts", "recipient", "change", "sequence", "UID", "last error"]
        let rows = entries.map { entry in
            [
                "\(entry.id)", fr ? frenchState[entry.state] ?? entry.state.rawValue : entry.state.rawValue, "\(entry.attempts)",
                entry.recipient, entry.kind, "\(entry.sequence)", entry.uid,
                entry.lastError ?? "",
            ]
        }
        return TextTable.lines(headers: headers, rows: rows).joined(separator: "\n") + "\n"
    }
}
