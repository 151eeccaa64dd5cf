import Foundation
import Logging
import PostgresNIO
import Publishing
import WorkspacePostgres

extension PostgresLedger {
    /// Takes the publication lock on `connection` (a session-level advisory lock: released when
    /// the connection ends, however it ends), waiting at most `wait`; throws
    /// `SharedPublicationError.busy` when another publication held it all that time.
    func lock(_ connection: PostgresConnection, wait: Duration) async throws {
        let milliseconds = max(1, wait.components.seconds * 1000 + wait.components.attoseconds / 1_000_000_000_000_000)
        let watchdog = closing(connection, after: wait + answerLimit)
        defer { watchdog.cancel() }
        let logger = logger
        do {
            try await ConnectionAnswer.of(connection) {
                _ = try await connection.query("SELECT set_config('lock_timeout', \("\(milliseconds)ms"), false)", logger: logger).collect()
                _ = try await connection.query("SELECT pg_advisory_lock(\(Self.publicationLockKey))", logger: logger).collect()
            }
        } catch let error as PSQLError where error.serverInfo?[.sqlState] == PostgresError.Code.lockNotAvailable.raw {
            throw SharedPublicationError.busy(store: storeName, waitedSeconds: Int(wait.components.seconds))
        }
    }

    /// Records a publication's rows and files in one transaction and announces it (the NOTIFY is
    /// delivered at the commit, or never). `beforeCommit` runs last inside the transaction (tests
    /// cut the connection there). A transaction still unanswered after `limit` (a server gone
    /// without closing the connection) has its connection closed, which fails it.
    func commit(
        _ rows: LedgerRows, files: [PublicationFile], on connection: PostgresConnection, limit: Duration,
        beforeCommit: (@Sendable (PostgresConnection) async throws -> Void)?
    ) async throws {
        let logger = logger, channel = channel
        let payload = rows.publications.last.flatMap(\.id).map(String.init) ?? ""
        let watchdog = closing(connection, after: limit)
        defer { watchdog.cancel() }
        do {
            try await ConnectionAnswer.of(connection) {
                try await PostgresTransaction.run(on: connection, logger: logger) { connection in
                    try await LedgerRowCoding.insert(rows, files: files, on: connection, logger: logger)
                    _ = try await connection.query("SELECT pg_notify(\(channel), \(payload))", logger: logger).collect()
                    try await beforeCommit?(connection)
                }
            }
        } catch {
            // The COMMIT may have reached the server before the connection was lost: ask again.
            guard let id = rows.publications.last?.id, try await recorded(publication: id, settlingFor: .seconds(30)) else { throw error }
        }
    }

    /// Whether publication `id` is in the store, asked until the server answers (at most `limit`).
    func recorded(publication id: Int64, settlingFor limit: Duration) async throws -> Bool {
        let deadline = ContinuousClock.now + limit
        while true {
            do {
                return try await transaction { connection in
                    try await self.rows(connection, "SELECT 1 FROM ledger_publication WHERE id = \(id)").isEmpty == false
                }
            } catch {
                guard ContinuousClock.now < deadline else { throw error }
                try await Task.sleep(for: .milliseconds(500))
            }
        }
    }

    /// Copies a whole SQLite ledger into this empty one (for `jumelage migrate`): its publications,
    /// tokens, and the files of its last publication as its folder holds them, in one transaction.
    /// Refuses when this ledger already has a publication or a token.
    package func importLedger(_ rows: LedgerRows, lastPublicationFiles files: [PublicationFile]) async throws {
        let logger = logger, storeName = storeName
        try await transaction { connection in
            let existing = try await self.rows(
                connection, "SELECT (SELECT COUNT(*) FROM ledger_publication) + (SELECT COUNT(*) FROM ledger_feed_token)"
            ).first.map { try $0.decode(Int64.self) }
            guard existing == 0 else {
                throw SharedPublicationError.database(store: storeName, reason: "the shared ledger is not empty")
            }
            try await LedgerRowCoding.insert(rows, files: files, on: connection, logger: logger)
            for token in rows.tokens {
                _ = try await self.rows(
                    connection,
                    """
                    INSERT INTO ledger_feed_token (id, digest, label, feeds, created_at, created_by, revoked_at)
                    VALUES (\(token.id), \(token.digest), \(token.label), \(token.feeds), \(token.createdAt), \(token.createdBy),
                    \(token.revokedAt))
                    """)
            }
            // Ids given explicitly do not move the identity: new tokens continue after them.
            _ = try await self.rows(
                connection,
                """
                SELECT setval(pg_get_serial_sequence('ledger_feed_token', 'id'), COALESCE((SELECT MAX(id) FROM ledger_feed_token), 0) + 1, false)
                """)
        }
    }
}
