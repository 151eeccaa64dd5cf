import CivilTime

extension EventTime {
    var isUTC: Bool {
        if case .utc = self { return true }
        return false
    }

    /// How the time reads in iCalendar, for messages.
    var icalText: String {
        switch self {
        case .date(let date): return date.basicFormat
        case .zoned(let dateTime, let zone): return "\(dateTime.basicFormat) (\(zone))"
        case .utc(let dateTime): return "\(dateTime.basicFormat)Z"
        }
    }
}
