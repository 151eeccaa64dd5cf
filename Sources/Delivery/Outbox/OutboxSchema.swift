import GRDB

/// The outbox's tables in the ledger's SQLite file, with their own `DatabaseMigrator`: every
/// migration identifier starts with `delivery-` and every table name with `delivery`, so they
/// share GRDB's `grdb_migrations` with the ledger and the workspace without meeting them. A
/// migration, once shipped, is never edited.
enum OutboxSchema {
    static let outbox = "deliveryOutbox"
    static let invitation = "deliveryInvitation"

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("delivery-v1-outbox-invitations", foreignKeyChecks: .immediate) { db in
            try db.create(table: outbox) { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("uid", .text).notNull()
                table.column("sequence", .integer).notNull()
                table.column("kind", .text).notNull()
                table.column("recipient", .text).notNull()
                table.column("sender", .text).notNull()
                table.column("messageID", .text).notNull()
                table.column("subject", .text).notNull()
                table.column("planID", .text).notNull()
                table.column("bytes", .blob).notNull()
                /// `OutboxState.rawValue`.
                table.column("state", .text).notNull()
                table.column("attempts", .integer).notNull()
                table.column("nextAttemptAt", .integer).notNull()
                table.column("lastError", .text)
                table.column("createdAt", .integer).notNull()
                table.column("sentAt", .integer)
                table.uniqueKey(["uid", "sequence", "kind", "recipient"])
            }
            try db.create(index: "deliveryOutboxDue", on: outbox, columns: ["state", "nextAttemptAt", "id"])
            // What was last sent per event: the memory `InvitationPlanner` starts from.
            try db.create(table: invitation) { table in
                table.primaryKey("uid", .text)
                table.column("planID", .text).notNull()
                table.column("sequence", .integer).notNull()
                table.column("fingerprint", .text).notNull()
                table.column("cancelled", .boolean).notNull()
                /// JSON of `InvitationMemory`.
                table.column("memory", .blob).notNull()
            }
        }
        return migrator
    }
}
