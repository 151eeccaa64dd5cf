import CivilTime

/// When an event starts or ends, as iCalendar can say it without floating times.
public enum EventTime: Hashable, Sendable {
    /// An all-day date (`VALUE=DATE`).
    case date(CivilDate)
    /// A wall time in a named IANA zone (`TZID=America/Toronto`).
    case zoned(CivilDateTime, zone: String)
    /// A UTC time (`…Z`).
    case utc(CivilDateTime)

    public var isAllDay: Bool {
        if case .date = self { return true }
        return false
    }

    /// The calendar date this time falls on, in its own zone.
    public var localDate: CivilDate {
        switch self {
        case .date(let date): return date
        case .zoned(let dateTime, _), .utc(let dateTime): return dateTime.date
        }
    }

    public var zone: String? {
        if case .zoned(_, let zone) = self { return zone }
        return nil
    }
}
