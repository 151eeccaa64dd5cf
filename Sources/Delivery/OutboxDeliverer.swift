import Foundation

/// Sends what the outbox holds, each row at most once per attempt, and records every outcome
/// as it happens. Call `deliverDue` whenever convenient (a publication, a timer of a
/// long-running server); `deliver(for:)` repeats it until nothing is pending or time is up.
///
/// Exactly once: a row becomes `sending` (committed) only once the server has taken the whole
/// text and the final `.` is about to be written, and `sent` (committed, on disk) as soon as the
/// server answers 250. A run that finds rows in `sending` holds the delivery lease, so the process
/// that left them is gone: the final `.` may or may not have reached the server, and they are sent
/// again — at least once rather than maybe never. The window for a duplicate is between the final
/// `.` and the commit of `sent` (one round trip and one fsync); a duplicate carries the same
/// Message-ID, UID and SEQUENCE, so mail and calendar clients treat it as the same message.
public struct OutboxDeliverer: Sendable {
    public var store: any OutboxStore
    public var settings: SMTPSettings
    public var retry: RetryPolicy
    /// Seconds since 1970: when attempts happen and are due. Not part of any message.
    public var clock: @Sendable () -> Int64
    /// Rows taken per connection.
    public var batchSize: Int

    public init(
        store: any OutboxStore, settings: SMTPSettings, retry: RetryPolicy = RetryPolicy(),
        clock: @escaping @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970) }, batchSize: Int = 100
    ) {
        self.store = store
        self.settings = settings
        self.retry = retry
        self.clock = clock
        self.batchSize = batchSize
    }

    static let interrupted = "interrupted after the message's final '.': the server may have it; sent again (same Message-ID)"

    /// One pass: under the delivery lease, queue again what a dead deliverer left in `sending`,
    /// then send every due row over one connection. Throws only what settings must fix
    /// (credentials refused, no TLS for a password) or a database failure; a server that cannot
    /// be reached defers the due rows with back-off and says so in `problem`.
    public func deliverDue() async throws(DeliveryError) -> DeliveryRound {
        var round = DeliveryRound()
        guard let lease = try await store.acquireDeliveryLease() else {
            round.busy = true
            return round
        }
        defer { withExtendedLifetime(lease) {} }
        round.requeued = try await store.requeueInterrupted(now: clock(), reason: Self.interrupted)
        var due = try await store.due(now: clock(), limit: batchSize)
        guard !due.isEmpty else { return round }
        let store = self.store
        let clock = self.clock
        let retry = self.retry
        do {
            round = try await SMTPSession.with(settings) { session in
                var round = round
                while !due.isEmpty {
                    let entry = due.removeFirst()
                    let outcome = await Self.deliver(entry, over: &session, store: store, clock: clock)
                    switch outcome {
                    case .sent: round.sent += 1
                    case .failure(.permanent(let text)):
                        try await store.markFailed(id: entry.id, error: text, now: clock())
                        round.failed += 1
                    case .failure(.transient(let text)):
                        try await Self.deferOrFail(entry, error: text, store: store, retry: retry, now: clock(), round: &round)
                    case .failure(let failure):
                        try await Self.deferOrFail(entry, error: failure.text, store: store, retry: retry, now: clock(), round: &round)
                        throw failure
                    }
                }
                return round
            }
        } catch let failure as SMTPFailure {
            if case .refused(let error) = failure { throw error }
            round.problem = "\(settings.server.redacted): \(failure.text)"
            for entry in try await store.due(now: clock(), limit: batchSize) {
                try await Self.deferOrFail(entry, error: failure.text, store: store, retry: retry, now: clock(), round: &round)
            }
        } catch let error as DeliveryError {
            throw error
        } catch {
            round.problem = "\(settings.server.redacted): \(SMTPSession.describe(error))"
        }
        return round
    }

    enum Outcome { case sent, failure(SMTPFailure) }

    private static func deliver(
        _ entry: OutboxEntry, over session: inout SMTPSession, store: any OutboxStore, clock: @Sendable () -> Int64
    ) async -> Outcome {
        do {
            try await session.send(from: entry.sender, to: entry.recipient, data: entry.bytes ?? []) {
                guard try await store.markSending(id: entry.id, now: clock()) else {
                    throw SMTPFailure.connection("row \(entry.id) is no longer pending")
                }
            }
        } catch let failure as SMTPFailure {
            return .failure(failure)
        } catch {
            return .failure(.connection(SMTPSession.describe(error)))
        }
        do {
            try await store.markSent(id: entry.id, now: clock())
        } catch {
            // Sent, but not recorded: left in `sending`, it is sent again by the next run.
            return .failure(.connection("sent, but the outbox could not record it: \(error.message.en)"))
        }
        return .sent
    }

    private static func deferOrFail(
        _ entry: OutboxEntry, error: String, store: any OutboxStore, retry: RetryPolicy, now: Int64, round: inout DeliveryRound
    ) async throws(DeliveryError) {
        if now - entry.createdAt >= retry.giveUpAfter {
            try await store.markFailed(id: entry.id, error: "given up after \(retry.giveUpAfter) s: \(error)", now: now)
            round.failed += 1
        } else {
            try await store.deferDelivery(id: entry.id, error: error, nextAttemptAt: now + retry.delay(afterAttempts: entry.attempts + 1))
            round.deferred += 1
        }
    }

    /// `deliverDue` again and again until nothing is pending, or until `seconds` have passed
    /// (then what is left stays queued for a later run). Sleeps until the next row is due.
    public func deliver(for seconds: Int64) async throws(DeliveryError) -> DeliveryRound {
        let deadline = clock() + seconds
        var total = DeliveryRound()
        while true {
            let round = try await deliverDue()
            total.sent += round.sent
            total.failed += round.failed
            total.deferred += round.deferred
            total.requeued += round.requeued
            total.busy = total.busy || round.busy
            if round.problem != nil { total.problem = round.problem }
            if round.busy { return total }
            guard let next = try await store.nextAttemptAt() else {
                total.problem = nil
                return total
            }
            let now = clock()
            // More rows were due than one batch: go on while the server takes them.
            if next <= now, round.sent + round.failed > 0 { continue }
            guard next <= deadline, now < deadline else { return total }
            let wait = max(0, next - now)
            try? await Task.sleep(for: .milliseconds(wait == 0 ? 100 : wait * 1000))
        }
    }
}
