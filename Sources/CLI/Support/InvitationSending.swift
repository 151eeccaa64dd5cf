import Bilingual
import CivilTime
import Delivery
import Foundation
import Invitations
import PlanModel
import Scheduling
import WorkspaceStore

/// What `publish --smtp` and `outbox --smtp` do with invitations: queue those a publication
/// implies, then deliver with retries, and say what happened on standard error.
enum InvitationSending {
    /// The invitations the published schedule implies, queued with the new memory (one transaction).
    static func enqueue(
        schedule: Schedule, language: Language?, date: Instant, store: any OutboxStore,
        answerLink: (@Sendable (_ uid: String, _ address: String) -> String?)? = nil
    ) async throws -> Int {
        try await InvitationQueue.enqueue(
            schedule: schedule, language: language, date: date, store: store, answerLink: answerLink,
            now: Int64(Date().timeIntervalSince1970))
    }

    /// Delivers for up to `seconds`, then prints one line of totals (and what is left) to standard error.
    static func deliver(store: any OutboxStore, settings: SMTPSettings, seconds: Int) async throws {
        let round = try await OutboxDeliverer(store: store, settings: settings).deliver(for: Int64(seconds))
        let entries = try await store.entries()
        let left = entries.filter { $0.state == .pending }.count
        let failed = entries.filter { $0.state == .failed }.count
        let fr = Failure.language == .fr
        var line =
            fr
            ? "invitations : \(round.sent) envoyée(s), \(left) en attente, \(failed) en échec (\(settings.server.redacted))"
            : "invitations: \(round.sent) sent, \(left) waiting, \(failed) failed (\(settings.server.redacted))"
        if round.busy {
            line += fr ? " ; un autre envoi est en cours" : "; another delivery is under way"
        }
        if left > 0, let problem = round.problem {
            line +=
                fr
                ? "\n  le serveur ne répond pas : \(problem)\n  elles restent dans la boîte d'envoi : relancez « jumelage outbox --smtp … » plus tard"
                : "\n  the server does not answer: \(problem)\n  they stay in the outbox: run 'jumelage outbox --smtp …' later"
        }
        if failed > 0 {
            line += fr ? "\n  « jumelage outbox » liste les échecs et leur raison" : "\n  'jumelage outbox' lists the failures and why"
        }
        Failure.printError(line)
    }

    /// The answer pages of the workspace whose store is `ledgerPath` (it keeps the signing key):
    /// nil when `baseURL` is a loopback address, which no invitee could open.
    static func answerLinks(baseURL: String, ledgerPath: String) async throws -> (@Sendable (String, String) -> String?)? {
        guard InvitationLink.isReachable(baseURL: baseURL) else { return nil }
        return InvitationLink.pages(baseURL: baseURL, key: try await SQLiteWorkspaceStore(path: ledgerPath).invitationKey())
    }
}
