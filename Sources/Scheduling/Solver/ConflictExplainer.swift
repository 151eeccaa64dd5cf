import Bilingual
import Foundation
import YAMLReading

/// Why a group of events cannot be scheduled: a minimal set of hard constraints that cannot hold
/// together (dropping any one of them makes the group feasible), and for each, the dates the
/// events would get if it were relaxed.
struct ConflictExplainer {
    let problem: SchedulingProblem
    let solver: ConstraintSolver
    let draft: Schedule

    /// Relaxing a window opens the whole horizon: its exclusions are worked out once here,
    /// not again for each of the many feasibility checks.
    init(problem: SchedulingProblem, solver: ConstraintSolver, draft: Schedule, group: [Int]) {
        var cached = problem
        for index in group {
            var variable = cached.variables[index]
            var exclusions = variable.exclusions
            let forbiddingOverHorizon = variable.forbiddingOverHorizon()
            for day in variable.horizon where exclusions[day] == nil {
                let forbidding = forbiddingOverHorizon(day)
                if !forbidding.isEmpty { exclusions[day] = forbidding }
            }
            variable.forbidding = { [exclusions] day in exclusions[day] ?? [] }
            cached.variables[index] = variable
        }
        self.problem = cached
        self.solver = ConstraintSolver(problem: cached, limits: solver.limits)
        self.draft = draft
    }

    /// Every hard constraint that touches the group's variables.
    func relevantConstraints(in group: [Int]) -> [Int] {
        var relevant = Set<Int>()
        for variable in group {
            let v = problem.variables[variable]
            relevant.insert(v.windowConstraint)
            for forbidding in v.exclusions.values { relevant.formUnion(forbidding) }
            for day in v.horizon { relevant.formUnion(v.forbidding(day)) }
            for index in problem.binariesOf[variable] where !problem.binaries[index].isSoft {
                relevant.insert(problem.binaries[index].constraint)
            }
        }
        return relevant.sorted()
    }

    /// Infeasible means proven: a search that ran out of budget or time counts as feasible here.
    private func infeasible(_ enabled: Set<Int>, group: [Int], deadline: Date) -> Bool {
        let outcome = solver.solve(enabled: enabled, onlyFeasibility: true, variables: group, deadline: deadline)
        return outcome.assignment == nil && outcome.unresolvedComponents.isEmpty
    }

    /// Deletion filter: drop each constraint in turn and keep it out when the rest still conflicts.
    /// When the deadline passes, the constraints not yet tried stay in: `minimal` is then false.
    func minimalConflict(in group: [Int], deadline: Date) -> (constraints: [Int], minimal: Bool) {
        var kept = Set(relevantConstraints(in: group))
        for constraint in kept.sorted() {
            if Date() > deadline { return (kept.sorted(), false) }
            kept.remove(constraint)
            if !infeasible(kept, group: group, deadline: deadline) { kept.insert(constraint) }
        }
        return (kept.sorted(), Date() <= deadline)
    }

    /// For each conflicting constraint: relax it alone and say where its event would go. An
    /// event that another links itself to (`after:`, `alongside:`) is not moved to suit the link
    /// unless `moveLinkedEvents`: the committee follows the commission, not the reverse.
    func repairs(for conflicts: [Int], in group: [Int], deadline: Date, moveLinkedEvents: Bool = false) -> [PlanningResult.Suggestion] {
        let all = Set(relevantConstraints(in: group))
        let links = conflicts.map { problem.constraints[$0] }.filter { $0.relatedEventID != nil }
        let linking = Set(links.map { "\($0.planID)/\($0.eventID)" })
        let linked = Set(links.compactMap { link in link.relatedEventID.map { "\(link.planID)/\($0)" } }).subtracting(linking)
        return conflicts.compactMap { index in
            guard Date() <= deadline else { return nil }
            let conflict = problem.constraints[index]
            if !moveLinkedEvents, conflict.relatedEventID == nil, linked.contains("\(conflict.planID)/\(conflict.eventID)") { return nil }
            let outcome = solver.solve(enabled: all.subtracting([index]), variables: group, deadline: deadline)
            guard let assignment = outcome.assignment,
                let variable = group.first(where: {
                    problem.variables[$0].eventID == conflict.eventID && problem.variables[$0].planID == conflict.planID
                })
                    ?? group.first
            else { return nil }
            let event = draft.events[problem.variables[variable].eventIndex]
            let date = assignment[variable]
            return PlanningResult.Suggestion(
                kind: .relax, constraint: conflict.name, eventID: event.id, date: date,
                message: LocalizedText(
                    fr: "Sans la contrainte « \(conflict.name) », « \(event.title.fr) » pourrait avoir lieu le \(FrenchDate.long(date)).",
                    en: "Without the constraint '\(conflict.name)', '\(event.title.en)' could take place on \(EnglishDate.long(date))."))
        }
    }
}
