import CLibical
import CivilTime

/// Conversions between the model's times and `icaltimetype`.
enum LibicalTime {
    static func date(_ date: CivilDate) -> icaltimetype {
        // Not icaltime_null_date(): its hour, minute and second are -1, which the RRULE
        // iterator normalises to the previous day.
        var time = icaltime_null_time()
        time.year = Int32(date.year)
        time.month = Int32(date.month)
        time.day = Int32(date.day)
        time.is_date = 1
        return time
    }

    /// A floating date-time: the TZID parameter, when any, is added to the property separately.
    static func floating(_ dateTime: CivilDateTime) -> icaltimetype {
        var time = icaltime_null_time()
        time.year = Int32(dateTime.date.year)
        time.month = Int32(dateTime.date.month)
        time.day = Int32(dateTime.date.day)
        time.hour = Int32(dateTime.time.hour)
        time.minute = Int32(dateTime.time.minute)
        time.second = Int32(dateTime.time.second)
        return time
    }

    static func utc(_ dateTime: CivilDateTime) -> icaltimetype {
        var time = floating(dateTime)
        time.zone = icaltimezone_get_utc_timezone()
        return time
    }

    static func utc(_ instant: Instant) -> icaltimetype {
        utc(instant.utc)
    }

    static func value(of time: EventTime) -> icaltimetype {
        switch time {
        case .date(let date): return self.date(date)
        case .zoned(let dateTime, _): return floating(dateTime)
        case .utc(let dateTime): return utc(dateTime)
        }
    }

    static func isNull(_ time: icaltimetype) -> Bool {
        icaltime_is_null_time(time) != 0
    }

    static func isUTC(_ time: icaltimetype) -> Bool {
        icaltime_is_utc(time) != 0
    }

    /// The civil fields of a libical time, whatever its zone; nil for impossible dates.
    static func civil(_ time: icaltimetype) -> CivilDateTime? {
        guard let date = CivilDate(year: Int(time.year), month: Int(time.month), day: Int(time.day)) else { return nil }
        if time.is_date != 0 { return CivilDateTime(date: date, time: .midnight) }
        guard let clock = TimeOfDay(hour: Int(time.hour), minute: Int(time.minute), second: Int(min(time.second, 59)))
        else { return nil }
        return CivilDateTime(date: date, time: clock)
    }

    /// The model time of a parsed value; `floatingZone` names the zone a floating time is read in.
    static func eventTime(_ time: icaltimetype, tzid: String?, floatingZone: String?) -> EventTime? {
        guard let civil = civil(time) else { return nil }
        if time.is_date != 0 { return .date(civil.date) }
        if isUTC(time) { return .utc(civil) }
        if let tzid { return .zoned(civil, zone: tzid) }
        if let floatingZone { return .zoned(civil, zone: floatingZone) }
        return .utc(civil)
    }
}
