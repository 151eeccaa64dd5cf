import Foundation
import GRDB
import Invitations

/// The outbox on SQLite, through GRDB, normally in the publication ledger's file
/// (`jumelage-ledger.sqlite`), whose tables it leaves alone (see `OutboxSchema`). WAL mode,
/// `synchronous=FULL`: a commit is on disk when it returns, so a row marked `sent` stays sent
/// whatever happens to the process next. The delivery lease is a lock file beside the database.
package final class SQLiteOutboxStore: OutboxStore {
    package let path: String
    private let database: DatabasePool

    package init(path: String) throws(DeliveryError) {
        self.path = path
        guard !path.isEmpty, path != ":memory:", !path.hasPrefix("file:") else {
            throw .outbox(path: path, reason: "not a file name; name the database's file, such as jumelage-ledger.sqlite")
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.label = "jumelage-outbox"
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
        do {
            database = try DatabasePool(path: path, configuration: configuration)
            try OutboxSchema.migrator.migrate(database)
        } catch {
            throw .outbox(path: path, reason: Self.reason(error))
        }
    }

    package func invitationMemory() async throws(DeliveryError) -> [String: InvitationMemory] {
        let blobs = try await reading { db in try Data.fetchAll(db, sql: "SELECT memory FROM \(OutboxSchema.invitation) ORDER BY uid") }
        return try InvitationMemoryCoding.decoded(blobs, place: path)
    }

    package func enqueue(_ messages: [OutboxMessage], memory: [InvitationMemory], now: Int64) async throws(DeliveryError) -> Int {
        let rows = try InvitationMemoryCoding.encoded(memory, place: path)
        return try await writing { db in
            var added = 0
            for message in messages {
                try db.execute(
                    sql: """
                        INSERT INTO \(OutboxSchema.outbox)
                          (uid, sequence, kind, recipient, sender, messageID, subject, planID, bytes, state, attempts, nextAttemptAt, createdAt)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?)
                        ON CONFLICT (uid, sequence, kind, recipient) DO NOTHING
                        """,
                    arguments: [
                        message.uid, message.sequence, message.kind, message.recipient, message.sender, message.messageID, message.subject,
                        message.planID, Data(message.bytes), now, now,
                    ])
                added += db.changesCount
            }
            for (entry, json) in rows {
                try db.execute(
                    sql: """
                        INSERT INTO \(OutboxSchema.invitation) (uid, planID, sequence, fingerprint, cancelled, memory) VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (uid) DO UPDATE SET planID = excluded.planID, sequence = excluded.sequence,
                          fingerprint = excluded.fingerprint, cancelled = excluded.cancelled, memory = excluded.memory
                        """, arguments: [entry.uid, entry.event.planID, entry.sequence, entry.fingerprint, entry.cancelled, json])
            }
            return added
        }
    }

    package func acquireDeliveryLease() async throws(DeliveryError) -> DeliveryLease? {
        try DeliveryLease(path: path + ".delivery-lock")
    }

    package func requeueInterrupted(now: Int64, reason: String) async throws(DeliveryError) -> Int {
        try await writing { db in
            try db.execute(
                sql: """
                    UPDATE \(OutboxSchema.outbox) SET state = 'pending', attempts = attempts + 1, nextAttemptAt = ?, lastError = ?
                    WHERE state = 'sending'
                    """, arguments: [now, reason])
            return db.changesCount
        }
    }

    package func due(now: Int64, limit: Int) async throws(DeliveryError) -> [OutboxEntry] {
        try await reading { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM \(OutboxSchema.outbox) WHERE state = 'pending' AND nextAttemptAt <= ? ORDER BY id LIMIT ?",
                arguments: [now, limit]
            ).map { Self.entry($0, withBytes: true) }
        }
    }

    package func markSending(id: Int64, now: Int64) async throws(DeliveryError) -> Bool {
        try await writing { db in
            try db.execute(
                sql: "UPDATE \(OutboxSchema.outbox) SET state = 'sending' WHERE id = ? AND state = 'pending'", arguments: [id])
            return db.changesCount == 1
        }
    }

    package func markSent(id: Int64, now: Int64) async throws(DeliveryError) {
        try await update(
            "state = 'sent', attempts = attempts + 1, sentAt = ?, lastError = NULL", [now, id])
    }

    package func deferDelivery(id: Int64, error: String, nextAttemptAt: Int64) async throws(DeliveryError) {
        try await update("state = 'pending', attempts = attempts + 1, nextAttemptAt = ?, lastError = ?", [nextAttemptAt, error, id])
    }

    package func markFailed(id: Int64, error: String, now: Int64) async throws(DeliveryError) {
        try await update("state = 'failed', attempts = attempts + 1, lastError = ?", [error, id])
    }

    package func entries() async throws(DeliveryError) -> [OutboxEntry] {
        try await reading { db in
            try Row.fetchAll(db, sql: "SELECT * FROM \(OutboxSchema.outbox) ORDER BY id").map { Self.entry($0, withBytes: false) }
        }
    }

    package func nextAttemptAt() async throws(DeliveryError) -> Int64? {
        try await reading { db in
            try Int64.fetchOne(db, sql: "SELECT MIN(nextAttemptAt) FROM \(OutboxSchema.outbox) WHERE state = 'pending'")
        }
    }

    // MARK: Rows

    private func update(_ assignments: String, _ arguments: StatementArguments) async throws(DeliveryError) {
        try await writing { db in
            try db.execute(sql: "UPDATE \(OutboxSchema.outbox) SET \(assignments) WHERE id = ?", arguments: arguments)
        }
    }

    private static func entry(_ row: Row, withBytes: Bool) -> OutboxEntry {
        OutboxEntry(
            id: row["id"], uid: row["uid"], sequence: row["sequence"], kind: row["kind"], recipient: row["recipient"],
            sender: row["sender"], messageID: row["messageID"], subject: row["subject"], planID: row["planID"],
            state: OutboxState(rawValue: row["state"]) ?? .failed, attempts: row["attempts"], nextAttemptAt: row["nextAttemptAt"],
            lastError: row["lastError"], createdAt: row["createdAt"], sentAt: row["sentAt"],
            bytes: withBytes ? Array((row["bytes"] as Data?) ?? Data()) : nil)
    }

    private func reading<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(DeliveryError) -> T {
        do { return try await database.read(body) } catch { throw .outbox(path: path, reason: Self.reason(error)) }
    }

    private func writing<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(DeliveryError) -> T {
        do { return try await database.write(body) } catch { throw .outbox(path: path, reason: Self.reason(error)) }
    }

    private static func reason(_ error: any Error) -> String {
        if let error = error as? DeliveryError { return error.message.en }
        if let error = error as? DatabaseError { return error.message ?? error.description }
        return String(describing: error)
    }
}
