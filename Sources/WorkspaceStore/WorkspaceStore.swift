import Foundation

/// Everything the workspace keeps besides the plans' text: accounts, roles, sessions, one-time
/// links, the history of every saved plan, the audit log and failed sign-ins. SQLite
/// (`SQLiteWorkspaceStore`) is the embedded default; a PostgreSQL store implements the same
/// contract. Every method is one transaction: it happens entirely or not at all. Dates are kept to
/// the second (a `Date` read back is the one written, rounded down to a whole second).
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
    /// The account whose login matches, compared without case.
    func user(login: String) async throws -> UserAccount?
    /// Every account, oldest first.
    func users() async throws -> [UserAccount]
    /// Throws `WorkspaceStoreError.unknownUser` when there is no such account.
    func setPasswordHash(_ hash: String, userID: Int64) async throws
    /// A base32 TOTP secret, or nil to turn two-step sign-in off. Throws `unknownUser`.
    func setTOTPSecret(_ secret: String?, userID: Int64) async throws
    /// Removes the account with its roles, sessions and one-time links; the history keeps its
    /// changes (author and user id as they were). Throws `unknownUser`.
    func deleteUser(id: Int64) async throws

    // MARK: Roles per plan

    /// The user's roles, by plan id.
    func memberships(userID: Int64) async throws -> [Membership]
    /// The plan's members, by user id.
    func members(planID: String) async throws -> [Membership]
    /// Sets or replaces the user's role on the plan; nil removes it (nothing to remove is fine).
    /// Throws `unknownUser`.
    func setRole(_ role: PlanRole?, userID: Int64, planID: String) async throws

    // MARK: One-time links (first administrator, invitations)

    /// Stores the SHA-256 (hex) of a link's token, never the token. Throws `unknownUser` when an
    /// invitation names no account.
    func createOneTimeLink(_ link: OneTimeLink) async throws
    /// Marks the link used and returns it, if it exists, is unused and has not expired; nil otherwise.
    /// Two concurrent calls for the same link: one gets it, the other nil.
    func consumeOneTimeLink(tokenHash: String, now: Date) async throws -> OneTimeLink?

    // MARK: Sessions

    /// Stores the SHA-256 (hex) of the session cookie, never the cookie. Throws `unknownUser`.
    func createSession(_ session: SessionRecord) async throws
    /// The session, if it exists and has not expired at `now` (`expiresAt` later than `now`).
    func session(idHash: String, now: Date) async throws -> SessionRecord?
    /// Signs one session out; an unknown session is fine.
    func deleteSession(idHash: String) async throws
    /// Signs the user out everywhere (password changed, account disabled).
    func deleteSessions(userID: Int64) async throws
    /// Housekeeping: removes the sessions and one-time links expired at `now`, the used links, and
    /// the failed sign-ins older than `signInFailuresBefore`.
    func deleteExpired(now: Date, signInFailuresBefore: Date) async throws

    // MARK: History of plan saves

    /// Records a save before the file is written (`committed` false); returns its id.
    func beginChange(_ change: PlanChange) async throws -> Int64
    /// The file now holds `after`: the change is part of the history. Committing twice is fine;
    /// throws `unknownChange`.
    func commitChange(id: Int64) async throws
    /// The file was not written: the pending change is forgotten. Throws `unknownChange` when no
    /// pending change has this id (a committed change is history and stays).
    func discardChange(id: Int64) async throws
    /// Changes begun and neither committed nor discarded (a save killed half-way), oldest first.
    func pendingChanges() async throws -> [PlanChange]
    /// Committed changes, newest first (by `at`, then by id); `eventID` narrows to the changes
    /// that touched that event; at most `limit` of them.
    func history(planID: String, eventID: String?, limit: Int) async throws -> [PlanChange]
    func change(id: Int64) async throws -> PlanChange?

    // MARK: Audit log

    func appendAudit(_ entry: AuditEntry) async throws
    /// Newest first (by `at`, then by id), at most `limit` entries.
    func auditLog(limit: Int) async throws -> [AuditEntry]

    // MARK: Sign-in throttling

    /// `key` is what is throttled: a login (lower-cased by the caller) or an address.
    func recordSignInFailure(key: String, at: Date) async throws
    /// The failures for `key` at or after `since`.
    func signInFailures(key: String, since: Date) async throws -> Int
    func clearSignInFailures(key: String) async throws

    // MARK: Invitations

    /// The workspace's 32-byte signing key for invitation links (`InvitationLink`): made at random
    /// the first time, then the same for every caller and every process sharing the store.
    func invitationKey() async throws -> [UInt8]
    /// Records an invitee's answer, replacing their earlier answer to the same event.
    func recordInvitationAnswer(_ answer: InvitationAnswer) async throws
    /// The answers to the event `uid`, by address.
    func invitationAnswers(uid: String) async throws -> [InvitationAnswer]
}
