import CivilTime
import Foundation
import Testing

@testable import PlanModel
@testable import PlanFormat
@testable import Scheduling

@Suite("Solver properties")
struct SolverPropertyTests {
    static let tight =
        SolverConstraintTests.event("b", timing: "date: 2025-05-12", schedule: "      window: {from: 2025-05-12, to: 2025-05-16}")
        + SolverConstraintTests.event(
            timing: "date: 2025-05-05",
            schedule:
                "      window: {from: 2025-05-05, to: 2025-05-16}\n      weekdays: [mon, tue, wed, thu, fri]\n      after: {event: b, lag: 7}"
        )

    @Test("Dropping any one reported constraint makes the plan feasible")
    func minimalConflicts() throws {
        let result = try SolverSamples.solve(Self.tight)
        #expect(result.status == .infeasible)
        let problem = try #require(result.problem)
        let solver = ConstraintSolver(problem: problem, limits: .init())
        let all = Set(problem.constraints.indices.filter { problem.constraints[$0].kind != .preference })
        #expect(solver.solve(enabled: all).assignment == nil)
        var reported = Set<Int>()
        for conflict in result.conflicts {
            let index = try #require(problem.constraints.firstIndex(of: conflict))
            reported.insert(index)
            #expect(solver.solve(enabled: all.subtracting([index])).assignment != nil, "without \(conflict.name)")
        }
        #expect(solver.solve(enabled: reported).assignment == nil, "the reported constraints alone conflict")
        #expect(!result.conflicts.map(\.name).contains("a:weekdays"), "a constraint that plays no part is left out")
    }

    @Test("Conflicts name the plan lines they come from, in both languages")
    func conflictLocations() throws {
        let result = try SolverSamples.solve(Self.tight)
        let after = try #require(result.conflicts.first { $0.name == "a:after(b)" })
        #expect(after.location.file == "essai.yaml")
        let text = SolverSamples.header() + Self.tight
        #expect(after.location.line == PlanSamples.position(of: "after: {event: b", in: text).line)
        #expect(after.message.fr.contains("après la fin de"))
        #expect(after.message.en.contains("after"))
        let repair = try #require(result.suggestions.first { $0.constraint == "a:after(b)" })
        #expect(repair.date != nil)
        #expect(repair.message.fr.contains("Sans la contrainte"))
    }

    @Test("Across a workspace, one person is never in two places: the later plan moves its open event")
    func crossPlanDoubleBooking() throws {
        let quebec = try SolverSamples.plan(
            """
              - id: visite-quebec
                kind: mission
                title: Visite à Québec
                dates: {from: 2025-07-22, to: 2025-07-24}
                origin: namur
                destination: quebec
                travellers: [bourgmestre]

            """, id: "quebec-namur")
        let terrebonne = try SolverSamples.plan(
            """
              - id: visite-terrebonne
                kind: mission
                title: Visite à Terrebonne
                dates: {from: 2025-07-23, to: 2025-07-24}
                origin: namur
                destination: terrebonne
                travellers: [bourgmestre]
                schedule:
                  window: {from: 2025-07-14, to: 2025-08-08}

            """, id: "terrebonne-namur")
        let result = try SolverSamples.solve([quebec, terrebonne])
        #expect(result.status == .optimal)
        let date = try #require(result.schedule.events.first { $0.id == "visite-terrebonne" }).timing
        let busy = DateRange(first: CivilDate(iso: "2025-07-21")!, last: CivilDate(iso: "2025-07-25")!)
        #expect(!DateRange(first: date.firstDate.adding(days: -1), last: date.lastDate.adding(days: 1)).overlaps(busy))
        #expect(result.schedule.events.first { $0.id == "visite-quebec" }?.timing.firstDate == CivilDate(iso: "2025-07-22"))
    }

