import Foundation
import PostgresNIO
import WorkspaceStore

/// How the workspace's records are read from their PostgreSQL rows (see `PostgresSchema`); each
/// function expects the columns in the order its `…Columns` names them.
enum PostgresRows {
    static let userColumns = "id, login, display_name, password_hash, totp_secret, is_administrator, created_at"
    static let changeColumns = """
        id, plan_id, file, user_id, author, at, summary, event_ids, before_revision, after_revision, before, after, committed
        """

    static func user(_ row: PostgresRow) throws -> UserAccount {
        let (id, login, displayName, passwordHash, totpSecret, isAdministrator, createdAt) = try row.decode(
            (Int64, String, String, String, String?, Bool, Int64).self)
        return UserAccount(
            id: id, login: login, displayName: displayName, passwordHash: passwordHash, totpSecret: totpSecret,
            isAdministrator: isAdministrator, createdAt: StoredTime.date(createdAt))
    }

    static func membership(_ row: PostgresRow) throws -> Membership {
        let (userID, planID, role) = try row.decode((Int64, String, String).self)
        guard let planRole = PlanRole(rawValue: role) else {
            throw WorkspaceStoreError.database("unknown role \(role) in workspace_membership")
        }
        return Membership(userID: userID, planID: planID, role: planRole)
    }

    static func oneTimeLink(_ row: PostgresRow) throws -> OneTimeLink {
        let (tokenHash, purpose, userID, expiresAt) = try row.decode((String, String, Int64?, Int64).self)
        guard let linkPurpose = OneTimeLink.Purpose(rawValue: purpose) else {
            throw WorkspaceStoreError.database("unknown link purpose \(purpose) in workspace_one_time_link")
        }
        return OneTimeLink(tokenHash: tokenHash, purpose: linkPurpose, userID: userID, expiresAt: StoredTime.date(expiresAt))
    }

    static func session(_ row: PostgresRow) throws -> SessionRecord {
        let (idHash, userID, csrfToken, createdAt, expiresAt) = try row.decode((String, Int64, String, Int64, Int64).self)
        return SessionRecord(
            idHash: idHash, userID: userID, csrfToken: csrfToken, createdAt: StoredTime.date(createdAt),
            expiresAt: StoredTime.date(expiresAt))
    }

    static func change(_ row: PostgresRow) throws -> PlanChange {
        let (id, planID, file, userID, author, at, summary, eventIDs, beforeRevision, afterRevision, before, after, committed) =
            try row.decode((Int64, String, String, Int64?, String, Int64, String, [String], String, String, String, String, Bool).self)
        return PlanChange(
            id: id, planID: planID, file: file, userID: userID, author: author, at: StoredTime.date(at), summary: summary,
            eventIDs: eventIDs, beforeRevision: beforeRevision, afterRevision: afterRevision, before: before, after: after,
            committed: committed)
    }

    static func audit(_ row: PostgresRow) throws -> AuditEntry {
        let (id, at, userID, action, detail, address) = try row.decode((Int64, Int64, Int64?, String, String, String?).self)
        return AuditEntry(id: id, at: StoredTime.date(at), userID: userID, action: action, detail: detail, address: address)
    }
}
