import Bilingual
import CivilTime
import YAMLReading

/// A resolved workspace: the schedule with its open dates chosen, or why none exists.
public struct PlanningResult: Sendable {
    public enum Status: String, Sendable, Codable {
        /// Nothing was open: every date was written in the plans.
        case fixed
        /// The best schedule, proven.
        case optimal
        /// A schedule with no hard violation; the search stopped before proving it best.
        case feasible
        /// No schedule satisfies the hard constraints.
        case infeasible
        /// The search stopped before finding any schedule or proving there is none.
        case unknown
    }

    public struct Violation: Hashable, Sendable {
        public var constraint: ConstraintInstance
        public var cost: Int
    }

    public struct Suggestion: Hashable, Sendable {
        public enum Kind: String, Sendable { case relax, combineTrips = "combine-trips" }
        public var kind: Kind
        /// The constraint to relax, for `relax`.
        public var constraint: String?
        public var eventID: String
        public var date: CivilDate?
        public var message: LocalizedText
    }

    public var schedule: Schedule
    public var status: Status
    public var objective: Int
    /// A proven lower bound on the objective: equal to it when optimal.
    public var bound: Int
    public var optimal: Bool
    public var violations: [Violation]
    /// A minimal set of hard constraints that cannot hold together (empty unless infeasible).
    public var conflicts: [ConstraintInstance]
    public var suggestions: [Suggestion]
    /// Things the planner noticed but could not change: unreadable calendars, a search cut short.
    public var warnings: [LocalizedText]
    /// Rules that events with written dates break (a visit during the construction holiday),
    /// in the order of the events' dates.
    public var fixedEventWarnings: [FixedEventWarning] = []
    /// Hard constraints the final schedule breaks, re-checked from scratch (0 unless infeasible).
    public var hardViolations: Int
    /// Schedule ids of the events whose dates the solver chose.
    public var openEventIDs: Set<String>
    public var searchNodes: Int
    public var timedOut: Bool
    /// Each group's outcome, to pass as `PlanningOptions.reuse` to the next solve of this workspace.
    public var solvedGroups = SolvedGroups()
    /// Groups taken from `PlanningOptions.reuse` instead of searched.
    public var reusedGroups = 0

    /// Every warning as the output lists it: the planner's, then the fixed events'.
    public var allWarnings: [LocalizedText] {
        warnings + fixedEventWarnings.map(\.text)
    }

    var problem: SchedulingProblem?
    var assignment: [CivilDate]?
    /// Where `problem` comes from when it was dropped to save memory (`UnitPlanner`).
    var rebuilt: RebuiltProblem?

    /// The problem solved, kept or built again: what explanations and what-ifs read.
    var solvedProblem: SchedulingProblem? { problem ?? rebuilt?.problem }
    /// A result combined from units planned apart (`UnitPlanner`): each unit's own result, which
    /// holds its problem, and the unit of each plan. Empty for a result planned in one piece.
    var units: [PlanningResult] = []
    var unitOfPlan: [String: Int] = [:]
    /// The key of each unit it was planned as (`UnitPlanner`).
    var unitKeys: [String] = []

    /// How many independent units of plans this result was planned as.
    package var unitCount: Int { max(1, units.count) }

    /// The result whose problem holds `planID`'s open events: its unit's, or this one.
    func unit(of planID: String) -> PlanningResult {
        unitOfPlan[planID].map { units[$0] } ?? self
    }
}
