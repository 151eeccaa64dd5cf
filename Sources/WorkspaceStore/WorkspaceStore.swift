import Foundation

/// Everything the workspace keeps besides the plans' text: accounts, roles, sessions, one-time
/// links, the history of every saved plan, the audit log and failed sign-ins. SQLite
/// (`SQLiteWorkspaceStore`) is the embedded default; a PostgreSQL store implements the same
/// contract. Every method is one transaction: it happens entirely or not at all.
package protocol WorkspaceStore: Sendable {
    /// `sqlite` or `postgres`, for `/healthz`.
    var kind: String { get }
    /// Whether the database answers.
    func ping() async -> Bool

    // MARK: Accounts

    func userCount() async throws -> Int
    /// Refused with `WorkspaceStoreError.loginTaken` when the login exists (case-insensitive).
    func createUser(_ user: NewUser) async throws -> UserAccount
    func user(id: Int64) async throws -> UserAccount?
    func user(login: String) async throws -> UserAccount?
    func users() async throws -> [UserAccount]
    func setPasswordHash(_ hash: String, userID: Int64) async throws
    /// A base32 TOTP secret, or nil to turn two-step sign-in off.
    func setTOTPSecret(_ secret: String?, userID: Int64) async throws

    // MARK: Roles per plan

    func memberships(userID: Int64) async throws -> [Membership]
    func members(planID: String) async throws -> [Membership]
    /// nil removes the user's role on the plan.
    func setRole(_ role: PlanRole?, userID: Int64, planID: String) async throws

    // MARK: One-time links (first administrator, invitations)

    /// Stores the SHA-256 (hex) of a link's token, never the token.
    func createOneTimeLink(_ link: OneTimeLink) async throws
    /// Marks the link used and returns it, if it exists, is unused and has not expired; nil otherwise.
    /// Two concurrent calls for the same link: one gets it, the other nil.
    func consumeOneTimeLink(tokenHash: String, now: Date) async throws -> OneTimeLink?

    // MARK: Sessions

    /// Stores the SHA-256 (hex) of the session cookie, never the cookie.
    func createSession(_ session: SessionRecord) async throws
    /// The session, if it exists and has not expired at `now`.
    func session(idHash: String, now: Date) async throws -> SessionRecord?
    func deleteSession(idHash: String) async throws
    func deleteSessions(userID: Int64) async throws

    // MARK: History of plan saves

    /// Records a save before the file is written (`committed` false); returns its id.
    func beginChange(_ change: PlanChange) async throws -> Int64
    /// The file now holds `after`: the change is part of the history.
    func commitChange(id: Int64) async throws
    /// The file was not written: the change is forgotten.
    func discardChange(id: Int64) async throws
    /// Changes begun and neither committed nor discarded (a save killed half-way), oldest first.
    func pendingChanges() async throws -> [PlanChange]
    /// Committed changes, newest first; `eventID` narrows to the changes that touched that event.
    func history(planID: String, eventID: String?, limit: Int) async throws -> [PlanChange]
    func change(id: Int64) async throws -> PlanChange?

    // MARK: Audit log

    func appendAudit(_ entry: AuditEntry) async throws
    /// Newest first.
    func auditLog(limit: Int) async throws -> [AuditEntry]

    // MARK: Sign-in throttling

    func recordSignInFailure(key: String, at: Date) async throws
    func signInFailures(key: String, since: Date) async throws -> Int
    func clearSignInFailures(key: String) async throws
}
