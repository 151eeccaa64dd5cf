import Foundation
import GRDB
import Testing

@testable import WorkspaceStore

@Suite("Persistence and the shared database file", .timeLimit(.minutes(1)))
struct PersistenceTests {
    @Test("everything written is there after closing and reopening the database", arguments: StoreKind.available)
    func reopen(kind: StoreKind) async throws {
        let scratch = try await ScratchStore(kind)
        let user: UserAccount
        let changeID: Int64
        do {
            // This store, its connections and its file handles end with this block.
            let store = try await scratch.another()
            user = try await store.createUser(newUser("lucie", administrator: true))
            try await store.setRole(.owner, userID: user.id, planID: "quebec-namur")
            try await store.createSession(SessionRecord(idHash: "s", userID: user.id, csrfToken: "c", createdAt: at(0), expiresAt: at(100)))
            try await store.createOneTimeLink(OneTimeLink(tokenHash: "l", purpose: .invitation, userID: user.id, expiresAt: at(100)))
            changeID = try await store.beginChange(HistoryTests.change("quebec-namur", at: 10, events: ["e"]))
            try await store.commitChange(id: changeID)
            try await store.appendAudit(AuditEntry(at: at(5), userID: user.id, action: "account", detail: "created", address: nil))
            try await store.recordSignInFailure(key: "k", at: at(7))
        }

        let reopened = try await scratch.another()
        #expect(try await reopened.users() == [user])
        #expect(try await reopened.memberships(userID: user.id) == [Membership(userID: user.id, planID: "quebec-namur", role: .owner)])
        #expect(try await reopened.session(idHash: "s", now: at(1))?.userID == user.id)
        #expect(try await reopened.history(planID: "quebec-namur", eventID: "e", limit: 5).map(\.id) == [changeID])
        #expect(try await reopened.auditLog(limit: 5).map(\.detail) == ["created"])
        #expect(try await reopened.signInFailures(key: "k", since: at(0)) == 1)
        #expect(try await reopened.consumeOneTimeLink(tokenHash: "l", now: at(1))?.userID == user.id)
    }

    /// The publication ledger's migrator, as `Publishing` registers it (same identifiers, same
    /// kind of connection: a `DatabaseQueue`), reduced to a table per migration. The test target
    /// cannot depend on `Publishing`; this stands in for `PublicationLedger(path:)`.
    static var ledgerMigrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-publications-events-tokens") { db in
            try db.create(table: "publication") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("publishedAt", .integer).notNull()
                table.column("publishedBy", .text).notNull()
            }
            try db.create(table: "publishedFeed") { table in
                table.column("publicationID", .integer).notNull().references("publication", onDelete: .cascade)
                table.column("name", .text).notNull()
                table.primaryKey(["publicationID", "name"])
            }
        }
        migrator.registerMigration("v2-feed-audience") { db in
            try db.alter(table: "publishedFeed") { table in table.add(column: "audience", .text) }
        }
        return migrator
    }

    static func openLedger(_ path: String) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try ledgerMigrator.migrate(queue)
        return queue
    }

    @Test("the ledger and the workspace share one file, opened in either order", arguments: [true, false])
    func sharedFile(ledgerFirst: Bool) async throws {
        let folder = try ScratchFolder()
        let ledger: DatabaseQueue
        let store: SQLiteWorkspaceStore
        if ledgerFirst {
            ledger = try Self.openLedger(folder.databasePath)
            store = try folder.store()
        } else {
            store = try folder.store()
            ledger = try Self.openLedger(folder.databasePath)
        }
        // Both write while both are open.
        try await ledger.write { db in
            try db.execute(sql: "INSERT INTO publication (publishedAt, publishedBy) VALUES (1, 'ci')")
            try db.execute(sql: "INSERT INTO publishedFeed (publicationID, name, audience) VALUES (1, 'quebec.ics', 'public')")
        }
        let user = try await store.createUser(newUser("marc"))
        try await store.setRole(.editor, userID: user.id, planID: "quebec-namur")

        // Each migrator sees its own migrations done, and ignores the other's.
        let applied = try await ledger.read { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
        }
        #expect(
            applied == [
                "v1-publications-events-tokens", "v2-feed-audience", "workspace-v1-accounts-sessions-history", "workspace-v2-date-polls",
                "workspace-v2-invitation-answers",
            ])
        let completed = try await ledger.read { db in
            (try Self.ledgerMigrator.completedMigrations(db), try WorkspaceSchema.migrator.completedMigrations(db))
        }
        #expect(completed.0 == ["v1-publications-events-tokens", "v2-feed-audience"])
        #expect(
            completed.1 == ["workspace-v1-accounts-sessions-history", "workspace-v2-invitation-answers", "workspace-v2-date-polls"])

        // Reopening both, in the other order, migrates nothing and loses nothing.
        let reopenedStore = try folder.store()
        let reopenedLedger = try Self.openLedger(folder.databasePath)
        #expect(try await reopenedStore.user(login: "MARC") == user)
        #expect(try await reopenedStore.members(planID: "quebec-namur").count == 1)
        #expect(try await reopenedLedger.read { db in try String.fetchOne(db, sql: "SELECT audience FROM publishedFeed") } == "public")
        #expect(try await reopenedLedger.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") } == "wal")
    }
}
