import CivilTime
import Foundation

/// What the planner needs beyond the plans themselves.
public struct PlanningOptions: Sendable {
    /// Folder whose `holidays/`, `blackouts/` and `academic/` add to or replace the shipped calendars.
    public var calendarsDirectory: URL?
    /// Start dates of the last published schedule, by `plan/event id`: the solver stays close.
    public var previous: [String: CivilDate]
    public var nodesPerComponent: Int
    public var seconds: Double
    /// Stop each group of events at its first complete schedule (no optimisation).
    public var firstSchedule: Bool
    /// Repairs may move an event that another is linked to (`after:`, `alongside:`); by default
    /// they move only the linked event (the committee follows the commission).
    public var repairsMoveLinkedEvents = false
    /// A digest of each plan's text, by plan id: with them, groups of events whose plans and dates
    /// are unchanged since `reuse` are taken from it instead of searched again (the workspace).
    public var planFingerprints: [String: String] = [:]
    /// The groups an earlier solve of the same workspace found (`PlanningResult.solvedGroups`).
    public var reuse: SolvedGroups?

    public init(
        calendarsDirectory: URL? = nil, previous: [String: CivilDate] = [:],
        nodesPerComponent: Int = 200_000, seconds: Double = 5, firstSchedule: Bool = false
    ) {
        self.calendarsDirectory = calendarsDirectory
        self.previous = previous
        self.nodesPerComponent = nodesPerComponent
        self.seconds = seconds
        self.firstSchedule = firstSchedule
    }
}
