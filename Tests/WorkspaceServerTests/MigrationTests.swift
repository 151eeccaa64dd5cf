import Delivery
import Foundation
import Testing
import WorkspacePostgres
import WorkspaceStore

@testable import StoreMigration

/// `jumelage migrate`: a workspace's SQLite file and plans, copied into an empty PostgreSQL
/// database, read back the same through the PostgreSQL store; verified by counts and hashes;
/// refused over a database that is not empty.
@Suite(.enabled(if: SharedDatabase.serverURL != nil))
struct MigrationTests {
    static let now = Date(timeIntervalSince1970: 1_764_590_400)

    /// A SQLite workspace with something in every table, and two plans beside it.
    static func sourceWorkspace() async throws -> (folder: URL, store: SQLiteWorkspaceStore) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jumelage-migrate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "id: a\r\n# Québec\r\n".write(to: folder.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
        try "id: b\n".write(to: folder.appendingPathComponent("b.yml"), atomically: true, encoding: .utf8)
        let store = try SQLiteWorkspaceStore(path: folder.appendingPathComponent("jumelage-ledger.sqlite").path)
        let admin = try await store.createUser(
            NewUser(login: "Anais@Quebec.ca", displayName: "Anaïs", passwordHash: "$2b$12$abc", isAdministrator: true, createdAt: now))
        let editor = try await store.createUser(
            NewUser(login: "luc@namur.be", displayName: "Luc", passwordHash: "$2b$12$def", isAdministrator: false, createdAt: now))
        try await store.setTOTPSecret("JBSWY3DPEHPK3PXP", userID: admin.id)
        try await store.deleteUser(
            id: try await store.createUser(
                NewUser(login: "gone", displayName: "Gone", passwordHash: "x", isAdministrator: false, createdAt: now)
            ).id)
        try await store.setRole(.editor, userID: editor.id, planID: "a")
        try await store.createOneTimeLink(OneTimeLink(tokenHash: "ab12", purpose: .invitation, userID: editor.id, expiresAt: now))
        try await store.createSession(
            SessionRecord(idHash: "cd34", userID: editor.id, csrfToken: "csrf", createdAt: now, expiresAt: now.addingTimeInterval(60)))
        let change = try await store.beginChange(
            PlanChange(
                planID: "a", file: "a.yaml", userID: editor.id, author: "Luc", at: now, summary: "titre", eventIDs: ["comite", "visite"],
                beforeRevision: "r0", afterRevision: "r1", before: "id: a\n", after: "id: a\r\n# Québec\r\n"))
        try await store.commitChange(id: change)
        _ = try await store.beginChange(
            PlanChange(
                planID: "b", file: "b.yml", userID: nil, author: "x", at: now, summary: "pending", eventIDs: [], beforeRevision: "r0",
                afterRevision: "r1", before: "", after: "x"))
        try await store.appendAudit(AuditEntry(at: now, userID: admin.id, action: "sign-in", detail: "anais", address: "192.0.2.1"))
        try await store.recordSignInFailure(key: "login:x", at: now)
        _ = try await store.invitationKey()
        try await store.recordInvitationAnswer(
            InvitationAnswer(uid: "a/comite@jumelage", address: "luc@namur.be", choice: .declined, at: now))
        let (poll, respondents) = try await store.createPoll(
            NewPoll(
                planID: "a", eventID: "comite", titleFR: "Comité", titleEN: "Committee", slot: "{}",
                days: [PollDay(date: "2026-12-07", cost: 0), PollDay(date: "2026-12-08", cost: 3)], createdBy: admin.id,
                createdByName: "Anaïs", createdAt: now, expiresAt: now.addingTimeInterval(86_400)),
            respondents: [
                NewPollRespondent(
                    name: "Luc", personID: "luc", email: "luc@namur.be", zone: "Europe/Brussels", language: "fr", kind: .traveller,
                    tokenHash: "ef56")
            ])
        try await store.setAnswers(respondentID: respondents[0].id, ["2026-12-07": .yes, "2026-12-08": .ifNeedBe], now: now)
        _ = poll
        let outbox = try SQLiteOutboxStore(path: folder.appendingPathComponent("jumelage-ledger.sqlite").path)
        _ = try await outbox.enqueue(
            [
                OutboxMessage(
                    uid: "a/comite@jumelage", sequence: 0, kind: "request", recipient: "luc@namur.be", sender: "bri@quebec.example",
                    messageID: "m1@quebec.example", subject: "Invitation : Comité", planID: "a", bytes: Array("Subject: x\r\n\r\nbody".utf8)
                )
            ], memory: [], now: 1000)
        return (folder, store)
    }

    @Test func everythingIsCopiedVerifiedAndReadableThroughThePostgreSQLStore() async throws {
        let (folder, source) = try await Self.sourceWorkspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try await SharedDatabase()
        let url = try PostgresURL.parse(database.url, environment: [:])
        let checks = try await StoreMigrator.migrate(
            sqlitePath: folder.appendingPathComponent("jumelage-ledger.sqlite").path, plansFolder: folder.path, to: url)
        #expect(
            checks.map(\.table) == [
                "workspace_user", "workspace_membership", "workspace_one_time_link", "workspace_session", "workspace_plan_change",
                "workspace_audit", "workspace_sign_in_failure", "workspace_secret", "workspace_invitation_answer", "workspace_poll",
                "workspace_poll_respondent", "workspace_poll_answer", "delivery_outbox", "delivery_invitation", "ledger_publication",
                "ledger_feed_blob", "ledger_published_feed", "ledger_event_version", "ledger_published_event", "ledger_feed_token",
                "workspace_plan_document",
            ])
        #expect(checks.map(\.rows) == [2, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 2, 1, 0, 0, 0, 0, 0, 0, 0, 2])

