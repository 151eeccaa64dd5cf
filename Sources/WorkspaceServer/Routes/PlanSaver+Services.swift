import WorkspaceCore
import WorkspacePages

extension PlanSaver {
    /// Saves through the workspace of these services, at their clock.
    package init(services: WorkspaceServices) {
        self.init(workspace: services.workspace, now: services.now)
    }
}
