import Foundation
import GRDB

extension PublicationLedger {
    /// The rows of the publications after `publicationID` (0: all), with the feed bytes they
    /// list and the event versions they recorded, and every token.
    package func rows(after publicationID: Int64) throws(PublicationError) -> LedgerRows {
        guard hasSchema else { return LedgerRows() }
        return try guarded {
            try database.read { db in
                let newer = Column("publicationID") > publicationID
                return LedgerRows(
                    publications: try PublicationRecord.filter(Column("id") > publicationID).order(Column("id")).fetchAll(db),
                    blobs: try FeedBlobRecord.fetchAll(
                        db,
                        sql: """
                            SELECT * FROM feedBlob WHERE sha256 IN (SELECT sha256 FROM publishedFeed WHERE publicationID > ?)
                            ORDER BY sha256
                            """, arguments: [publicationID]),
                    feeds: try PublishedFeedRecord.filter(newer).order(Column("publicationID"), Column("name")).fetchAll(db),
                    versions: try EventVersionRecord.filter(newer).order(Column("id")).fetchAll(db),
                    members: try PublishedEventRecord.filter(newer)
                        .order(Column("publicationID"), Column("feed"), Column("uid")).fetchAll(db),
                    tokens: try FeedTokenRecord.order(Column("id")).fetchAll(db))
            }
        }
    }

    /// Adds `rows` as they are, ids included, and replaces the tokens by `rows.tokens`, in one
    /// transaction. Feed bytes already there are kept.
    package func append(_ rows: LedgerRows) throws(PublicationError) {
        try guarded {
            try database.write { db in
                for var publication in rows.publications { try publication.insert(db) }
                for blob in rows.blobs { try blob.insert(db, onConflict: .ignore) }
                for feed in rows.feeds { try feed.insert(db) }
                for var version in rows.versions { try version.insert(db) }
                for member in rows.members { try member.insert(db) }
                try FeedTokenRecord.deleteAll(db)
                for var token in rows.tokens { try token.insert(db) }
            }
        }
    }

    /// The id and time of the last publication, as a store that copies this ledger checks it.
    package func lastPublicationMark() throws(PublicationError) -> (id: Int64, publishedAt: Int64)? {
        try lastPublication().flatMap { record in record.id.map { ($0, record.publishedAt) } }
    }

    /// The highest event version id (0: none).
    package func lastVersionID() throws(PublicationError) -> Int64 {
        guard hasSchema else { return 0 }
        return try guarded { try database.read { try Int64.fetchOne($0, sql: "SELECT MAX(id) FROM eventVersion") ?? 0 } }
    }
}
