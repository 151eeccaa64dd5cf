import CivilTime
import Scheduling
import WorkspaceStore

extension PollRanking {
    /// The ranking with the plan as it is now: each day's cost is the solver's now (`DateCheck`),
    /// a day the plan now forbids goes last; without a schedule (or once the event is pinned and no
    /// longer open) the costs are those proposed.
    package init(poll: Poll, respondents: [PollRespondent], answers: [PollAnswer], planned result: PlanningResult?) {
        var currentCosts: [String: Int] = [:]
        var ruledOut = Set<String>()
        if let result {
            for day in poll.details.days {
                guard let date = CivilDate(iso: day.date),
                    let check = DateCheck(planID: poll.details.planID, eventID: poll.details.eventID, date: date, in: result)
                else { continue }
                if let cost = check.cost { currentCosts[day.date] = cost } else { ruledOut.insert(day.date) }
            }
        }
        self.init(poll: poll, respondents: respondents, answers: answers, currentCosts: currentCosts, ruledOutByPlan: ruledOut)
    }
}
