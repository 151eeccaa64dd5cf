import Bilingual
import Foundation

/// The invitations' outbox on the publication page: each message, its state, its attempts and
/// the last error, newest first; and the server they go through.
package enum OutboxView {
    package struct Row: Hashable, Sendable {
        package enum State: String, Sendable { case pending, sending, sent, failed }
        package var recipient: String
        package var subject: String
        package var state: State
        package var attempts: Int
        package var lastError: String?
        /// Seconds since 1970: when it was sent, or when it is tried next.
        package var sentAt: Int64?
        package var nextAttemptAt: Int64

        package init(
            recipient: String, subject: String, state: State, attempts: Int, lastError: String?, sentAt: Int64?, nextAttemptAt: Int64
        ) {
            self.recipient = recipient
            self.subject = subject
            self.state = state
            self.attempts = attempts
            self.lastError = lastError
            self.sentAt = sentAt
            self.nextAttemptAt = nextAttemptAt
        }
    }

    /// `server`: the SMTP server (its password left out), nil when invitations are not sent.
    package static func render(_ rows: [Row], server: String?, language: Language, limit: Int = 50) -> HTML {
        let say = Wording(language)
        let sending: HTML =
            server.map { "<p>\(say("Les invitations partent par", "Invitations are sent through")) <code>\($0)</code>.</p>" }
            ?? "<p class=\"muted\">\(say("L'envoi des invitations est désactivé : lancez l'espace avec --smtp.", "Sending invitations is off: start the workspace with --smtp."))</p>"
        let counts = Dictionary(grouping: rows, by: \.state).mapValues(\.count)
        let summary = [Row.State.pending, .sending, .sent, .failed].map { "\(word(say, $0)) : \(counts[$0] ?? 0)".frenchColon(language) }
        let shown: [HTML] = rows.suffix(limit).reversed().map { row in
            let when = (row.state == .sent ? row.sentAt : row.nextAttemptAt).map(timestamp) ?? ""
            let css =
                switch row.state {
                case .sent: "done"
                case .failed: "cancelled"
                case .pending, .sending: "open"
                }
            return """
                <tr><td>\(row.recipient)</td><td>\(row.subject)</td><td><span class="badge \(css)">\(word(say, row.state))</span></td>\
                <td>\(row.attempts)</td><td>\(when)</td><td>\(row.lastError ?? "")</td></tr>
                """
        }
        let table: HTML =
            rows.isEmpty
            ? "<p>\(say("Aucune invitation pour l'instant.", "No invitation yet."))</p>"
            : """
            <table><thead><tr><th scope="col">\(say("Destinataire", "Recipient"))</th><th scope="col">\(say("Objet", "Subject"))</th>\
            <th scope="col">\(say("État", "State"))</th><th scope="col">\(say("Essais", "Attempts"))</th>\
            <th scope="col">\(say("Envoyée / prochain essai (UTC)", "Sent / next attempt (UTC)"))</th><th scope="col">\(say("Dernière erreur", "Last error"))</th></tr></thead>
            <tbody>\(shown)</tbody></table>
            """
        return """
            <section class="card" id="boite-envoi"><h2>\(say("Invitations par courriel", "Invitations by email"))</h2>
            \(sending)<p>\(summary.joined(separator: " · "))</p>\(table)</section>
            """
    }

    static func word(_ say: Wording, _ state: Row.State) -> String {
        switch state {
        case .pending: say("en attente", "waiting")
        case .sending: say("en cours d'envoi", "sending")
        case .sent: say("envoyée", "sent")
        case .failed: say("en échec", "failed")
        }
    }

    static func timestamp(_ seconds: Int64) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withSpaceBetweenDateAndTime]
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }
}
