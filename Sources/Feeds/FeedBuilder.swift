import Bilingual
import FeedModel
import ICalendar
import PlanModel
import Scheduling

/// Builds the iCalendar feeds of a schedule: one per audience and one per partner of each plan.
public struct FeedBuilder: Sendable {
    public var language: Language?
    public var refreshIntervalSeconds: Int

    public init(language: Language? = nil, refreshIntervalSeconds: Int = 12 * 3600) {
        self.language = language
        self.refreshIntervalSeconds = refreshIntervalSeconds
    }

    public func feeds(for schedule: Schedule) throws -> [Feed] {
        try calendars(for: schedule).map { try $0.rendered() }
    }

    /// The feeds as values, before serialisation: a publisher adjusts SEQUENCE, LAST-MODIFIED
    /// and cancellations here.
    public func calendars(for schedule: Schedule) -> [FeedCalendar] {
        schedule.plans.flatMap { plan in
            Self.audiences(of: plan).map { calendar(audience: $0, plan: plan, events: schedule.events(of: plan)) }
        }
    }

    public static func audiences(of plan: Plan) -> [FeedAudience] {
        [.public, .coordinators] + plan.partners.map { .partner($0.id) }
    }

    public func feed(audience: FeedAudience, plan: Plan, events: [ScheduledEvent]) throws -> Feed {
        try calendar(audience: audience, plan: plan, events: events).rendered()
    }

    public func calendar(audience: FeedAudience, plan: Plan, events: [ScheduledEvent]) -> FeedCalendar {
        let language = self.language ?? plan.language
        let selected = events.filter(audience.includes)
        let describer = EventDescriber(plan: plan, language: language, audience: audience)
        var calendarEvents: [Event] = []
        for event in selected {
            guard let series = event.series, series.singleRule else {
                calendarEvents.append(describer.event(for: event))
                continue
            }
            if series.index == 1 { calendarEvents.append(seriesEvent(event, all: selected, plan: plan, describer: describer)) }
        }
        let calendar = Calendar(
            productID: "-//Jumelage//Jumelage 1.0//\(language.rawValue.uppercased())",
            name: describer.feedName(), description: describer.feedDescription(),
            refreshIntervalSeconds: refreshIntervalSeconds, method: "PUBLISH", events: calendarEvents)
        return FeedCalendar(planID: plan.id, audience: audience, fileName: audience.fileName(plan: plan.id), calendar: calendar)
    }

    /// A series one RRULE describes: one VEVENT from its first occurrence, with the left-out
    /// occurrences as EXDATEs; so are the cancelled or moved ones, each an event of its own.
    private func seriesEvent(_ first: ScheduledEvent, all: [ScheduledEvent], plan: Plan, describer: EventDescriber) -> Event {
        // The rule speaks for the whole series, not for its first occurrence's outcome.
        var template = first
        template.outcome = nil
        var event = describer.event(for: template)
        guard let series = first.series, let repetition = first.activity.repetition else {
            return event
        }
        var rule = "FREQ=\(repetition.unit.icalFrequency)"
        if repetition.interval > 1 { rule += ";INTERVAL=\(repetition.interval)" }
        rule += ";COUNT=\(series.count)"
        event.recurrenceRule = rule
        let present = Set(all.filter { $0.activityID == first.activityID && $0.series?.singleRule == true }.map(\.timing.firstDate))
        let generated = Repetition(unit: repetition.unit, interval: repetition.interval, count: series.count, until: nil, exceptions: [])
            .occurrenceDates(from: first.timing.firstDate)
        event.exceptionDates = generated.filter { !present.contains($0) }.map { date in
            EventDescriber.startTime(of: first.timing.moved(to: date))
        }
        return event
    }
}
