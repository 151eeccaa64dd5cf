import Bilingual
import PlanModel

extension PlanningResult {
    /// One result for a workspace planned unit by unit: the events of every unit in one schedule,
    /// the worst status, costs and counts added up, and each unit kept for the questions that
    /// need its problem (`DateCheck`, `EventExplanation`, `DateProposals`). A single unit is
    /// returned as it is.
    static func combining(_ parts: [(plans: [Plan], result: PlanningResult)], plans: [Plan]) -> PlanningResult {
        if parts.count == 1, let only = parts.first { return only.result }
        let results = parts.map(\.result)
        var combined = PlanningResult(
            schedule: Schedule(plans: plans, events: results.flatMap(\.schedule.events)),
            status: results.map(\.status).max { $0.severity < $1.severity } ?? .fixed,
            objective: results.reduce(0) { $0 + $1.objective }, bound: results.reduce(0) { $0 + $1.bound },
            optimal: results.allSatisfy(\.optimal), violations: results.flatMap(\.violations),
            conflicts: results.flatMap(\.conflicts), suggestions: results.flatMap(\.suggestions),
            warnings: results.flatMap(\.warnings), hardViolations: results.reduce(0) { $0 + $1.hardViolations },
            openEventIDs: results.reduce(into: Set<String>()) { $0.formUnion($1.openEventIDs) },
            searchNodes: results.reduce(0) { $0 + $1.searchNodes }, timedOut: results.contains(where: \.timedOut))
        combined.fixedEventWarnings = results.flatMap(\.fixedEventWarnings).sorted { a, b in
            (a.dates.first, a.planID, a.eventID) < (b.dates.first, b.planID, b.eventID)
        }
        combined.solvedGroups = results.reduce(into: SolvedGroups()) { $0.merge($1.solvedGroups) }
        combined.reusedGroups = results.reduce(0) { $0 + $1.reusedGroups }
        combined.units = results
        for (index, part) in parts.enumerated() {
            for plan in part.plans { combined.unitOfPlan[plan.id] = index }
        }
        return combined
    }
}

extension PlanningResult.Status {
    /// fixed < optimal < feasible < unknown < infeasible: what a workspace's status is when its units differ.
    var severity: Int {
        switch self {
        case .fixed: 0
        case .optimal: 1
        case .feasible: 2
        case .unknown: 3
        case .infeasible: 4
        }
    }
}
