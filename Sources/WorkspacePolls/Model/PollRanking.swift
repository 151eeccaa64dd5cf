import WorkspaceStore

/// The poll's days in order of preference, from the answers so far: a day a traveller answered
/// "no" to is impossible for them and goes after every day still possible; then fewer "no" (from
/// people who need not come), fewer "if need be", the solver's cost for the event, the earlier day.
package struct PollRanking: Sendable, Hashable {
    package struct Day: Sendable, Hashable {
        /// YYYY-MM-DD.
        package var date: String
        /// The solver's cost now, or as proposed when the plan cannot say any more (the event pinned).
        package var cost: Int
        package var yes = 0
        package var ifNeedBe = 0
        package var no = 0
        package var unanswered = 0
        /// Travellers who answered "no": the day is impossible for them.
        package var impossibleFor: [String] = []
        /// The plan as it is now breaks a rule on that day (it changed since the poll was created).
        package var ruledOutByPlan = false

        package var possible: Bool { impossibleFor.isEmpty && !ruledOutByPlan }
    }

    /// Best first.
    package var days: [Day]

    /// `currentCosts`: the solver's cost of each day still allowed by the plan as it is now;
    /// `ruledOutByPlan`: the days the plan now forbids. A day in neither keeps its proposed cost.
    package init(
        poll: Poll, respondents: [PollRespondent], answers: [PollAnswer], currentCosts: [String: Int] = [:],
        ruledOutByPlan: Set<String> = []
    ) {
        var choices: [Int64: [String: PollChoice]] = [:]
        for answer in answers { choices[answer.respondentID, default: [:]][answer.date] = answer.choice }
        days = poll.details.days.map { offered in
            var day = Day(date: offered.date, cost: currentCosts[offered.date] ?? offered.cost)
            day.ruledOutByPlan = ruledOutByPlan.contains(offered.date)
            for respondent in respondents {
                switch choices[respondent.id]?[offered.date] {
                case .yes: day.yes += 1
                case .ifNeedBe: day.ifNeedBe += 1
                case .no:
                    day.no += 1
                    if respondent.details.kind == .traveller { day.impossibleFor.append(respondent.details.name) }
                case nil: day.unanswered += 1
                }
            }
            return day
        }
        days.sort { a, b in
            (a.possible ? 0 : 1, a.impossibleFor.count, a.no, a.ifNeedBe, a.cost, a.date)
                < (b.possible ? 0 : 1, b.impossibleFor.count, b.no, b.ifNeedBe, b.cost, b.date)
        }
    }

    /// The best day still possible, if any.
    package var best: Day? { days.first(where: \.possible) }
}
