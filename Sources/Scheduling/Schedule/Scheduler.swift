import CivilTime
import PlanModel

/// Expands a plan's activities into dated occurrences and derives its anniversaries.
public enum Scheduler {
    public static func schedule(_ plans: [Plan]) -> Schedule {
        Schedule(plans: plans, events: plans.flatMap { occurrences(of: $0) + anniversaries(of: $0) })
    }

    static func occurrences(of plan: Plan) -> [ScheduledEvent] {
        plan.activities.flatMap { activity -> [ScheduledEvent] in
            guard let repetition = activity.repetition else {
                return [
                    event(
                        plan: plan, activity: activity, id: activity.id, timing: activity.timing, host: activity.hostIDs.first,
                        series: nil, outcome: activity.outcomes[1])
                ]
            }
            var bounded = repetition
            if bounded.count == nil, bounded.until == nil { bounded.until = plan.horizon.last }
            let dates = bounded.occurrenceDates(from: activity.timing.firstDate)
            let allDates = Repetition(
                unit: bounded.unit, interval: bounded.interval, count: bounded.count,
                until: bounded.until, exceptions: []
            ).occurrenceDates(from: activity.timing.firstDate)
            // One RRULE needs DTSTART to be its first instance: not possible when that one is left
            // out, cancelled or moved. Another cancelled or moved occurrence leaves the rule (EXDATE)
            // and becomes an event of its own.
            let detached = { (index: Int) in Self.detaches(activity.outcomes[index + 1], from: allDates[index]) }
            let singleRule = activity.isSingleRule && dates.first == allDates.first && !detached(0)
            return dates.map { date in
                let index = allDates.firstIndex(of: date)!
                return event(
                    plan: plan, activity: activity, id: "\(activity.id)/\(index + 1)",
                    timing: activity.timing.moved(to: date), host: activity.host(forOccurrence: index),
                    series: .init(index: index + 1, count: allDates.count, singleRule: singleRule && !detached(index)),
                    outcome: activity.outcomes[index + 1])
            }
        }
    }

    /// Whether an outcome takes an occurrence out of its series' rule: cancelled, or moved off `written`.
    static func detaches(_ outcome: Outcome?, from written: CivilDate) -> Bool {
        switch outcome {
        case .cancelled?: return true
        case let outcome?: return outcome.movedTo.map { $0 != written } ?? false
        case nil: return false
        }
    }

    /// An occurrence on its written dates, or on the day its outcome moved it to.
    private static func event(
        plan: Plan, activity: Activity, id: String, timing: Timing, host: String?,
        series: ScheduledEvent.SeriesPosition?, outcome: Outcome?
    ) -> ScheduledEvent {
        var timing = timing
        if activity.zoneFollowsHost, case .timed(let start, let end, _) = timing, let zone = host.flatMap(plan.partner)?.timeZone {
            timing = .timed(start: start, end: end, zone: zone)
        }
        var writtenDate: CivilDate?
        if let moved = outcome?.movedTo, moved != timing.firstDate {
            writtenDate = timing.firstDate
            timing = timing.moved(to: moved)
        }
        return ScheduledEvent(
            planID: plan.id, id: id,
            uid: StableIdentifier.uid(planID: plan.id, eventID: series?.singleRule == true ? activity.id : id),
            origin: .activity, activity: activity, timing: timing, hostID: host, series: series,
            outcome: outcome, writtenDate: writtenDate)
    }

    /// The milestone anniversaries of each tie whose date falls inside the plan's horizon.
    static func anniversaries(of plan: Plan) -> [ScheduledEvent] {
        plan.ties.flatMap { tie -> [ScheduledEvent] in
            guard let milestones = tie.milestones, let signed = tie.signed else { return [] }
            return stride(from: milestones.from, through: 500, by: milestones.every).compactMap { years in
                let date = signed.inYear(signed.year + years)
                guard plan.horizon.contains(date) else { return nil }
                let names = tie.partnerIDs.compactMap { plan.partner($0)?.name }
                let timing = Timing.allDay(DateRange(first: date, last: date))
                let activity = Activity(
                    id: tie.id, kind: .celebration,
                    title: AnniversaryTitle.title(years: years, kind: tie.kind, partnerNames: names),
                    description: AnniversaryTitle.description(signed: signed, kind: tie.kind, partnerNames: names),
                    timing: timing, zoneFollowsHost: false, mode: .inPerson, hostIDs: [], participantIDs: tie.partnerIDs,
                    travellerIDs: [], delegationSize: nil, originID: nil, travelDays: nil, place: nil, domainIDs: tie.domainIDs,
                    tieID: tie.id, audiences: [.public], confidential: false, provisional: false, alarmDaysBefore: nil,
                    url: nil, repetition: nil, scheduling: nil, location: tie.location)
                return ScheduledEvent(
                    planID: plan.id, id: "\(tie.id)-\(years)", uid: StableIdentifier.uid(planID: plan.id, eventID: "\(tie.id)-\(years)"),
                    origin: .anniversary(tieID: tie.id, years: years), activity: activity, timing: timing, hostID: nil, series: nil,
                    outcome: nil, writtenDate: nil)
            }
        }
    }
}
