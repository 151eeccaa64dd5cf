import GRDB

/// The tables of date polls, added by their own migration to `WorkspaceSchema`'s migrator (the
/// same naming rules: `workspace-` migrations, `workspace` tables).
enum PollSchema {
    static let poll = "workspacePoll"
    static let respondent = "workspacePollRespondent"
    static let answer = "workspacePollAnswer"

    static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("workspace-v2-date-polls", foreignKeyChecks: .immediate) { db in
            try db.create(table: poll) { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("planID", .text).notNull()
                table.column("eventID", .text).notNull()
                table.column("titleFR", .text).notNull()
                table.column("titleEN", .text).notNull()
                table.column("slot", .text).notNull()
                /// JSON array of `PollDay`.
                table.column("days", .text).notNull()
                /// No foreign key: the poll outlives the account.
                table.column("createdBy", .integer)
                table.column("createdByName", .text).notNull()
                table.column("createdAt", .integer).notNull()
                table.column("expiresAt", .integer).notNull()
                /// `PollState.rawValue`.
                table.column("state", .text).notNull()
                table.column("closedAt", .integer)
                table.column("confirmedDate", .text)
            }
            try db.create(index: "workspacePollByEvent", on: poll, columns: ["planID", "eventID", "id"])
            try db.create(table: respondent) { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("pollID", .integer).notNull().references(poll, onDelete: .cascade)
                table.column("name", .text).notNull()
                table.column("personID", .text)
                table.column("email", .text)
                table.column("zone", .text).notNull()
                table.column("language", .text).notNull()
                /// `PollRespondentKind.rawValue`.
                table.column("kind", .text).notNull()
                /// SHA-256 (hex) of the personal link's token.
                table.column("tokenHash", .text).notNull().unique()
            }
            try db.create(index: "workspacePollRespondentByPoll", on: respondent, columns: ["pollID", "id"])
            try db.create(table: answer) { table in
                table.column("respondentID", .integer).notNull().references(respondent, onDelete: .cascade)
                table.column("date", .text).notNull()
                /// `PollChoice.rawValue`.
                table.column("choice", .text).notNull()
                table.column("at", .integer).notNull()
                table.primaryKey(["respondentID", "date"])
            }
        }
    }
}
