import Bilingual
import FeedModel
import ICalendar
import PlanModel
import Scheduling

/// One feed per programme and direction (`mobilite-unamur-uqtr-unamur-vers-uqtr.ics`): the
/// exchange windows as transparent all-day spans, the deadlines as all-day events with an
/// alarm a week before. Built as `FeedCalendar` values, serialised by libical like the others.
public struct MobilityFeedBuilder: Sendable {
    public var language: Language?
    public var refreshIntervalSeconds: Int
    public static let alarmDays = 7

    public init(language: Language? = nil, refreshIntervalSeconds: Int = 12 * 3600) {
        self.language = language
        self.refreshIntervalSeconds = refreshIntervalSeconds
    }

    /// Who a programme's feed in one direction is for: `mobility:PROGRAMME-FROM-vers-TO`.
    public static func audience(programme: String, direction: MobilityDirection) -> FeedAudience {
        .mobility("\(programme)-\(direction.id)")
    }

    /// `mobilite-PROGRAMME-FROM-vers-TO.ics`.
    public static func fileName(programme: String, direction: MobilityDirection) -> String {
        audience(programme: programme, direction: direction).fileName(plan: nil)
    }

    public func calendars(for schedule: MobilitySchedule) -> [FeedCalendar] {
        schedule.programmes.flatMap { entry in
            entry.programme.directions.map { direction in
                calendar(entry: entry, direction: direction, windows: schedule.windows(programme: entry.programme.id, direction: direction))
            }
        }
    }

    public func feeds(for schedule: MobilitySchedule) throws -> [Feed] {
        try calendars(for: schedule).map { try $0.rendered() }
    }

    func calendar(entry: MobilitySchedule.Entry, direction: MobilityDirection, windows: [ExchangeWindow]) -> FeedCalendar {
        let plan = entry.plan, programme = entry.programme
        let language = self.language ?? plan.language
        let words = MobilityWords(plan: plan, language: language)
        let from = words.partner(direction.fromID), to = words.partner(direction.toID)
        var events: [Event] = windows.map { windowEvent($0, words: words) }
        events += deadlineEvents(windows, direction: direction, words: words)
        events.sort { ($0.start.localDate, $0.summary, $0.uid) < ($1.start.localDate, $1.summary, $1.uid) }
        let name = words.text(fr: "\(programme.title.fr) — \(from) vers \(to)", en: "\(programme.title.en) — \(from) to \(to)")
        let ages =
            programme.ages.map {
                words.text(
                    fr: " Pour les \($0.lowerBound) à \($0.upperBound) ans.", en: " For people aged \($0.lowerBound) to \($0.upperBound).")
            } ?? ""
        let description = words.text(
            fr:
                "Fenêtres d'échange et dates limites de \(from) vers \(to) (\(programme.title.fr)).\(ages) Dates estimées marquées « à confirmer ». Publié par Jumelage.",
            en:
                "Exchange windows and deadlines from \(from) to \(to) (\(programme.title.en)).\(ages) Estimated dates are marked \"to be confirmed\". Published by Jumelage."
        )
        let calendar = Calendar(
            productID: "-//Jumelage//Jumelage 1.0//\(language.rawValue.uppercased())", name: name,
            description: description, refreshIntervalSeconds: refreshIntervalSeconds, method: "PUBLISH",
            events: events)
        return FeedCalendar(
            planID: plan.id, audience: Self.audience(programme: programme.id, direction: direction),
            fileName: Self.fileName(programme: programme.id, direction: direction),
            calendar: calendar)
    }

    private func windowEvent(_ window: ExchangeWindow, words: MobilityWords) -> Event {
        let plan = words.plan
        var event = Event(
            uid: StableIdentifier.uid(
                planID: plan.id, eventID: "mobility/\(window.programmeID)/\(window.fromID)-\(window.toID)/window/\(window.key)"),
            stamp: plan.revision, lastModified: plan.revision,
            start: .date(window.start), end: .date(window.end.adding(days: 1)),
            summary: words.windowSummary(window))
        event.description = words.windowDescription(window)
        event.location = words.partner(window.toID)
        event.categories = [window.type.name.text(in: words.language)]
        event.status = window.estimated ? .tentative : .confirmed
        event.classification = .public
        event.transparency = .transparent
        return event
    }

    /// One event per deadline date and kind, however many windows it leads to.
    private func deadlineEvents(_ windows: [ExchangeWindow], direction: MobilityDirection, words: MobilityWords) -> [Event] {
        var grouped: [String: (deadline: MobilityDeadline, windows: [ExchangeWindow])] = [:]
        var order: [String] = []
        for window in windows {
            for deadline in window.deadlines {
                let key = "\(deadline.kind.rawValue)/\(deadline.date)/\(deadline.permit?.en ?? "")"
                if grouped[key] == nil {
                    grouped[key] = (deadline, [])
                    order.append(key)
                }
                grouped[key]!.windows.append(window)
                if deadline.estimated { grouped[key]!.deadline.estimated = true }
            }
        }
        return order.map { key in
            let (deadline, windows) = grouped[key]!
            let plan = words.plan
            let first = windows[0]
            let summary = words.deadlineSummary(deadline, direction: direction)
            var event = Event(
                uid: StableIdentifier.uid(
                    planID: plan.id, eventID: "mobility/\(first.programmeID)/\(direction.fromID)-\(direction.toID)/deadline/\(key)"),
                stamp: plan.revision, lastModified: plan.revision,
                start: .date(deadline.date), end: .date(deadline.date.adding(days: 1)), summary: summary)
            event.description = words.deadlineDescription(deadline, windows: windows)
            event.categories = [deadline.kind.name.text(in: words.language)]
            event.status = deadline.estimated ? .tentative : .confirmed
            event.classification = .public
            event.transparency = .transparent
            event.alarms = [.init(minutesBefore: Self.alarmDays * 1440, description: summary)]
            return event
        }
    }
}
