import Foundation
import Logging
import PostgresNIO
import WorkspaceStore

/// The workspace store on PostgreSQL (`postgres://…`): several workspace servers, in several
/// offices, can share one database. Same contract as `SQLiteWorkspaceStore`:
///
/// - every method is one transaction (`BEGIN` … `COMMIT` on a connection leased from the pool);
/// - dates are whole seconds, rounded down (`StoredTime`), in BIGINT columns;
/// - logins are unique without case (a unique index on `lower(login)`);
/// - `consumeOneTimeLink` is one conditional `UPDATE … RETURNING`: of two concurrent calls, one
///   gets the link;
/// - every database failure is thrown as `WorkspaceStoreError.database` (the server's message,
///   never the password).
///
/// Opening applies the schema migrations (`PostgresSchema`) on one connection, which also tells
/// an unreachable server or a refused login at once (`PostgresUnavailable`). The store then lends
/// connections from its pool (`PostgresConnectionPool`) until `shutdown()` or until it is released.
package final class PostgresWorkspaceStore: WorkspaceStore {
    package let url: PostgresURL
    /// The schemas the tables are in (tests); nil for the connection's default.
    let searchPath: String?
    let pool: PostgresConnectionPool
    let logger: Logger

    package var kind: String { "postgres" }

    /// The NOTIFY channel of plan saves: one per schema, so that tests sharing a database (a
    /// schema each) do not hear each other.
    var plansChannel: String {
        "jumelage_plans" + (searchPath.map { "_" + String($0.filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) } ?? "")
    }

    /// Connects, migrates, and starts the pool. `searchPath` (tests) sets the schemas the tables
    /// are made and looked for in; `maximumConnections` bounds the pool. Throws
    /// `PostgresUnavailable` when the server cannot be reached or refuses.
    package init(url: PostgresURL, searchPath: String? = nil, maximumConnections: Int = 10) async throws {
        self.url = url
        self.searchPath = searchPath
        var logger = Logger(label: "jumelage.workspace.postgres")
        logger.logLevel = .error
        self.logger = logger
        do {
            let connection = try await PostgresConnection.connect(
                configuration: try url.connectionConfiguration(searchPath: searchPath), id: 0, logger: logger)
            do {
                try await PostgresSchema.migrate(connection, logger: logger)
            } catch {
                try? await connection.close()
                throw error
            }
            try? await connection.close()
        } catch {
            throw PostgresUnavailable(url: url.redactedDescription, reason: Self.reason(error))
        }
        pool = PostgresConnectionPool(
            configuration: try url.connectionConfiguration(searchPath: searchPath), maximum: maximumConnections, logger: logger)
    }

    deinit {
        let pool = pool
        Task { await pool.shutdown() }
    }

    /// Closes the idle connections: the store is unusable afterwards.
    package func shutdown() async {
        await pool.shutdown()
    }

    /// `SELECT 1`, given 5 seconds: false when the server does not answer in time or fails.
    package func ping() async -> Bool {
        let (pool, logger) = (pool, logger)
        return await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                let rows = try? await pool.withConnection { connection in
                    try await connection.query("SELECT 1::BIGINT", logger: logger).collect()
                }
                guard let row = rows?.first else { return false }
                return (try? row.decode(Int64.self)) == 1
            }
            group.addTask {
                try? await Task.sleep(for: .seconds(5))
                return false
            }
            let answer = await group.next() ?? false
            group.cancelAll()
            return answer
        }
    }

    // MARK: Accounts

    package func userCount() async throws -> Int {
        try await transaction { connection in
            Int(try await self.one(connection, "SELECT COUNT(*) FROM workspace_user", as: Int64.self) ?? 0)
        }
    }

    package func createUser(_ user: NewUser) async throws -> UserAccount {
        let createdAt = StoredTime.seconds(user.createdAt)
        return try await transaction { connection in
            let id: Int64?
            do {
                id = try await self.one(
                    connection,
                    """
                    INSERT INTO workspace_user (login, display_name, password_hash, totp_secret, is_administrator, created_at)
                    VALUES (\(user.login), \(user.displayName), \(user.passwordHash), NULL, \(user.isAdministrator), \(createdAt))
                    RETURNING id
                    """, as: Int64.self)
            } catch let error as PSQLError where error.serverInfo?[.sqlState] == PostgresError.Code.uniqueViolation.raw {
                throw WorkspaceStoreError.loginTaken(user.login)
            }
            guard let id else { throw WorkspaceStoreError.database("INSERT INTO workspace_user returned no id") }
            return UserAccount(
                id: id, login: user.login, displayName: user.displayName, passwordHash: user.passwordHash, totpSecret: nil,
                isAdministrator: user.isAdministrator, createdAt: StoredTime.date(createdAt))
        }
    }

    package func user(id: Int64) async throws -> UserAccount? {
        try await transaction { connection in
            try await self.rows(connection, "SELECT \(unescaped: PostgresRows.userColumns) FROM workspace_user WHERE id = \(id)")
                .first.map(PostgresRows.user)
        }
    }

    package func user(login: String) async throws -> UserAccount? {
        try await transaction { connection in
            try await self.rows(
                connection, "SELECT \(unescaped: PostgresRows.userColumns) FROM workspace_user WHERE lower(login) = lower(\(login))"
            ).first.map(PostgresRows.user)
        }
    }

    package func users() async throws -> [UserAccount] {
        try await transaction { connection in
            try await self.rows(connection, "SELECT \(unescaped: PostgresRows.userColumns) FROM workspace_user ORDER BY id")
                .map(PostgresRows.user)
        }
    }

    package func setPasswordHash(_ hash: String, userID: Int64) async throws {
        try await transaction { connection in
            let changed = try await self.rows(
                connection, "UPDATE workspace_user SET password_hash = \(hash) WHERE id = \(userID) RETURNING id")
            guard changed.count == 1 else { throw WorkspaceStoreError.unknownUser(userID) }
        }
    }

    package func setTOTPSecret(_ secret: String?, userID: Int64) async throws {
        try await transaction { connection in
            let changed = try await self.rows(
                connection, "UPDATE workspace_user SET totp_secret = \(secret) WHERE id = \(userID) RETURNING id")
            guard changed.count == 1 else { throw WorkspaceStoreError.unknownUser(userID) }
        }
    }

    package func deleteUser(id: Int64) async throws {
        try await transaction { connection in
            // Roles, sessions and links go with the account (ON DELETE CASCADE).
            let deleted = try await self.rows(connection, "DELETE FROM workspace_user WHERE id = \(id) RETURNING id")
            guard deleted.count == 1 else { throw WorkspaceStoreError.unknownUser(id) }
        }
    }

    // MARK: Roles per plan

    package func memberships(userID: Int64) async throws -> [Membership] {
        try await transaction { connection in
            try await self.rows(
                connection,
                "SELECT user_id, plan_id, role FROM workspace_membership WHERE user_id = \(userID) ORDER BY plan_id COLLATE \"C\""
            ).map(PostgresRows.membership)
        }
    }

    package func members(planID: String) async throws -> [Membership] {
        try await transaction { connection in
            try await self.rows(
                connection, "SELECT user_id, plan_id, role FROM workspace_membership WHERE plan_id = \(planID) ORDER BY user_id"
            ).map(PostgresRows.membership)
        }
    }

    package func setRole(_ role: PlanRole?, userID: Int64, planID: String) async throws {
        try await transaction { connection in
            try await self.requireUser(userID, connection)
            if let role {
                try await self.rows(
                    connection,
                    """
                    INSERT INTO workspace_membership (user_id, plan_id, role) VALUES (\(userID), \(planID), \(role.rawValue))
                    ON CONFLICT (user_id, plan_id) DO UPDATE SET role = excluded.role
                    """)
            } else {
                try await self.rows(connection, "DELETE FROM workspace_membership WHERE user_id = \(userID) AND plan_id = \(planID)")
            }
        }
    }

    // MARK: One-time links

    package func createOneTimeLink(_ link: OneTimeLink) async throws {
        try await transaction { connection in
            if let userID = link.userID { try await self.requireUser(userID, connection) }
            try await self.rows(
                connection,
                """
                INSERT INTO workspace_one_time_link (token_hash, purpose, user_id, expires_at, used_at)
                VALUES (\(link.tokenHash), \(link.purpose.rawValue), \(link.userID), \(StoredTime.seconds(link.expiresAt)), NULL)
                """)
        }
    }

    package func consumeOneTimeLink(tokenHash: String, now: Date) async throws -> OneTimeLink? {
        let now = StoredTime.seconds(now)
        return try await transaction { connection in
            // One statement decides: of two concurrent calls, only one changes the row.
            try await self.rows(
                connection,
                """
                UPDATE workspace_one_time_link SET used_at = \(now)
                WHERE token_hash = \(tokenHash) AND used_at IS NULL AND expires_at > \(now)
                RETURNING token_hash, purpose, user_id, expires_at
                """
            ).first.map(PostgresRows.oneTimeLink)
        }
    }

    // MARK: Sessions

    package func createSession(_ session: SessionRecord) async throws {
        try await transaction { connection in
            try await self.requireUser(session.userID, connection)
            try await self.rows(
                connection,
                """
                INSERT INTO workspace_session (id_hash, user_id, csrf_token, created_at, expires_at)
                VALUES (\(session.idHash), \(session.userID), \(session.csrfToken), \(StoredTime.seconds(session.createdAt)),
                \(StoredTime.seconds(session.expiresAt)))
                """)
        }
    }

    package func session(idHash: String, now: Date) async throws -> SessionRecord? {
        let now = StoredTime.seconds(now)
        return try await transaction { connection in
            try await self.rows(
                connection,
                """
                SELECT id_hash, user_id, csrf_token, created_at, expires_at FROM workspace_session
                WHERE id_hash = \(idHash) AND expires_at > \(now)
                """
            ).first.map(PostgresRows.session)
        }
    }

    package func deleteSession(idHash: String) async throws {
        try await transaction { connection in
            try await self.rows(connection, "DELETE FROM workspace_session WHERE id_hash = \(idHash)")
        }
    }

    package func deleteSessions(userID: Int64) async throws {
        try await transaction { connection in
            try await self.rows(connection, "DELETE FROM workspace_session WHERE user_id = \(userID)")
        }
    }

    package func deleteExpired(now: Date, signInFailuresBefore: Date) async throws {
        let now = StoredTime.seconds(now)
        let failuresBefore = StoredTime.seconds(signInFailuresBefore)
        try await transaction { connection in
            try await self.rows(connection, "DELETE FROM workspace_session WHERE expires_at <= \(now)")
            try await self.rows(connection, "DELETE FROM workspace_one_time_link WHERE expires_at <= \(now) OR used_at IS NOT NULL")
            try await self.rows(connection, "DELETE FROM workspace_sign_in_failure WHERE at < \(failuresBefore)")
        }
    }

    // MARK: History of plan saves

    package func beginChange(_ change: PlanChange) async throws -> Int64 {
        try await transaction { connection in try await self.insertChange(change, committed: false, connection) }
    }

    /// Inserts `change` into the history, in the caller's transaction; returns its id.
    func insertChange(_ change: PlanChange, committed: Bool, _ connection: PostgresConnection) async throws -> Int64 {
        let id = try await one(
            connection,
            """
            INSERT INTO workspace_plan_change
            (plan_id, file, user_id, author, at, summary, event_ids, before_revision, after_revision, before, after, committed)
            VALUES (\(change.planID), \(change.file), \(change.userID), \(change.author), \(StoredTime.seconds(change.at)),
            \(change.summary), \(change.eventIDs), \(change.beforeRevision), \(change.afterRevision), \(change.before),
            \(change.after), \(committed))
            RETURNING id
            """, as: Int64.self)
        guard let id else { throw WorkspaceStoreError.database("INSERT INTO workspace_plan_change returned no id") }
        return id
    }

    package func commitChange(id: Int64) async throws {
        try await transaction { connection in
            let changed = try await self.rows(connection, "UPDATE workspace_plan_change SET committed = TRUE WHERE id = \(id) RETURNING id")
            guard changed.count == 1 else { throw WorkspaceStoreError.unknownChange(id) }
        }
    }

    package func discardChange(id: Int64) async throws {
        try await transaction { connection in
            let deleted = try await self.rows(
                connection, "DELETE FROM workspace_plan_change WHERE id = \(id) AND committed = FALSE RETURNING id")
            guard deleted.count == 1 else { throw WorkspaceStoreError.unknownChange(id) }
        }
    }

    package func pendingChanges() async throws -> [PlanChange] {
        try await transaction { connection in
            try await self.rows(
                connection,
                "SELECT \(unescaped: PostgresRows.changeColumns) FROM workspace_plan_change WHERE committed = FALSE ORDER BY id"
            ).map(PostgresRows.change)
        }
    }

    package func history(planID: String, eventID: String?, limit: Int) async throws -> [PlanChange] {
        let limit = Int64(max(0, limit))
        return try await transaction { connection in
            let rows: [PostgresRow]
            if let eventID {
                rows = try await self.rows(
                    connection,
                    """
                    SELECT \(unescaped: PostgresRows.changeColumns) FROM workspace_plan_change
                    WHERE plan_id = \(planID) AND committed = TRUE AND \(eventID) = ANY (event_ids)
                    ORDER BY at DESC, id DESC LIMIT \(limit)
                    """)
            } else {
                rows = try await self.rows(
                    connection,
                    """
                    SELECT \(unescaped: PostgresRows.changeColumns) FROM workspace_plan_change
                    WHERE plan_id = \(planID) AND committed = TRUE
                    ORDER BY at DESC, id DESC LIMIT \(limit)
                    """)
            }
            return try rows.map(PostgresRows.change)
        }
    }

    package func change(id: Int64) async throws -> PlanChange? {
        try await transaction { connection in
            try await self.rows(connection, "SELECT \(unescaped: PostgresRows.changeColumns) FROM workspace_plan_change WHERE id = \(id)")
                .first.map(PostgresRows.change)
        }
    }

    // MARK: Audit log

    package func appendAudit(_ entry: AuditEntry) async throws {
        try await transaction { connection in
            try await self.rows(
                connection,
                """
                INSERT INTO workspace_audit (at, user_id, action, detail, address)
                VALUES (\(StoredTime.seconds(entry.at)), \(entry.userID), \(entry.action), \(entry.detail), \(entry.address))
                """)
        }
    }

    package func auditLog(limit: Int) async throws -> [AuditEntry] {
        let limit = Int64(max(0, limit))
        return try await transaction { connection in
            try await self.rows(
                connection,
                "SELECT id, at, user_id, action, detail, address FROM workspace_audit ORDER BY at DESC, id DESC LIMIT \(limit)"
            ).map(PostgresRows.audit)
        }
    }

    // MARK: Sign-in throttling

    package func recordSignInFailure(key: String, at: Date) async throws {
        let at = StoredTime.seconds(at)
        try await transaction { connection in
            try await self.rows(connection, "INSERT INTO workspace_sign_in_failure (key, at) VALUES (\(key), \(at))")
        }
    }

    package func signInFailures(key: String, since: Date) async throws -> Int {
        let since = StoredTime.seconds(since)
        return try await transaction { connection in
            Int(
                try await self.one(
                    connection, "SELECT COUNT(*) FROM workspace_sign_in_failure WHERE key = \(key) AND at >= \(since)", as: Int64.self)
                    ?? 0)
        }
    }

    package func clearSignInFailures(key: String) async throws {
        try await transaction { connection in
            try await self.rows(connection, "DELETE FROM workspace_sign_in_failure WHERE key = \(key)")
        }
    }

    // MARK: Transactions and errors

    /// Runs `body` as one transaction on a leased connection; every failure but a
    /// `WorkspaceStoreError` becomes `WorkspaceStoreError.database`.
    @discardableResult
    func transaction<Result: Sendable>(
        _ body: @Sendable (PostgresConnection) async throws -> Result
    ) async throws(WorkspaceStoreError) -> Result {
        do {
            return try await rawTransaction(body)
        } catch {
            throw Self.mapped(error)
        }
    }

    /// The same transaction, letting every error through as thrown (for `PostgresPlanDocuments`).
    /// A transaction whose `BEGIN` met a closed connection runs again on another (the pool drops
    /// closed ones), up to three times: nothing of it had run.
    func rawTransaction<Result: Sendable>(_ body: @Sendable (PostgresConnection) async throws -> Result) async throws -> Result {
        let logger = logger
        var attempts = 0
        while true {
            do {
                return try await pool.withConnection { connection in
                    try await PostgresTransaction.run(on: connection, logger: logger, body)
                }
            } catch let notBegun as PostgresTransaction.NotBegun {
                attempts += 1
                guard attempts < 3 else { throw notBegun.underlying }
            }
        }
    }

    /// Every row of `query`.
    @discardableResult
    func rows(_ connection: PostgresConnection, _ query: PostgresQuery) async throws -> [PostgresRow] {
        try await connection.query(query, logger: logger).collect()
    }

    /// The first column of the first row, if any.
    func one<Value: PostgresDecodable>(
        _ connection: PostgresConnection, _ query: PostgresQuery, as type: Value.Type
    ) async throws
        -> Value?
    {
        try await rows(connection, query).first.map { try $0.decode(Value.self) }
    }

    private func requireUser(_ id: Int64, _ connection: PostgresConnection) async throws {
        guard try await !rows(connection, "SELECT 1 FROM workspace_user WHERE id = \(id)").isEmpty else {
            throw WorkspaceStoreError.unknownUser(id)
        }
    }

    static func mapped(_ error: any Error) -> WorkspaceStoreError {
        switch error {
        case let error as WorkspaceStoreError: error
        default: .database(reason(error))
        }
    }

    /// What went wrong, in words: the server's message and SQLSTATE, or the connection's failure.
    /// (`PSQLError`'s own description hides everything, to keep queries out of logs.)
    package static func reason(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] {
                let state = error.serverInfo?[.sqlState].map { " (SQLSTATE \($0))" } ?? ""
                return message + state
            }
            if let underlying = error.underlying { return "\(error.code): \(underlying)" }
            return "\(error.code)"
        }
        return String(describing: error)
    }
}