    @Test("The same plan gives the same schedule, byte for byte")
    func deterministic() throws {
        let plans = try PlanLoader.load(paths: PlanSamples.realPlanFiles)
        let first = ScheduleReport(result: try WorkspacePlanner.plan(plans), language: nil).json()
        let second = ScheduleReport(result: try WorkspacePlanner.plan(plans), language: nil).json()
        #expect(first == second)
    }

    @Test("The real plans resolve with no hard violation, their open dates chosen by the solver")
    func realPlans() throws {
        let result = try WorkspacePlanner.plan(try PlanLoader.load(paths: PlanSamples.realPlanFiles))
        #expect(result.status == .optimal)
        let problem = try #require(result.problem)
        #expect(problem.variables.count >= 10)
        let assignment = try #require(result.assignment)
        for (index, variable) in problem.variables.enumerated() {
            #expect(problem.domain(of: index, enabled: nil).contains(assignment[index]), "\(variable.eventID)")
        }
        for binary in problem.binaries {
            #expect(
                problem.satisfied(binary, assignment[binary.first], assignment[binary.second]),
                "\(problem.constraints[binary.constraint].name)")
        }
    }

    /// Four open meetings near 7 May; c's window changes from the 5th to the 13th.
    static func stabilityEvents(window: String, shared: Bool) -> String {
        ["a", "b", "c", "d"].map { id in
            SolverConstraintTests.event(
                id, timing: "date: 2025-05-07",
                schedule: "      window: {from: \(id == "c" ? window : "2025-05-05"), to: 2025-05-23}",
                extra: shared ? "    travellers: [maire]" : "")
        }.joined()
    }

    static func moved(shared: Bool) throws -> (moved: [String], before: [String: CivilDate], after: PlanningResult) {
        let before = try SolverSamples.solve(stabilityEvents(window: "2025-05-05", shared: shared))
        var previous: [String: CivilDate] = [:]
        for event in before.schedule.events { previous["essai/\(event.id)"] = event.timing.firstDate }
        let after = try SolverSamples.solve([SolverSamples.plan(stabilityEvents(window: "2025-05-13", shared: shared))], previous: previous)
        let moved = after.schedule.events.filter { previous["essai/\($0.id)"] != $0.timing.firstDate }.map(\.id)
        return (moved, previous, after)
    }

    @Test("Changing one constraint moves only the event it binds when nothing links the others")
    func stabilityIndependent() throws {
        let (moved, _, after) = try Self.moved(shared: false)
        #expect(after.status == .optimal)
        #expect(moved == ["c"])
    }

    @Test("With a shared traveller, only events whose days touch c's old or new days move")
    func stabilityLinked() throws {
        let (moved, before, after) = try Self.moved(shared: true)
        #expect(after.status == .optimal)
        #expect(moved.contains("c"))
        let newC = try #require(after.schedule.events.first { $0.id == "c" }).timing.firstDate
        let touched = DateRange(first: min(before["essai/c"]!, newC).adding(days: -3), last: max(before["essai/c"]!, newC).adding(days: 3))
        for id in moved where id != "c" {
            #expect(touched.contains(before["essai/\(id)"]!), "\(id) moved although it was away from c")
        }
    }

    @Test("--explain names the constraints that ruled out better dates, the costs paid and the next best dates")
    func explain() throws {
        let result = try SolverSamples.solve(
            SolverConstraintTests.event(
                timing: "date: 2025-06-09",
                schedule: "      window: {from: 2025-06-05, to: 2025-06-13}"))
        let explanation = try #require(EventExplanation("a", in: result))
        #expect(explanation.date == CivilDate(iso: "2025-06-10"))
        #expect(explanation.bindings.map(\.constraint.name).contains("a:holidays(namur)"))
        #expect(explanation.costs.map(\.constraint.name) == ["a:prefer(near)"])
        #expect(explanation.alternatives.first?.date == CivilDate(iso: "2025-06-11"))
        #expect(explanation.rendered(in: .fr).contains("Dates suivantes"))
        #expect(explanation.rendered(in: .en).contains("Next best dates"))
    }
}
