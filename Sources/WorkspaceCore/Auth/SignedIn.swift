import WorkspaceStore

/// The person behind a request, with their session and their roles.
package struct SignedIn: Sendable {
    package var user: UserAccount
    package var session: SessionRecord
    package var memberships: [Membership]

    /// The user's role on a plan: an administrator owns every plan; nil means the plan is not theirs
    /// to see (and answers 404).
    package func role(on planID: String) -> PlanRole? {
        if user.isAdministrator { return .owner }
        return memberships.first { $0.planID == planID }?.role
    }
}
