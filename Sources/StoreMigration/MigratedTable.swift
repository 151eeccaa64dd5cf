/// A table copied by `jumelage migrate`: its SQLite name (the workspace's camelCase) and its
/// PostgreSQL name (snake case), in an order that respects their foreign keys.
struct MigratedTable: Hashable, Sendable {
    var sqlite: String
    var postgres: String
    /// Columns whose values come from a sequence in PostgreSQL (`id … GENERATED … AS IDENTITY`).
    var identity: String?

    init(_ sqlite: String, postgres: String? = nil, identity: String? = nil) {
        self.sqlite = sqlite
        self.postgres = postgres ?? Self.snakeCase(sqlite)
        self.identity = identity
    }

    /// `workspacePollRespondent` → `workspace_poll_respondent`, `eventIDs` → `event_ids`,
    /// `titleFR` → `title_fr`: an underscore before each upper-case letter that follows a
    /// lower-case letter or a digit.
    static func snakeCase(_ name: String) -> String {
        var result = ""
        var previous: Character?
        for character in name {
            if character.isUppercase, let previous, previous.isLowercase || previous.isNumber { result += "_" }
            result += character.lowercased()
            previous = character
        }
        return result
    }

    /// The workspace's tables (accounts, sessions, history, audit, invitation answers, polls) and
    /// the invitations' outbox with its memory.
    static let workspace: [MigratedTable] = [
        MigratedTable("workspaceUser", identity: "id"), MigratedTable("workspaceMembership"), MigratedTable("workspaceOneTimeLink"),
        MigratedTable("workspaceSession"), MigratedTable("workspacePlanChange", identity: "id"),
        MigratedTable("workspaceAudit", identity: "id"), MigratedTable("workspaceSignInFailure", identity: "id"),
        MigratedTable("workspaceSecret"), MigratedTable("workspaceInvitationAnswer"), MigratedTable("workspacePoll", identity: "id"),
        MigratedTable("workspacePollRespondent", identity: "id"), MigratedTable("workspacePollAnswer"),
        MigratedTable("deliveryOutbox", identity: "id"), MigratedTable("deliveryInvitation"),
    ]

    /// The publication ledger (its SQLite tables have short names; PostgreSQL's start with `ledger_`).
    static let ledger: [MigratedTable] = [
        MigratedTable("publication", postgres: "ledger_publication"), MigratedTable("feedBlob", postgres: "ledger_feed_blob"),
        MigratedTable("publishedFeed", postgres: "ledger_published_feed"), MigratedTable("eventVersion", postgres: "ledger_event_version"),
        MigratedTable("publishedEvent", postgres: "ledger_published_event"),
        MigratedTable("feedToken", postgres: "ledger_feed_token", identity: "id"),
    ]
}