        let target = try await PostgresWorkspaceStore(url: url)
        defer { Task { await target.shutdown() } }
        #expect(try await target.users() == source.users())
        #expect(try await target.user(login: "ANAIS@quebec.ca")?.totpSecret == "JBSWY3DPEHPK3PXP")
        #expect(try await target.memberships(userID: 2) == source.memberships(userID: 2))
        #expect(try await target.session(idHash: "cd34", now: Self.now) == source.session(idHash: "cd34", now: Self.now))
        #expect(
            try await target.history(planID: "a", eventID: "visite", limit: 5) == source.history(planID: "a", eventID: "visite", limit: 5))
        #expect(try await target.pendingChanges() == source.pendingChanges())
        #expect(try await target.auditLog(limit: 5) == source.auditLog(limit: 5))
        #expect(try await target.signInFailures(key: "login:x", since: Self.now) == 1)
        #expect(try await target.invitationKey() == source.invitationKey())
        #expect(try await target.invitationAnswers(uid: "a/comite@jumelage") == source.invitationAnswers(uid: "a/comite@jumelage"))
        #expect(try await target.polls(planID: "a", eventID: nil) == source.polls(planID: "a", eventID: nil))
        #expect(try await target.answers(pollID: 1) == source.answers(pollID: 1))
        let sourceOutbox = try SQLiteOutboxStore(path: folder.appendingPathComponent("jumelage-ledger.sqlite").path)
        #expect(try await PostgresOutboxStore(store: target).due(now: 1000, limit: 5) == sourceOutbox.due(now: 1000, limit: 5))
        let documents = try await PostgresPlanDocuments(store: target).documents()
        #expect(documents.map(\.file) == ["a.yaml", "b.yml"])
        #expect(documents.first?.text == "id: a\r\n# Québec\r\n")
        // The sequences continue after the copied ids (3 was deleted before the migration).
        let next = try await target.createUser(
            NewUser(login: "new", displayName: "New", passwordHash: "x", isAdministrator: false, createdAt: Self.now))
        #expect(next.id == 4)
    }

    @Test func aDatabaseThatIsNotEmptyIsRefusedAndLeftAsItIs() async throws {
        let (folder, _) = try await Self.sourceWorkspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try await SharedDatabase()
        let url = try PostgresURL.parse(database.url, environment: [:])
        let target = try await PostgresWorkspaceStore(url: url)
        defer { Task { await target.shutdown() } }
        let existing = try await target.createUser(
            NewUser(login: "deja", displayName: "Déjà", passwordHash: "x", isAdministrator: true, createdAt: Self.now))
        await #expect(throws: StoreMigrationError.targetNotEmpty("workspace_user")) {
            try await StoreMigrator.migrate(
                sqlitePath: folder.appendingPathComponent("jumelage-ledger.sqlite").path, plansFolder: folder.path, to: url)
        }
        #expect(try await target.users() == [existing])
        #expect(try await PostgresPlanDocuments(store: target).documents().isEmpty)
    }

    @Test func aPublishedWorkspaceMovesWithItsLedgerAndAnInstanceOnPostgreSQLServesTheSameFeeds() async throws {
        let source = try await WorkspaceFixture()
        let admin = try await source.account("admin")
        let (feed, sourceBytes) = try await source.application().test(.router) { client in
            let published = try await client.execute(
                uri: "/espace/publication", method: .post, headers: admin.formHeaders(), body: admin.form([]))
            #expect(published.status == .ok)
            let home = try await client.execute(uri: "/", method: .get)
            let feed = String(try #require(home.body.text.components(separatedBy: "<code>").dropFirst().first?.prefix { $0 != "<" }))
            return (feed, try await client.execute(uri: "/feeds/\(feed)", method: .get).body.text)
        }
        let database = try await SharedDatabase()
        let url = try PostgresURL.parse(database.url, environment: [:])
        let checks = try await StoreMigrator.migrate(
            sqlitePath: source.folder.appendingPathComponent("jumelage-ledger.sqlite").path, plansFolder: source.folder.path,
            publicationFolder: source.folder.appendingPathComponent("publication").path, to: url)
        let rows = Dictionary(uniqueKeysWithValues: checks.map { ($0.table, $0.rows) })
        #expect(rows["ledger_publication"] == 1)
        #expect((rows["ledger_event_version"] ?? 0) > 0 && (rows["ledger_publication_file"] ?? 0) > 1)
        #expect(rows["workspace_plan_document"] == WorkspaceFixture.planFiles.count)

        // Another server on the database: it brings its folder to the last publication and serves
        // the same feed, byte for byte; publishing again finds nothing new.
        let instance = try await WorkspaceFixture(files: [], database: database.url)
        let session = try await instance.account("second-admin")
        try await instance.application().test(.router) { client in
            let served = try await client.execute(uri: "/feeds/\(feed)", method: .get)
            #expect(served.status == .ok)
            #expect(served.body.text == sourceBytes)
            let page = try await client.execute(uri: "/espace/publication", method: .get, headers: session.headers)
            #expect(page.body.text.contains("id=\"rien-a-publier\""))
        }
    }

    @Test func theCanonicalFormTellsTypesAndSplitsApart() {
        #expect(MigratedTable.snakeCase("workspacePollRespondent") == "workspace_poll_respondent")
        #expect(MigratedTable.snakeCase("eventIDs") == "event_ids")
        #expect(MigratedTable.snakeCase("titleFR") == "title_fr")
        #expect(MigratedTable.snakeCase("isAdministrator") == "is_administrator")
    }
}
