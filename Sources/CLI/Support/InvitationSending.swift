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
    /// The invitations the published schedule implies, queued in the ledger's outbox with the
    /// new memory (one transaction). `date`: the publication's time, the messages' Date and DTSTAMP.
    /// `answerLink`: each invitee's answer page (see `answerLinks`).
    static func enqueue(
        schedule: Schedule, language: Language?, date: Instant, store: any OutboxStore,
        answerLink: (@Sendable (_ uid: String, _ address: String) -> String?)? = nil
    ) async throws -> Int {
        var events: [InvitedEvent] = []
        var planIDs: Set<String> = []
        for plan in schedule.plans where plan.organizer != nil {
            planIDs.insert(plan.id)
            let builder = InvitationBuilder(plan: plan, language: language)
            for event in schedule.events where event.planID == plan.id {
                // A series written as one rule is not invited yet (InvitationError.series).
                if let invited = try? builder.invitedEvent(event) { events.append(invited) }
            }
        }
        let remembered = try await store.invitationMemory()
        let planned = InvitationPlanner.plan(remembered: remembered, events: events, planIDs: planIDs)
        let messages = try OutboxMessage.messages(for: planned.invitations, date: date, answerLink: answerLink)
        return try await store.enqueue(messages, memory: planned.memory, now: Int64(Date().timeIntervalSince1970))
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

    /// The answer pages of the workspace serving `baseURL` with the store of `ledgerPath` (the
    /// workspace keeps its signing key there): `BASE/invitation/TOKEN`. nil when `baseURL` is a
    /// loopback address, which no invitee could open.
    static func answerLinks(baseURL: String, ledgerPath: String) async throws -> (@Sendable (String, String) -> String?)? {
        guard let host = URL(string: baseURL)?.host?.lowercased(),
            !(host == "localhost" || host.hasPrefix("127.") || host == "::1" || host == "[::1]")
        else { return nil }
        let key = try await SQLiteWorkspaceStore(path: ledgerPath).invitationKey()
        let base = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        return { uid, address in base + "invitation/" + InvitationLink.token(uid: uid, address: address, key: key) }
    }
}
