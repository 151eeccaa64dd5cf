import CivilTime

/// The best days for one open event, to put to the people concerned (a date poll): each day
/// breaks no hard rule with the rest of the plan where the solver put it (`DateCheck`), ranked
/// by what that day costs the event, then earliest first. Same result, same order, every time.
public struct DateProposals: Sendable, Hashable {
    public struct Proposal: Sendable, Hashable {
        public var date: CivilDate
        /// The solver's soft cost for the event on that day (preferences, soft links).
        public var cost: Int
    }

    /// How many days a poll may offer.
    public static let counts = 3...5

    public var planID: String
    public var eventID: String
    /// How many were asked for.
    public var requested: Int
    /// At most `requested`; fewer when fewer days are possible (`isShort`).
    public var proposals: [Proposal]

    public var isShort: Bool { proposals.count < requested }

    /// nil when `planID/eventID` is not an open event of `result` (unknown, or its date is written
    /// in the plan). `count` is clamped to `counts`.
    public init?(planID: String, eventID: String, count: Int, in result: PlanningResult) {
        guard let problem = result.unit(of: planID).solvedProblem,
            let variable = problem.variables.first(where: { $0.eventID == eventID && $0.planID == planID })
        else { return nil }
        self.planID = planID
        self.eventID = eventID
        requested = min(max(count, Self.counts.lowerBound), Self.counts.upperBound)
        let allowed = variable.candidates.compactMap { date -> Proposal? in
            guard let check = DateCheck(planID: planID, eventID: eventID, date: date, in: result), let cost = check.cost else {
                return nil
            }
            return Proposal(date: date, cost: cost)
        }
        proposals = Array(allowed.sorted { ($0.cost, $0.date) < ($1.cost, $1.date) }.prefix(requested))
    }
}
