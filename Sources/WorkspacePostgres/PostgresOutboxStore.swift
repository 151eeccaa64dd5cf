import Delivery
import Foundation
import Invitations
import Logging
import PostgresNIO

/// The invitations' outbox in the workspace's PostgreSQL database (`delivery_outbox`,
/// `delivery_invitation`): every instance queues into it and any instance delivers, one at a
/// time — the delivery lease is a session-level advisory lock held on a connection of its own,
/// which PostgreSQL releases when that connection ends, however the process ends. Same contract
/// as `SQLiteOutboxStore`; each method is one transaction.
package final class PostgresOutboxStore: OutboxStore {
    let store: PostgresWorkspaceStore

    /// The advisory lock key of the delivery lease ("delivery" in ASCII).
    static let leaseKey: Int64 = 0x6465_6C69_7665_7279

    package init(store: PostgresWorkspaceStore) {
        self.store = store
    }

    var place: String { store.url.redactedDescription }

    package func invitationMemory() async throws(DeliveryError) -> [String: InvitationMemory] {
        let blobs = try await transaction { connection in
            try await self.store.rows(connection, "SELECT memory FROM delivery_invitation ORDER BY uid").map {
                Data(try $0.decode(ByteBuffer.self).readableBytesView)
            }
        }
        return try InvitationMemoryCoding.decoded(blobs, place: place)
    }

    package func enqueue(_ messages: [OutboxMessage], memory: [InvitationMemory], now: Int64) async throws(DeliveryError) -> Int {
        let rows = try InvitationMemoryCoding.encoded(memory, place: place)
        return try await transaction { connection in
            var added = 0
            for message in messages {
                added += try await self.store.rows(
                    connection,
                    """
                    INSERT INTO delivery_outbox
                      (uid, sequence, kind, recipient, sender, message_id, subject, plan_id, bytes, state, attempts, next_attempt_at, created_at)
                    VALUES (\(message.uid), \(Int64(message.sequence)), \(message.kind), \(message.recipient), \(message.sender),
                            \(message.messageID), \(message.subject), \(message.planID), \(ByteBuffer(bytes: message.bytes)), 'pending', 0,
                            \(now), \(now))
                    ON CONFLICT (uid, sequence, kind, recipient) DO NOTHING RETURNING id
                    """
                ).count
            }
            for (entry, json) in rows {
                try await self.store.rows(
                    connection,
                    """
                    INSERT INTO delivery_invitation (uid, plan_id, sequence, fingerprint, cancelled, memory)
                    VALUES (\(entry.uid), \(entry.event.planID), \(Int64(entry.sequence)), \(entry.fingerprint), \(entry.cancelled),
                            \(ByteBuffer(data: json)))
                    ON CONFLICT (uid) DO UPDATE SET plan_id = excluded.plan_id, sequence = excluded.sequence,
                      fingerprint = excluded.fingerprint, cancelled = excluded.cancelled, memory = excluded.memory
                    """)
            }
            return added
        }
    }

    package func acquireDeliveryLease() async throws(DeliveryError) -> DeliveryLease? {
        let logger = store.logger
        let connection: PostgresConnection
        let held: Bool
        do {
            connection = try await PostgresConnection.connect(
                configuration: try store.url.connectionConfiguration(searchPath: store.searchPath), id: 3, logger: logger)
            held =
                try await connection.query("SELECT pg_try_advisory_lock(\(Self.leaseKey))", logger: logger).collect()
                .first?.decode(Bool.self) ?? false
        } catch {
            throw .outbox(path: place, reason: PostgresWorkspaceStore.reason(error))
        }
        guard held else {
            try? await connection.close()
            return nil
        }
        // Closing the connection ends the session, and with it the lock.
        return DeliveryLease { Task { try? await connection.close() } }
    }

    package func requeueInterrupted(now: Int64, reason: String) async throws(DeliveryError) -> Int {
        try await transaction { connection in
            try await self.store.rows(
                connection,
                """
                UPDATE delivery_outbox SET state = 'pending', attempts = attempts + 1, next_attempt_at = \(now), last_error = \(reason)
                WHERE state = 'sending' RETURNING id
                """
            ).count
        }
    }

    package func due(now: Int64, limit: Int) async throws(DeliveryError) -> [OutboxEntry] {
        try await transaction { connection in
            try await self.store.rows(
                connection,
                """
                SELECT \(unescaped: Self.columns), bytes FROM delivery_outbox
                WHERE state = 'pending' AND next_attempt_at <= \(now) ORDER BY id LIMIT \(Int64(limit))
                """
            ).map { try Self.entry($0, withBytes: true) }
        }
    }

    package func markSending(id: Int64, now: Int64) async throws(DeliveryError) -> Bool {
        try await transaction { connection in
            try await self.store.rows(
                connection, "UPDATE delivery_outbox SET state = 'sending' WHERE id = \(id) AND state = 'pending' RETURNING id"
            ).count == 1
        }
    }

    package func markSent(id: Int64, now: Int64) async throws(DeliveryError) {
        try await transaction { connection in
            try await self.store.rows(
                connection,
                "UPDATE delivery_outbox SET state = 'sent', attempts = attempts + 1, sent_at = \(now), last_error = NULL WHERE id = \(id)")
        }
    }

    package func deferDelivery(id: Int64, error: String, nextAttemptAt: Int64) async throws(DeliveryError) {
        try await transaction { connection in
            try await self.store.rows(
                connection,
                """
                UPDATE delivery_outbox SET state = 'pending', attempts = attempts + 1, next_attempt_at = \(nextAttemptAt),
                  last_error = \(error) WHERE id = \(id)
                """)
        }
    }

    package func markFailed(id: Int64, error: String, now: Int64) async throws(DeliveryError) {
        try await transaction { connection in
            try await self.store.rows(
                connection,
                "UPDATE delivery_outbox SET state = 'failed', attempts = attempts + 1, last_error = \(error) WHERE id = \(id)")
        }
    }

    package func entries() async throws(DeliveryError) -> [OutboxEntry] {
        try await transaction { connection in
            try await self.store.rows(connection, "SELECT \(unescaped: Self.columns) FROM delivery_outbox ORDER BY id").map {
                try Self.entry($0, withBytes: false)
            }
        }
    }

    package func nextAttemptAt() async throws(DeliveryError) -> Int64? {
        try await transaction { connection in
            try await self.store.one(
                connection, "SELECT MIN(next_attempt_at) FROM delivery_outbox WHERE state = 'pending'", as: Int64?.self) ?? nil
        }
    }

    // MARK: Rows

    static let columns =
        "id, uid, sequence, kind, recipient, sender, message_id, subject, plan_id, state, attempts, next_attempt_at, last_error, created_at, sent_at"

    static func entry(_ row: PostgresRow, withBytes: Bool) throws -> OutboxEntry {
        let cells = row.makeRandomAccess()
        return OutboxEntry(
            id: try cells[0].decode(Int64.self), uid: try cells[1].decode(String.self), sequence: Int(try cells[2].decode(Int64.self)),
            kind: try cells[3].decode(String.self), recipient: try cells[4].decode(String.self), sender: try cells[5].decode(String.self),
            messageID: try cells[6].decode(String.self), subject: try cells[7].decode(String.self),
            planID: try cells[8].decode(String.self),
            state: OutboxState(rawValue: try cells[9].decode(String.self)) ?? .failed, attempts: Int(try cells[10].decode(Int64.self)),
            nextAttemptAt: try cells[11].decode(Int64.self), lastError: try cells[12].decode(String?.self),
            createdAt: try cells[13].decode(Int64.self), sentAt: try cells[14].decode(Int64?.self),
            bytes: withBytes ? Array(try cells[15].decode(ByteBuffer.self).readableBytesView) : nil)
    }

    @discardableResult
    private func transaction<Result: Sendable>(
        _ body: @Sendable (PostgresConnection) async throws -> Result
    ) async throws(DeliveryError) -> Result {
        do {
            return try await store.rawTransaction(body)
        } catch let error as DeliveryError {
            throw error
        } catch {
            throw .outbox(path: place, reason: PostgresWorkspaceStore.reason(error))
        }
    }
}
