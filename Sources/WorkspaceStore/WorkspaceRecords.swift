import Foundation

/// A person who signs in to the workspace.
package struct UserAccount: Sendable, Hashable, Codable {
    package var id: Int64
    /// Unique, compared without case: an email address or a short name.
    package var login: String
    package var displayName: String
    /// bcrypt.
    package var passwordHash: String
    /// Base32 TOTP secret when two-step sign-in is on.
    package var totpSecret: String?
    /// Administrators manage accounts and roles and see every plan.
    package var isAdministrator: Bool
    /// To the second, as stored.
    package var createdAt: Date

    package init(
        id: Int64, login: String, displayName: String, passwordHash: String, totpSecret: String?, isAdministrator: Bool, createdAt: Date
    ) {
        self.id = id
        self.login = login
        self.displayName = displayName
        self.passwordHash = passwordHash
        self.totpSecret = totpSecret
        self.isAdministrator = isAdministrator
        self.createdAt = createdAt
    }
}

package struct NewUser: Sendable, Hashable {
    package var login: String
    package var displayName: String
    package var passwordHash: String
    package var isAdministrator: Bool
    package var createdAt: Date

    package init(login: String, displayName: String, passwordHash: String, isAdministrator: Bool, createdAt: Date) {
        self.login = login
        self.displayName = displayName
        self.passwordHash = passwordHash
        self.isAdministrator = isAdministrator
        self.createdAt = createdAt
    }
}

/// What a user may do on one plan, from most to least.
package enum PlanRole: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Everything, including roles and publication.
    case owner
    /// Edits and publishes.
    case editor
    /// The partner city's coordinator: edits, does not publish, never sees confidential events.
    case partnerEditor = "partner-editor"
    /// Reads; never sees confidential events.
    case viewer

    private var rank: Int {
        switch self {
        case .owner: 3
        case .editor: 2
        case .partnerEditor: 1
        case .viewer: 0
        }
    }

    package static func < (lhs: PlanRole, rhs: PlanRole) -> Bool { lhs.rank < rhs.rank }

    package var canEdit: Bool { self != .viewer }
    package var canPublish: Bool { self == .owner || self == .editor }
    package var seesConfidential: Bool { self == .owner || self == .editor }
    package var managesMembers: Bool { self == .owner }
}

package struct Membership: Sendable, Hashable, Codable {
    package var userID: Int64
    package var planID: String
    package var role: PlanRole

    package init(userID: Int64, planID: String, role: PlanRole) {
        self.userID = userID
        self.planID = planID
        self.role = role
    }
}

/// A link that works once: creates the first administrator, or lets an invited person set a password.
package struct OneTimeLink: Sendable, Hashable {
    package enum Purpose: String, Sendable, Hashable, Codable {
        case firstAdministrator = "first-administrator"
        case invitation
    }

    package var tokenHash: String
    package var purpose: Purpose
    /// For an invitation: the account it completes.
    package var userID: Int64?
    package var expiresAt: Date

    package init(tokenHash: String, purpose: Purpose, userID: Int64?, expiresAt: Date) {
        self.tokenHash = tokenHash
        self.purpose = purpose
        self.userID = userID
        self.expiresAt = expiresAt
    }
}

package struct SessionRecord: Sendable, Hashable {
    /// SHA-256 (hex) of the cookie's value.
    package var idHash: String
    package var userID: Int64
    /// Sent back with every form and API write.
    package var csrfToken: String
    package var createdAt: Date
    package var expiresAt: Date

    package init(idHash: String, userID: Int64, csrfToken: String, createdAt: Date, expiresAt: Date) {
        self.idHash = idHash
        self.userID = userID
        self.csrfToken = csrfToken
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }
}

/// One save of a plan: who, when, what, and the whole text before and after.
package struct PlanChange: Sendable, Hashable {
    package var id: Int64?
    package var planID: String
    /// The plan file, relative to the workspace folder.
    package var file: String
    package var userID: Int64?
    /// Who, as shown (kept even if the account is removed).
    package var author: String
    package var at: Date
    /// What was done, in words (« Mission : dates fixées au 12 mai 2025 »).
    package var summary: String
    /// The events the change touched (empty: the plan as a whole).
    package var eventIDs: [String]
    /// SHA-256 (hex) of the text before and after: the plan's revision. `beforeRevision` is
    /// `PlanDocument.absentRevision` ("") and `before` is "" when the save created the file.
    package var beforeRevision: String
    package var afterRevision: String
    package var before: String
    package var after: String
    /// False while the save is under way (or was killed before it finished).
    package var committed: Bool

    package init(
        id: Int64? = nil, planID: String, file: String, userID: Int64?, author: String, at: Date, summary: String, eventIDs: [String],
        beforeRevision: String, afterRevision: String, before: String, after: String, committed: Bool = false
    ) {
        self.id = id
        self.planID = planID
        self.file = file
        self.userID = userID
        self.author = author
        self.at = at
        self.summary = summary
        self.eventIDs = eventIDs
        self.beforeRevision = beforeRevision
        self.afterRevision = afterRevision
        self.before = before
        self.after = after
        self.committed = committed
    }
}

/// A sign-in, a failed sign-in, a publication, a role change: who did it and when.
package struct AuditEntry: Sendable, Hashable {
    package var id: Int64?
    package var at: Date
    package var userID: Int64?
    /// `sign-in`, `sign-in-failed`, `sign-out`, `publish`, `role`, `account`, `revert`…
    package var action: String
    /// Never a secret: no password, token or cookie.
    package var detail: String
    /// The client's address, when known.
    package var address: String?

    package init(id: Int64? = nil, at: Date, userID: Int64?, action: String, detail: String, address: String?) {
        self.id = id
        self.at = at
        self.userID = userID
        self.action = action
        self.detail = detail
        self.address = address
    }
}

package enum WorkspaceStoreError: Error, Sendable, Hashable {
    /// Another account has this login, compared without case.
    case loginTaken(String)
    /// No account has this id.
    case unknownUser(Int64)
    /// No change has this id (for `discardChange`: no pending change has it).
    case unknownChange(Int64)
    /// The database could not be opened or answered with an error.
    case database(String)
}
