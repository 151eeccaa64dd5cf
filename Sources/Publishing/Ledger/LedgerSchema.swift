import FeedModel
import GRDB

/// The ledger's tables, created and evolved by GRDB's `DatabaseMigrator`: a migration, once
/// shipped, is never edited; a change of schema is a new migration appended here.
enum LedgerSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-publications-events-tokens") { db in
            // One row per `jumelage publish`.
            try db.create(table: PublicationRecord.databaseTableName) { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("publishedAt", .integer).notNull()
                table.column("publishedBy", .text).notNull()
                /// JSON object: plan id → plan revision (ISO 8601, UTC).
                table.column("planRevisions", .text).notNull()
                table.column("outputDirectory", .text).notNull()
            }
            // Feed bytes, by SHA-256: every published feed can be written again from the ledger.
            try db.create(table: FeedBlobRecord.databaseTableName) { table in
                table.primaryKey("sha256", .text)
                table.column("bytes", .blob).notNull()
            }
            // Which feeds each publication holds, and their bytes.
            try db.create(table: PublishedFeedRecord.databaseTableName) { table in
                table.column("publicationID", .integer).notNull()
                    .references(PublicationRecord.databaseTableName, onDelete: .cascade)
                table.column("name", .text).notNull()
                table.column("planID", .text)
                table.column("visibility", .text).notNull()
                table.column("sha256", .text).notNull().references(FeedBlobRecord.databaseTableName)
                table.column("byteCount", .integer).notNull()
                table.column("eventCount", .integer).notNull()
                /// When these bytes were first published: the feed's HTTP Last-Modified.
                table.column("modifiedAt", .integer).notNull()
                table.column("language", .text)
                /// JSON of the VCALENDAR properties, to write the feed again if its plan stops producing it.
                table.column("calendar", .blob)
                table.primaryKey(["publicationID", "name"])
            }
            // Every version of every event ever published, per feed.
            try db.create(table: EventVersionRecord.databaseTableName) { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("feed", .text).notNull()
                table.column("uid", .text).notNull()
                table.column("sequence", .integer).notNull()
                table.column("scheduleHash", .text).notNull()
                table.column("contentHash", .text).notNull()
                table.column("start", .text).notNull()
                table.column("end", .text)
                table.column("lastEnd", .integer).notNull()
                table.column("status", .text)
                table.column("summary", .text).notNull()
                table.column("stamp", .integer).notNull()
                table.column("event", .blob).notNull()
                table.column("vevent", .text).notNull()
                table.column("publicationID", .integer).notNull()
                    .references(PublicationRecord.databaseTableName, onDelete: .cascade)
            }
            try db.create(
                index: "eventVersionByFeedAndUID", on: EventVersionRecord.databaseTableName,
                columns: ["feed", "uid", "id"])
            // Which event version each feed of each publication lists.
            try db.create(table: PublishedEventRecord.databaseTableName) { table in
                table.column("publicationID", .integer).notNull()
                    .references(PublicationRecord.databaseTableName, onDelete: .cascade)
                table.column("feed", .text).notNull()
                table.column("uid", .text).notNull()
                table.column("versionID", .integer).notNull().references(EventVersionRecord.databaseTableName)
                table.primaryKey(["publicationID", "feed", "uid"])
            }
            // Private feed tokens, hashed: the token itself is printed once and never stored.
            try db.create(table: FeedTokenRecord.databaseTableName) { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("digest", .text).notNull().unique()
                table.column("label", .text)
                /// JSON array of feed file names; NULL: every private feed.
                table.column("feeds", .text)
                table.column("createdAt", .integer).notNull()
                table.column("createdBy", .text).notNull()
                table.column("revokedAt", .integer)
            }
        }
        migrator.registerMigration("v2-feed-audience") { db in
            /// `FeedAudience.description`: who the feed is for, recorded as the builder gave it.
            try db.alter(table: PublishedFeedRecord.databaseTableName) { table in
                table.add(column: "audience", .text)
            }
        }
        return migrator
    }
}
