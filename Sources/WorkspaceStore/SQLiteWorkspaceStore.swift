import Foundation
import GRDB

/// The workspace store on SQLite, through GRDB: one file, normally the publication ledger's
/// (`jumelage-ledger.sqlite`, beside the plans), whose tables it shares without touching them
/// (see `WorkspaceSchema`). The database is in WAL mode, so readers never wait for the writer, and
/// waits up to 10 seconds for another process's write. Every method is one transaction; every
/// database failure is thrown as `WorkspaceStoreError.database`.
package final class SQLiteWorkspaceStore: WorkspaceStore {
    package let path: String
    let database: DatabasePool

    package var kind: String { "sqlite" }

    /// Opens the database at `path`, creating the file if needed, and adds or updates the
    /// workspace's tables. Throws `WorkspaceStoreError.database` when the file cannot be opened.
    package init(path: String) throws(WorkspaceStoreError) {
        self.path = path
        // SQLite opens "" and ":memory:" as throwaway databases: the workspace must last.
        guard !path.isEmpty, path != ":memory:", !path.hasPrefix("file:") else {
            throw .database("\(path.isEmpty ? "\"\"" : path) is not a file name; name the database's file, such as jumelage-ledger.sqlite")
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.label = "jumelage-workspace"
        do {
            database = try DatabasePool(path: path, configuration: configuration)
            try WorkspaceSchema.migrator.migrate(database)
        } catch {
            throw Self.mapped(error)
        }
    }

    package func ping() async -> Bool {
        (try? await database.read { db in try Int.fetchOne(db, sql: "SELECT 1") }) == 1
    }

    // MARK: Accounts

    package func userCount() async throws -> Int {
        try await reading { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(WorkspaceSchema.user)") ?? 0 }
    }

    package func createUser(_ user: NewUser) async throws -> UserAccount {
        try await writing { db in
            do {
                try db.execute(
                    sql: """
                        INSERT INTO \(WorkspaceSchema.user) (login, displayName, passwordHash, totpSecret, isAdministrator, createdAt)
                        VALUES (?, ?, ?, NULL, ?, ?)
                        """,
                    arguments: [user.login, user.displayName, user.passwordHash, user.isAdministrator, StoredTime.seconds(user.createdAt)])
            } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
                throw WorkspaceStoreError.loginTaken(user.login)
            }
            return UserAccount(
                id: db.lastInsertedRowID, login: user.login, displayName: user.displayName, passwordHash: user.passwordHash,
                totpSecret: nil, isAdministrator: user.isAdministrator, createdAt: StoredTime.date(StoredTime.seconds(user.createdAt)))
        }
    }

    package func user(id: Int64) async throws -> UserAccount? {
        try await reading { db in
            try Row.fetchOne(db, sql: "SELECT * FROM \(WorkspaceSchema.user) WHERE id = ?", arguments: [id]).map(UserAccount.init(row:))
        }
    }

    package func user(login: String) async throws -> UserAccount? {
        try await reading { db in
            try Row.fetchOne(db, sql: "SELECT * FROM \(WorkspaceSchema.user) WHERE login = ? COLLATE NOCASE", arguments: [login])
                .map(UserAccount.init(row:))
        }
    }

    package func users() async throws -> [UserAccount] {
        try await reading { db in
            try Row.fetchAll(db, sql: "SELECT * FROM \(WorkspaceSchema.user) ORDER BY id").map(UserAccount.init(row:))
        }
    }

    package func setPasswordHash(_ hash: String, userID: Int64) async throws {
        try await writing { db in
            try db.execute(sql: "UPDATE \(WorkspaceSchema.user) SET passwordHash = ? WHERE id = ?", arguments: [hash, userID])
            guard db.changesCount == 1 else { throw WorkspaceStoreError.unknownUser(userID) }
        }
    }

    package func setTOTPSecret(_ secret: String?, userID: Int64) async throws {
        try await writing { db in
            try db.execute(sql: "UPDATE \(WorkspaceSchema.user) SET totpSecret = ? WHERE id = ?", arguments: [secret, userID])
            guard db.changesCount == 1 else { throw WorkspaceStoreError.unknownUser(userID) }
        }
    }

    package func deleteUser(id: Int64) async throws {
        try await writing { db in
            // Roles, sessions and links go with the account (ON DELETE CASCADE).
            try db.execute(sql: "DELETE FROM \(WorkspaceSchema.user) WHERE id = ?", arguments: [id])
            guard db.changesCount == 1 else { throw WorkspaceStoreError.unknownUser(id) }
        }
    }

    // MARK: Roles per plan

    package func memberships(userID: Int64) async throws -> [Membership] {
        try await reading { db in
            try Row.fetchAll(db, sql: "SELECT * FROM \(WorkspaceSchema.membership) WHERE userID = ? ORDER BY planID", arguments: [userID])
                .map(Membership.init(row:))
        }
    }

    package func members(planID: String) async throws -> [Membership] {
        try await reading { db in
            try Row.fetchAll(db, sql: "SELECT * FROM \(WorkspaceSchema.membership) WHERE planID = ? ORDER BY userID", arguments: [planID])
                .map(Membership.init(row:))
        }
    }

    package func setRole(_ role: PlanRole?, userID: Int64, planID: String) async throws {
        try await writing { db in
            try Self.requireUser(userID, db)
            if let role {
                try db.execute(
                    sql: """
                        INSERT INTO \(WorkspaceSchema.membership) (userID, planID, role) VALUES (?, ?, ?)
                        ON CONFLICT (userID, planID) DO UPDATE SET role = excluded.role
                        """,
                    arguments: [userID, planID, role.rawValue])
            } else {
                try db.execute(
                    sql: "DELETE FROM \(WorkspaceSchema.membership) WHERE userID = ? AND planID = ?", arguments: [userID, planID])
            }
        }
    }

    // MARK: One-time links

    package func createOneTimeLink(_ link: OneTimeLink) async throws {
        try await writing { db in
            if let userID = link.userID { try Self.requireUser(userID, db) }
            try db.execute(
                sql: "INSERT INTO \(WorkspaceSchema.oneTimeLink) (tokenHash, purpose, userID, expiresAt, usedAt) VALUES (?, ?, ?, ?, NULL)",
                arguments: [link.tokenHash, link.purpose.rawValue, link.userID, StoredTime.seconds(link.expiresAt)])
        }
    }

    package func consumeOneTimeLink(tokenHash: String, now: Date) async throws -> OneTimeLink? {
        try await writing { db in
            // One statement decides: of two concurrent calls, only one changes the row.
            try db.execute(
                sql: "UPDATE \(WorkspaceSchema.oneTimeLink) SET usedAt = ? WHERE tokenHash = ? AND usedAt IS NULL AND expiresAt > ?",
                arguments: [StoredTime.seconds(now), tokenHash, StoredTime.seconds(now)])
            guard db.changesCount == 1 else { return nil }
            return try Row.fetchOne(db, sql: "SELECT * FROM \(WorkspaceSchema.oneTimeLink) WHERE tokenHash = ?", arguments: [tokenHash])
                .map(OneTimeLink.init(row:))
        }
    }

    // MARK: Sessions

    package func createSession(_ session: SessionRecord) async throws {
        try await writing { db in
            try Self.requireUser(session.userID, db)
            try db.execute(
                sql: "INSERT INTO \(WorkspaceSchema.session) (idHash, userID, csrfToken, createdAt, expiresAt) VALUES (?, ?, ?, ?, ?)",
                arguments: [
                    session.idHash, session.userID, session.csrfToken, StoredTime.seconds(session.createdAt),
                    StoredTime.seconds(session.expiresAt),
                ])
        }
    }

    package func session(idHash: String, now: Date) async throws -> SessionRecord? {
        try await reading { db in
            try Row.fetchOne(
                db, sql: "SELECT * FROM \(WorkspaceSchema.session) WHERE idHash = ? AND expiresAt > ?",
                arguments: [idHash, StoredTime.seconds(now)]
            ).map(SessionRecord.init(row:))
        }
    }

    package func deleteSession(idHash: String) async throws {
        try await writing { db in
            try db.execute(sql: "DELETE FROM \(WorkspaceSchema.session) WHERE idHash = ?", arguments: [idHash])
        }
    }

    package func deleteSessions(userID: Int64) async throws {
        try await writing { db in
            try db.execute(sql: "DELETE FROM \(WorkspaceSchema.session) WHERE userID = ?", arguments: [userID])
        }
    }

    package func deleteExpired(now: Date, signInFailuresBefore: Date) async throws {
        try await writing { db in
            let now = StoredTime.seconds(now)
            try db.execute(sql: "DELETE FROM \(WorkspaceSchema.session) WHERE expiresAt <= ?", arguments: [now])
            try db.execute(
                sql: "DELETE FROM \(WorkspaceSchema.oneTimeLink) WHERE expiresAt <= ? OR usedAt IS NOT NULL", arguments: [now])
            try db.execute(
                sql: "DELETE FROM \(WorkspaceSchema.signInFailure) WHERE at < ?", arguments: [StoredTime.seconds(signInFailuresBefore)])
        }
    }

    // MARK: History of plan saves

    package func beginChange(_ change: PlanChange) async throws -> Int64 {
        try await writing { db in
            try db.execute(
                sql: """
                    INSERT INTO \(WorkspaceSchema.planChange)
                    (planID, file, userID, author, at, summary, eventIDs, beforeRevision, afterRevision, before, after, committed)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                    """,
                arguments: [
                    change.planID, change.file, change.userID, change.author, StoredTime.seconds(change.at), change.summary,
                    try PlanChange.eventIDsJSON(change.eventIDs), change.beforeRevision, change.afterRevision, change.before, change.after,
                ])
            return db.lastInsertedRowID
        }
    }

    package func commitChange(id: Int64) async throws {
        try await writing { db in
            try db.execute(sql: "UPDATE \(WorkspaceSchema.planChange) SET committed = 1 WHERE id = ?", arguments: [id])
            guard db.changesCount == 1 else { throw WorkspaceStoreError.unknownChange(id) }
        }
    }

    package func discardChange(id: Int64) async throws {
        try await writing { db in
            try db.execute(sql: "DELETE FROM \(WorkspaceSchema.planChange) WHERE id = ? AND committed = 0", arguments: [id])
            guard db.changesCount == 1 else { throw WorkspaceStoreError.unknownChange(id) }
        }
    }

    package func pendingChanges() async throws -> [PlanChange] {
        try await reading { db in
            try Row.fetchAll(db, sql: "SELECT * FROM \(WorkspaceSchema.planChange) WHERE committed = 0 ORDER BY id")
                .map(PlanChange.init(row:))
        }
    }

    package func history(planID: String, eventID: String?, limit: Int) async throws -> [PlanChange] {
        try await reading { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM \(WorkspaceSchema.planChange)
                    WHERE planID = :planID AND committed = 1
                    AND (:eventID IS NULL OR EXISTS (SELECT 1 FROM json_each(eventIDs) WHERE json_each.value = :eventID))
                    ORDER BY at DESC, id DESC LIMIT :limit
                    """,
                arguments: ["planID": planID, "eventID": eventID, "limit": max(0, limit)]
            ).map(PlanChange.init(row:))
        }
    }

    package func change(id: Int64) async throws -> PlanChange? {
        try await reading { db in
            try Row.fetchOne(db, sql: "SELECT * FROM \(WorkspaceSchema.planChange) WHERE id = ?", arguments: [id]).map(
                PlanChange.init(row:))
        }
    }

    // MARK: Audit log

    package func appendAudit(_ entry: AuditEntry) async throws {
        try await writing { db in
            try db.execute(
                sql: "INSERT INTO \(WorkspaceSchema.audit) (at, userID, action, detail, address) VALUES (?, ?, ?, ?, ?)",
                arguments: [StoredTime.seconds(entry.at), entry.userID, entry.action, entry.detail, entry.address])
        }
    }

    package func auditLog(limit: Int) async throws -> [AuditEntry] {
        try await reading { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM \(WorkspaceSchema.audit) ORDER BY at DESC, id DESC LIMIT ?", arguments: [max(0, limit)]
            )
            .map(AuditEntry.init(row:))
        }
    }

    // MARK: Sign-in throttling

    package func recordSignInFailure(key: String, at: Date) async throws {
        try await writing { db in
            try db.execute(
                sql: "INSERT INTO \(WorkspaceSchema.signInFailure) (key, at) VALUES (?, ?)", arguments: [key, StoredTime.seconds(at)])
        }
    }

    package func signInFailures(key: String, since: Date) async throws -> Int {
        try await reading { db in
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM \(WorkspaceSchema.signInFailure) WHERE key = ? AND at >= ?",
                arguments: [key, StoredTime.seconds(since)]) ?? 0
        }
    }

    package func clearSignInFailures(key: String) async throws {
        try await writing { db in
            try db.execute(sql: "DELETE FROM \(WorkspaceSchema.signInFailure) WHERE key = ?", arguments: [key])
        }
    }

    // MARK: Transactions and errors

    func reading<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(WorkspaceStoreError) -> T {
        do { return try await database.read(body) } catch { throw Self.mapped(error) }
    }

    func writing<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(WorkspaceStoreError) -> T {
        do { return try await database.write(body) } catch { throw Self.mapped(error) }
    }

    private static func requireUser(_ id: Int64, _ db: Database) throws {
        guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(WorkspaceSchema.user) WHERE id = ?)", arguments: [id]) == true
        else { throw WorkspaceStoreError.unknownUser(id) }
    }

    static func mapped(_ error: any Error) -> WorkspaceStoreError {
        switch error {
        case let error as WorkspaceStoreError: error
        case let error as DatabaseError: .database(error.message ?? error.description)
        default: .database(String(describing: error))
        }
    }
}
