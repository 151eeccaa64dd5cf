import PlanModel
import Scheduling
import WorkspaceStore

/// What one person may see and do on one plan. Confidential events are left out for partner
/// editors and viewers here, once, so that no page or API answer can show them by mistake.
package struct PlanAccess: Sendable {
    package var signedIn: SignedIn
    package var loaded: LoadedPlan
    package var role: PlanRole

    package init(signedIn: SignedIn, loaded: LoadedPlan, role: PlanRole) {
        self.signedIn = signedIn
        self.loaded = loaded
        self.role = role
    }

    package var planID: String { loaded.id }

    /// The plan's events this person may see, in date order.
    package func events(in snapshot: WorkspaceSnapshot) -> [ScheduledEvent] {
        snapshot.events(ofPlan: planID).filter { role.seesConfidential || !$0.confidential }
    }

    /// The plan's activities (as written) this person may see.
    package var activities: [Activity] {
        (loaded.plan?.activities ?? []).filter { role.seesConfidential || !$0.confidential }
    }

    package func activity(_ id: String) -> Activity? { activities.first { $0.id == id } }

    /// The whole text (and so the YAML view and full history) holds confidential events: only for
    /// those who see them.
    package var seesWholeText: Bool {
        role.seesConfidential || !(loaded.plan?.activities.contains(where: \.confidential) ?? false)
    }
}
