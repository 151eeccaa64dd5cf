import Bilingual
import CivilTime

/// What-if: the rules an open event would break on a given day, the other events staying where
/// the solver put them, and what that day would cost. Answers without solving again.
public struct DateCheck: Sendable, Hashable {
    public var eventID: String
    public var date: CivilDate
    /// Whether the day lies in the event's windows (a day outside them breaks the window rule).
    public var insideWindow: Bool
    /// Hard rules broken on that day, each once, by name.
    public var broken: [ConstraintInstance]
    /// The soft cost of that day (preferences and soft links); nil when a hard rule is broken.
    public var cost: Int?

    public var isAllowed: Bool { broken.isEmpty }

    /// nil when `planID/eventID` is not an open event of `result`.
    public init?(planID: String, eventID: String, date: CivilDate, in whole: PlanningResult) {
        let result = whole.unit(of: planID)
        guard let problem = result.solvedProblem, let assignment = result.assignment,
            let variable = problem.variables.firstIndex(where: { $0.eventID == eventID && $0.planID == planID })
        else { return nil }
        let v = problem.variables[variable]
        self.eventID = eventID
        self.date = date
        var reasons: [Int] = []
        var softCost = 0
        insideWindow = v.candidates.contains(date)
        if insideWindow {
            reasons += v.exclusions[date] ?? []
        } else {
            reasons.append(v.windowConstraint)
            reasons += v.forbidding(date)
        }
        for index in problem.binariesOf[variable] {
            let binary = problem.binaries[index]
            let other = binary.first == variable ? binary.second : binary.first
            let satisfied =
                binary.first == variable
                ? problem.satisfied(binary, date, assignment[other]) : problem.satisfied(binary, assignment[other], date)
            guard !satisfied else { continue }
            if let soft = binary.softCost { softCost += soft } else { reasons.append(binary.constraint) }
        }
        var seen = Set<Int>()
        broken = reasons.filter { seen.insert($0).inserted }.map { problem.constraints[$0] }
        cost = broken.isEmpty ? v.cost(date) + softCost : nil
    }
}
