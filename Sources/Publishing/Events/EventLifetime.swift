import CivilTime
import ICalendar

/// When an event is over: the end of its last occurrence.
///
/// An all-day event is over once its last day has ended everywhere on Earth (the exclusive end
/// date at 12:00 UTC, midnight at UTC−12): a cancelled event stays visible to every subscriber
/// until its day has passed for them too.
enum EventLifetime {
    /// Expansion cap for a series; a rule that is still going past it counts as never over.
    static let occurrenceLimit = 5_000
    static let never = Instant(secondsSinceEpoch: Int64.max / 2)

    static func end(of event: Event) -> Instant {
        guard let start = instant(event.start, isEnd: false) else { return never }
        let end =
            event.end.flatMap { instant($0, isEnd: true) }
            ?? (event.start.isAllDay ? instant(.date(event.start.localDate.adding(days: 1)), isEnd: true) : start) ?? start
        let duration = end.secondsSinceEpoch - start.secondsSinceEpoch
        guard event.recurrenceRule != nil || !event.recurrenceDates.isEmpty else { return end }
        let horizon = Instant(utc: CivilDateTime(date: CivilDate(year: 2200, month: 1, day: 1)!, time: .midnight))
        guard let starts = try? RecurrenceExpander.occurrences(of: event, through: horizon, limit: occurrenceLimit),
            starts.count < occurrenceLimit, let last = starts.last, let lastStart = instant(last, isEnd: false)
        else {
            return never
        }
        return Instant(secondsSinceEpoch: max(lastStart.secondsSinceEpoch + duration, end.secondsSinceEpoch))
    }

    /// All-day starts count from midnight UTC and ends at 12:00 UTC of the exclusive end date, so
    /// an all-day event lasts until its day is over in every zone.
    private static func instant(_ time: EventTime, isEnd: Bool) -> Instant? {
        switch time {
        case .date(let date):
            let midnight = Instant(utc: CivilDateTime(date: date, time: .midnight))
            return isEnd ? Instant(secondsSinceEpoch: midnight.secondsSinceEpoch + 12 * 3600) : midnight
        default:
            return RecurrenceExpander.instant(of: time)
        }
    }
}
