import GRDB

/// The workspace's tables, created and evolved by their own `DatabaseMigrator`. They live in the
/// same SQLite file as the publication ledger, whose migrator knows nothing of them: every
/// migration identifier starts with `workspace-` and every table name with `workspace`, so the two
/// migrators share GRDB's `grdb_migrations` table without ever meeting. A migration, once shipped,
/// is never edited; a change of schema is a new migration appended here.
enum WorkspaceSchema {
    static let user = "workspaceUser"
    static let membership = "workspaceMembership"
    static let oneTimeLink = "workspaceOneTimeLink"
    static let session = "workspaceSession"
    static let planChange = "workspacePlanChange"
    static let audit = "workspaceAudit"
    static let signInFailure = "workspaceSignInFailure"
    static let secret = "workspaceSecret"
    static let invitationAnswer = "workspaceInvitationAnswer"

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        // `.immediate`: foreign keys are checked as rows are written, so a migration never runs
        // `PRAGMA foreign_key_check` over the ledger's tables.
        migrator.registerMigration("workspace-v1-accounts-sessions-history", foreignKeyChecks: .immediate) { db in
            try db.create(table: user) { table in
                table.autoIncrementedPrimaryKey("id")
                /// Unique without case (ASCII letters): see the index below.
                table.column("login", .text).notNull().collate(.nocase)
                table.column("displayName", .text).notNull()
                table.column("passwordHash", .text).notNull()
                table.column("totpSecret", .text)
                table.column("isAdministrator", .boolean).notNull()
                table.column("createdAt", .integer).notNull()
            }
            try db.execute(sql: "CREATE UNIQUE INDEX workspaceUserByLogin ON \(user) (login COLLATE NOCASE)")
            try db.create(table: membership) { table in
                table.column("userID", .integer).notNull().references(user, onDelete: .cascade)
                table.column("planID", .text).notNull()
                /// `PlanRole.rawValue`.
                table.column("role", .text).notNull()
                table.primaryKey(["userID", "planID"])
            }
            try db.create(index: "workspaceMembershipByPlan", on: membership, columns: ["planID", "userID"])
            try db.create(table: oneTimeLink) { table in
                /// SHA-256 (hex) of the token: the token itself is never stored.
                table.primaryKey("tokenHash", .text)
                /// `OneTimeLink.Purpose.rawValue`.
                table.column("purpose", .text).notNull()
                table.column("userID", .integer).references(user, onDelete: .cascade)
                table.column("expiresAt", .integer).notNull()
                /// Set once, by the one call that consumes the link.
                table.column("usedAt", .integer)
            }
            try db.create(table: session) { table in
                /// SHA-256 (hex) of the cookie's value.
                table.primaryKey("idHash", .text)
                table.column("userID", .integer).notNull().references(user, onDelete: .cascade)
                table.column("csrfToken", .text).notNull()
                table.column("createdAt", .integer).notNull()
                table.column("expiresAt", .integer).notNull()
            }
            try db.create(index: "workspaceSessionByUser", on: session, columns: ["userID"])
            try db.create(table: planChange) { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("planID", .text).notNull()
                table.column("file", .text).notNull()
                /// No foreign key: the history outlives the account.
                table.column("userID", .integer)
                table.column("author", .text).notNull()
                table.column("at", .integer).notNull()
                table.column("summary", .text).notNull()
                /// JSON array of event ids.
                table.column("eventIDs", .text).notNull()
                table.column("beforeRevision", .text).notNull()
                table.column("afterRevision", .text).notNull()
                table.column("before", .text).notNull()
                table.column("after", .text).notNull()
                table.column("committed", .boolean).notNull()
            }
            try db.create(index: "workspacePlanChangeByPlan", on: planChange, columns: ["planID", "committed", "at", "id"])
            try db.create(table: audit) { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("at", .integer).notNull()
                table.column("userID", .integer)
                table.column("action", .text).notNull()
                table.column("detail", .text).notNull()
                table.column("address", .text)
            }
            try db.create(index: "workspaceAuditByTime", on: audit, columns: ["at", "id"])
            try db.create(table: signInFailure) { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("key", .text).notNull()
                table.column("at", .integer).notNull()
            }
            try db.create(index: "workspaceSignInFailureByKey", on: signInFailure, columns: ["key", "at"])
        }
        migrator.registerMigration("workspace-v2-invitation-answers", foreignKeyChecks: .immediate) { db in
            try db.create(table: secret) { table in
                table.primaryKey("name", .text)
                table.column("value", .blob).notNull()
            }
            try db.create(table: invitationAnswer) { table in
                table.column("uid", .text).notNull()
                /// Lower-cased.
                table.column("address", .text).notNull()
                /// `InvitationAnswer.Choice.rawValue`: the PARTSTAT.
                table.column("choice", .text).notNull()
                table.column("at", .integer).notNull()
                table.primaryKey(["uid", "address"])
            }
        }
        PollSchema.register(in: &migrator)
        return migrator
    }
}
