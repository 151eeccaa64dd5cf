import Bilingual
import CivilTime
import Foundation
import PlanModel
import WorkspacePages

/// The event's slot as a poll keeps it, so that each day can be shown in each respondent's own
/// zone without the plan: a timed slot (start and end times in the event's zone) or whole days.
package enum PollSlot: Codable, Hashable, Sendable {
    case timed(start: String, end: String, endDayOffset: Int, zone: String)
    case allDay(days: Int)

    package init(_ timing: Timing) {
        switch timing {
        case .timed(let start, let end, let zone):
            self = .timed(
                start: Self.clock(start.time), end: Self.clock(end.time), endDayOffset: start.date.days(until: end.date), zone: zone)
        case .allDay(let range):
            self = .allDay(days: range.first.days(until: range.last) + 1)
        }
    }

    /// What the store keeps (`NewPoll.slot`).
    package var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self)
    }

    package init?(json: String) {
        guard let slot = try? JSONDecoder().decode(PollSlot.self, from: Data(json.utf8)) else { return nil }
        self = slot
    }

    /// The slot starting on `date`, in `zone`: a timed slot is converted (its days may change), whole
    /// days stay the same days everywhere.
    package func timing(startingOn date: CivilDate, in zone: String) -> Timing {
        switch self {
        case .allDay(let days):
            return .allDay(DateRange(first: date, last: date.adding(days: max(days, 1) - 1)))
        case .timed(let start, let end, let offset, let eventZone):
            guard let startTime = TimeOfDay(iso: start), let endTime = TimeOfDay(iso: end), let from = ZoneRules(identifier: eventZone),
                let to = ZoneRules(identifier: zone)
            else {
                let startTime = TimeOfDay(iso: start) ?? .midnight, endTime = TimeOfDay(iso: end) ?? .midnight
                return .timed(
                    start: CivilDateTime(date: date, time: startTime), end: CivilDateTime(date: date.adding(days: offset), time: endTime),
                    zone: eventZone)
            }
            let startInstant = from.instant(of: CivilDateTime(date: date, time: startTime))
            let endInstant = from.instant(of: CivilDateTime(date: date.adding(days: offset), time: endTime))
            return .timed(start: to.localTime(at: startInstant), end: to.localTime(at: endInstant), zone: zone)
        }
    }

    /// « mardi 10 mars 2026, 15:00–17:00 (Europe/Brussels) », or the days.
    package func text(startingOn date: CivilDate, in zone: String, _ language: Language) -> String {
        DateText.timing(timing(startingOn: date, in: zone), language)
    }

    static func clock(_ time: TimeOfDay) -> String { String(format: "%02d:%02d", time.hour, time.minute) }
}
