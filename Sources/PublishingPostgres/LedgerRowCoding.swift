import Foundation
import Logging
import PostgresNIO
import Publishing

/// The ledger's rows to and from the `ledger_…` tables (columns as in `PostgresSchema`, migration 4).
enum LedgerRowCoding {
    /// Every row of the publications after `publicationID`, the feed bytes they list, and every token.
    static func read(after publicationID: Int64, on connection: PostgresConnection, logger: Logger) async throws -> LedgerRows {
        func rows(_ query: PostgresQuery) async throws -> [PostgresRow] { try await connection.query(query, logger: logger).collect() }
        var result = LedgerRows()
        for row in try await rows(
            """
            SELECT id, published_at, published_by, plan_revisions, output_directory FROM ledger_publication
            WHERE id > \(publicationID) ORDER BY id
            """)
        {
            let (id, publishedAt, publishedBy, revisions, directory) = try row.decode((Int64, Int64, String, String, String).self)
            result.publications.append(
                PublicationRecord(
                    id: id, publishedAt: publishedAt, publishedBy: publishedBy, planRevisions: revisions, outputDirectory: directory))
        }
        for row in try await rows(
            """
            SELECT sha256, bytes FROM ledger_feed_blob
            WHERE sha256 IN (SELECT sha256 FROM ledger_published_feed WHERE publication_id > \(publicationID)) ORDER BY sha256
            """)
        {
            let (sha256, bytes) = try row.decode((String, Data).self)
            result.blobs.append(FeedBlobRecord(sha256: sha256, bytes: bytes))
        }
        for row in try await rows(
            """
            SELECT publication_id, name, plan_id, visibility, audience, sha256, byte_count, event_count, modified_at, language, calendar
            FROM ledger_published_feed WHERE publication_id > \(publicationID) ORDER BY publication_id, name
            """)
        {
            let (publication, name, plan, visibility, audience, sha256, byteCount, eventCount, modifiedAt, language, calendar) =
                try row.decode((Int64, String, String?, String, String?, String, Int64, Int64, Int64, String?, Data?).self)
            result.feeds.append(
                PublishedFeedRecord(
                    publicationID: publication, name: name, planID: plan, visibility: visibility, audience: audience, sha256: sha256,
                    byteCount: Int(byteCount), eventCount: Int(eventCount), modifiedAt: modifiedAt, language: language, calendar: calendar))
        }
        for row in try await rows(
            """
            SELECT id, feed, uid, sequence, schedule_hash, content_hash, start, "end", last_end, status, summary, stamp, event, vevent,
            publication_id FROM ledger_event_version WHERE publication_id > \(publicationID) ORDER BY id
            """)
        {
            let (
                id, feed, uid, sequence, scheduleHash, contentHash, start, end, lastEnd, status, summary, stamp, event, vevent, publication
            ) =
                try row.decode(
                    (Int64, String, String, Int64, String, String, String, String?, Int64, String?, String, Int64, Data, String, Int64).self
                )
            result.versions.append(
                EventVersionRecord(
                    id: id, feed: feed, uid: uid, sequence: Int(sequence), scheduleHash: scheduleHash, contentHash: contentHash,
                    start: start, end: end, lastEnd: lastEnd, status: status, summary: summary, stamp: stamp, event: event,
                    vevent: vevent, publicationID: publication))
        }
        for row in try await rows(
            """
            SELECT publication_id, feed, uid, version_id FROM ledger_published_event
            WHERE publication_id > \(publicationID) ORDER BY publication_id, feed, uid
            """)
        {
            let (publication, feed, uid, version) = try row.decode((Int64, String, String, Int64).self)
            result.members.append(PublishedEventRecord(publicationID: publication, feed: feed, uid: uid, versionID: version))
        }
        result.tokens = try await tokens(on: connection, logger: logger)
        return result
    }

    static let tokenColumns = "id, digest, label, feeds, created_at, created_by, revoked_at"

    static func token(_ row: PostgresRow) throws -> FeedTokenRecord {
        let (id, digest, label, feeds, createdAt, createdBy, revokedAt) = try row.decode(
            (Int64, String, String?, String?, Int64, String, Int64?).self)
        return FeedTokenRecord(
            id: id, digest: digest, label: label, feeds: feeds, createdAt: createdAt, createdBy: createdBy, revokedAt: revokedAt)
    }

    static func tokens(on connection: PostgresConnection, logger: Logger) async throws -> [FeedTokenRecord] {
        try await connection.query("SELECT \(unescaped: tokenColumns) FROM ledger_feed_token ORDER BY id", logger: logger).collect()
            .map(token)
    }

    /// Inserts the publications of `rows` (not its tokens) and `files` as the files of the last of
    /// them; bytes already stored are kept.
    static func insert(
        _ rows: LedgerRows, files: [PublicationFile], on connection: PostgresConnection, logger: Logger
    ) async throws {
        func run(_ query: PostgresQuery) async throws { _ = try await connection.query(query, logger: logger).collect() }
        for publication in rows.publications {
            try await run(
                """
                INSERT INTO ledger_publication (id, published_at, published_by, plan_revisions, output_directory)
                VALUES (\(publication.id), \(publication.publishedAt), \(publication.publishedBy), \(publication.planRevisions),
                \(publication.outputDirectory))
                """)
        }
        for blob in rows.blobs {
            try await run("INSERT INTO ledger_feed_blob (sha256, bytes) VALUES (\(blob.sha256), \(blob.bytes)) ON CONFLICT DO NOTHING")
        }
        for feed in rows.feeds {
            try await run(
                """
                INSERT INTO ledger_published_feed (publication_id, name, plan_id, visibility, audience, sha256, byte_count, event_count,
                modified_at, language, calendar) VALUES (\(feed.publicationID), \(feed.name), \(feed.planID), \(feed.visibility),
                \(feed.audience), \(feed.sha256), \(Int64(feed.byteCount)), \(Int64(feed.eventCount)), \(feed.modifiedAt),
                \(feed.language), \(feed.calendar))
                """)
        }
        for version in rows.versions {
            try await run(
                """
                INSERT INTO ledger_event_version (id, feed, uid, sequence, schedule_hash, content_hash, start, "end", last_end, status,
                summary, stamp, event, vevent, publication_id) VALUES (\(version.id), \(version.feed), \(version.uid),
                \(Int64(version.sequence)), \(version.scheduleHash), \(version.contentHash), \(version.start), \(version.end),
                \(version.lastEnd), \(version.status), \(version.summary), \(version.stamp), \(version.event), \(version.vevent),
                \(version.publicationID))
                """)
        }
        for member in rows.members {
            try await run(
                """
                INSERT INTO ledger_published_event (publication_id, feed, uid, version_id)
                VALUES (\(member.publicationID), \(member.feed), \(member.uid), \(member.versionID))
                """)
        }
        guard let publicationID = rows.publications.last?.id else { return }
        for file in files {
            try await run("INSERT INTO ledger_file_blob (sha256, bytes) VALUES (\(file.sha256), \(file.bytes)) ON CONFLICT DO NOTHING")
            try await run(
                """
                INSERT INTO ledger_publication_file (publication_id, path, sha256, byte_count)
                VALUES (\(publicationID), \(file.path), \(file.sha256), \(Int64(file.bytes.count)))
                """)
        }
    }
}
