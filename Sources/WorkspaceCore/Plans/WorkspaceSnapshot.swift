import Bilingual
import Mobility
import PlanModel
import Scheduling
import YAMLReading

/// The workspace at one moment: every plan file, the schedule of those that load, and a version
/// that grows with each change (pages and the event stream compare it).
package struct WorkspaceSnapshot: Sendable {
    package var version: Int
    package var plans: [LoadedPlan]
    /// nil when no plan loads, or when planning itself failed (`planningIssues`).
    package var result: PlanningResult?
    package var mobility: MobilitySchedule?
    /// Messages that stop the whole workspace from planning (an unknown jurisdiction…).
    package var planningIssues: [SourceIssue]
    /// How long the last planning took, and how many groups of events it took as they were.
    package var planningMilliseconds = 0
    package var reusedGroups = 0
    package var groups = 0
    /// Independent units of plans the last planning planned (the others were taken as they were).
    package var plannedUnits = 0

    package static let empty = WorkspaceSnapshot(version: 0, plans: [], result: nil, mobility: nil, planningIssues: [])

    package func plan(id: String) -> LoadedPlan? { plans.first { $0.id == id } }

    package func events(ofPlan id: String) -> [ScheduledEvent] {
        result?.schedule.events(ofPlanID: id) ?? []
    }
}
