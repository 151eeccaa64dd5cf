import Bilingual
import CivilTime
import Delivery
import Foundation
import Logging
import Scheduling
import Synchronization
import WorkspaceStore

/// The workspace's side of invitations by email: the outbox (shown on the publication page), the
/// SMTP server if `--smtp` was given, and the wake-up of the delivery service after a publication.
package final class WorkspaceMail: Sendable {
    package let outbox: any OutboxStore
    package let smtp: SMTPSettings?
    private let wakeUps: AsyncStream<Void>.Continuation
    let wakes: AsyncStream<Void>

    package init(outbox: any OutboxStore, smtp: SMTPSettings?) {
        self.outbox = outbox
        self.smtp = smtp
        (wakes, wakeUps) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
    }

    /// After a publication: queues the invitations it implies (with each invitee's answer link
    /// when the workspace has a public `baseURL`), then wakes the delivery. Does nothing without
    /// `--smtp`. Returns how many messages were queued.
    @discardableResult
    package func publicationMade(
        schedule: Schedule, date: Date, baseURL: String?, store: any WorkspaceStore
    ) async throws -> Int {
        guard smtp != nil else { return 0 }
        let links: (@Sendable (String, String) -> String?)? =
            if let baseURL, InvitationLink.isReachable(baseURL: baseURL) {
                InvitationLink.pages(baseURL: baseURL, key: try await store.invitationKey())
            } else { nil }
        let seconds = Int64(date.timeIntervalSince1970)
        let queued = try await InvitationQueue.enqueue(
            schedule: schedule, language: nil, date: Instant(secondsSinceEpoch: seconds), store: outbox, answerLink: links, now: seconds)
        wakeUps.yield()
        return queued
    }

    /// Queues other messages of the workspace (a poll's links), then wakes the delivery. Does
    /// nothing without `--smtp`; returns how many were queued.
    @discardableResult
    package func send(_ messages: [OutboxMessage], now: Date) async throws -> Int {
        guard smtp != nil, !messages.isEmpty else { return 0 }
        let queued = try await outbox.enqueue(messages, memory: [], now: Int64(now.timeIntervalSince1970))
        wakeUps.yield()
        return queued
    }

    /// Ends the delivery service's wait (the server is stopping).
    func finish() { wakeUps.finish() }
}
