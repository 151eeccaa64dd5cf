import CivilTime

/// When an activity happens: a timed slot in a named zone, or whole days.
public enum Timing: Hashable, Sendable {
    case timed(start: CivilDateTime, end: CivilDateTime, zone: String)
    case allDay(DateRange)

    public var firstDate: CivilDate {
        switch self {
        case .timed(let start, _, _): return start.date
        case .allDay(let range): return range.first
        }
    }

    public var lastDate: CivilDate {
        switch self {
        case .timed(_, let end, _):
            // An end at midnight belongs to the previous day.
            return end.time == .midnight && end.date > self.firstDate ? end.date.adding(days: -1) : end.date
        case .allDay(let range): return range.last
        }
    }

    public var days: DateRange { DateRange(first: firstDate, last: lastDate) }

    /// The same slot moved by whole days.
    public func shifted(byDays days: Int) -> Timing {
        switch self {
        case .timed(let start, let end, let zone):
            return .timed(
                start: CivilDateTime(date: start.date.adding(days: days), time: start.time),
                end: CivilDateTime(date: end.date.adding(days: days), time: end.time), zone: zone)
        case .allDay(let range):
            return .allDay(DateRange(first: range.first.adding(days: days), last: range.last.adding(days: days)))
        }
    }

    /// The same slot moved to start on another date.
    public func moved(to date: CivilDate) -> Timing {
        shifted(byDays: firstDate.days(until: date))
    }
}
