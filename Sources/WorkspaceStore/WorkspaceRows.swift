import Foundation
import GRDB

// How the workspace's records are read from and written to their rows (see `WorkspaceSchema`).

extension UserAccount {
    init(row: Row) {
        self.init(
            id: row["id"], login: row["login"], displayName: row["displayName"], passwordHash: row["passwordHash"],
            totpSecret: row["totpSecret"], isAdministrator: row["isAdministrator"], createdAt: StoredTime.date(row["createdAt"]))
    }
}

extension Membership {
    init(row: Row) throws {
        let role: String = row["role"]
        guard let planRole = PlanRole(rawValue: role) else {
            throw WorkspaceStoreError.database("unknown role \(role) in \(WorkspaceSchema.membership)")
        }
        self.init(userID: row["userID"], planID: row["planID"], role: planRole)
    }
}

extension OneTimeLink {
    init(row: Row) throws {
        let purpose: String = row["purpose"]
        guard let linkPurpose = Purpose(rawValue: purpose) else {
            throw WorkspaceStoreError.database("unknown link purpose \(purpose) in \(WorkspaceSchema.oneTimeLink)")
        }
        self.init(tokenHash: row["tokenHash"], purpose: linkPurpose, userID: row["userID"], expiresAt: StoredTime.date(row["expiresAt"]))
    }
}

extension SessionRecord {
    init(row: Row) {
        self.init(
            idHash: row["idHash"], userID: row["userID"], csrfToken: row["csrfToken"], createdAt: StoredTime.date(row["createdAt"]),
            expiresAt: StoredTime.date(row["expiresAt"]))
    }
}

extension PlanChange {
    init(row: Row) throws {
        let eventIDsJSON: String = row["eventIDs"]
        guard let eventIDs = try? JSONDecoder().decode([String].self, from: Data(eventIDsJSON.utf8)) else {
            throw WorkspaceStoreError.database("malformed eventIDs in \(WorkspaceSchema.planChange): \(eventIDsJSON)")
        }
        self.init(
            id: row["id"], planID: row["planID"], file: row["file"], userID: row["userID"], author: row["author"],
            at: StoredTime.date(row["at"]), summary: row["summary"], eventIDs: eventIDs, beforeRevision: row["beforeRevision"],
            afterRevision: row["afterRevision"], before: row["before"], after: row["after"], committed: row["committed"])
    }

    /// The event ids as stored: a JSON array, the same text for the same ids.
    static func eventIDsJSON(_ eventIDs: [String]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return String(decoding: try encoder.encode(eventIDs), as: UTF8.self)
    }
}

extension AuditEntry {
    init(row: Row) {
        self.init(
            id: row["id"], at: StoredTime.date(row["at"]), userID: row["userID"], action: row["action"], detail: row["detail"],
            address: row["address"])
    }
}
