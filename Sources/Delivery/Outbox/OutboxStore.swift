import Invitations

/// Where invitations wait to be sent, and the memory of what was sent per event. Every method
/// is one transaction. The SQLite implementation shares the ledger's file; a PostgreSQL one
/// can follow the same contract.
public protocol OutboxStore: Sendable {
    /// What was last sent, by event UID.
    func invitationMemory() async throws(DeliveryError) -> [String: InvitationMemory]

    /// Adds the messages (a message already in the outbox under the same UID, SEQUENCE, kind
    /// and recipient is left as it is) and saves the new memory, in one transaction: both or
    /// neither. Returns how many messages were new.
    func enqueue(_ messages: [OutboxMessage], memory: [InvitationMemory], now: Int64) async throws(DeliveryError) -> Int

    /// Takes the right to deliver (one deliverer at a time across processes), or nil when
    /// another holds it. Held until the lease is released or its process ends.
    func acquireDeliveryLease() async throws(DeliveryError) -> DeliveryLease?

    /// Puts back to `pending` (due now, one more attempt, `reason` as last error) the rows left
    /// in `sending` by a deliverer that died. Only under the delivery lease.
    func requeueInterrupted(now: Int64, reason: String) async throws(DeliveryError) -> Int

    /// Pending rows due at `now`, oldest first, with their bytes.
    func due(now: Int64, limit: Int) async throws(DeliveryError) -> [OutboxEntry]

    /// `pending` → `sending`; false when the row was not pending.
    func markSending(id: Int64, now: Int64) async throws(DeliveryError) -> Bool

    /// → `sent`, committed to disk before it returns.
    func markSent(id: Int64, now: Int64) async throws(DeliveryError)

    /// → `pending` again at `nextAttemptAt`, one more attempt, `error` as last error.
    func deferDelivery(id: Int64, error: String, nextAttemptAt: Int64) async throws(DeliveryError)

    /// → `failed` for good, one more attempt, `error` as last error.
    func markFailed(id: Int64, error: String, now: Int64) async throws(DeliveryError)

    /// Every row, without bytes, oldest first.
    func entries() async throws(DeliveryError) -> [OutboxEntry]

    /// When the next pending row is due; nil when none is pending.
    func nextAttemptAt() async throws(DeliveryError) -> Int64?
}
