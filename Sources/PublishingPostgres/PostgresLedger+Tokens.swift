import Foundation
import PostgresNIO
import Publishing

extension PostgresLedger {
    /// Creates a token (as `PublicationLedger.createToken`) and announces it to every server.
    package func createToken(
        label: String?, feeds: [String]?, createdBy: String, at seconds: Int64, token: String = FeedToken.generate()
    ) async throws -> (record: FeedTokenRecord, token: String) {
        let encoded = FeedTokenRecord.feedsColumn(feeds)
        let digest = FeedToken.hexDigest(token), channel = channel
        let record = try await transaction { connection in
            let row = try await self.rows(
                connection,
                """
                INSERT INTO ledger_feed_token (digest, label, feeds, created_at, created_by)
                VALUES (\(digest), \(label), \(encoded), \(seconds), \(createdBy)) RETURNING \(unescaped: LedgerRowCoding.tokenColumns)
                """
            ).first
            _ = try await self.rows(connection, "SELECT pg_notify(\(channel), 'tokens')")
            return try row.map(LedgerRowCoding.token)
        }
        guard let record else { throw SharedPublicationError.database(store: storeName, reason: "no token row returned") }
        return (record, token)
    }

    /// Every token, revoked ones too, oldest first.
    package func tokens() async throws -> [FeedTokenRecord] {
        let logger = logger
        return try await transaction { connection in try await LedgerRowCoding.tokens(on: connection, logger: logger) }
    }

    /// Revokes a token (keeping its first revocation time) and announces it; nil when there is no such token.
    package func revokeToken(id: Int64, at seconds: Int64) async throws -> FeedTokenRecord? {
        let channel = channel
        return try await transaction { connection in
            _ = try await self.rows(
                connection, "UPDATE ledger_feed_token SET revoked_at = \(seconds) WHERE id = \(id) AND revoked_at IS NULL")
            _ = try await self.rows(connection, "SELECT pg_notify(\(channel), 'tokens')")
            return try await self.rows(
                connection, "SELECT \(unescaped: LedgerRowCoding.tokenColumns) FROM ledger_feed_token WHERE id = \(id)"
            )
            .first.map(LedgerRowCoding.token)
        }
    }

    /// The feeds of the last publication (none before the first), by name.
    package func lastPublicationFeeds() async throws -> [(name: String, isPublic: Bool)] {
        try await transaction { connection in
            try await self.rows(
                connection,
                """
                SELECT name, plan_id, visibility, audience FROM ledger_published_feed
                WHERE publication_id = (SELECT MAX(id) FROM ledger_publication) ORDER BY name
                """
            ).map { row in
                let (name, plan, visibility, audience) = try row.decode((String, String?, String, String?).self)
                let record = PublishedFeedRecord(
                    publicationID: 0, name: name, planID: plan, visibility: visibility, audience: audience, sha256: "", byteCount: 0,
                    eventCount: 0, modifiedAt: 0, language: nil, calendar: nil)
                return (name, record.feedAudience.isPublic)
            }
        }
    }
}
