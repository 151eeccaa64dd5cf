import CLibical
import CivilTime

/// Runs libical's RRULE iterator on wall-clock times. Call with the libical lock held.
///
/// The iterator sees DTSTART as a floating time (or a DATE) and UNTIL converted to the same
/// wall clock, so a weekly 10:00 rule stays at 10:00 local across DST changes and libical's
/// zone handling never enters. It ignores EXDATE and RDATE; `RecurrenceExpander` applies them.
enum RuleIterator {
    /// Bounds the work on rules that never produce an instance in range.
    static let maximumSteps = 500_000

    static func startValue(of start: EventTime) -> icaltimetype {
        switch start {
        case .date(let date): return LibicalTime.date(date)
        case .zoned(let dateTime, _), .utc(let dateTime): return LibicalTime.floating(dateTime)
        }
    }

    /// The wall clock the iterator works in (midnight for a DATE).
    static func wallClock(of time: EventTime) -> CivilDateTime {
        switch time {
        case .date(let date): return CivilDateTime(date: date, time: .midnight)
        case .zoned(let dateTime, _), .utc(let dateTime): return dateTime
        }
    }

    /// Wall-clock starts the rule generates from `start`, in order: at most `limit` of those
    /// `isBeforeRange` does not skip, none after `through` (inclusive), and none past the
    /// `maximumGenerated`-th generated instance.
    static func instances(
        of rule: RecurrenceRule, start: EventTime, isBeforeRange: (CivilDateTime) -> Bool = { _ in false },
        through: CivilDateTime?, limit: Int, maximumGenerated: Int? = nil
    ) -> [CivilDateTime] {
        guard limit > 0 else { return [] }
        let workaround = rule.needsDailyMonthDayWorkaround
        var recurrence = workaround ? rule.parsedWithout(["BYMONTHDAY", "COUNT"]) : rule.parsed
        if let until = rule.until {
            recurrence.until = wallClockUntil(until, start: start)
        }
        jumelage_clear_icalerrno()
        guard let iterator = icalrecur_iterator_new(recurrence, startValue(of: start)) else {
            jumelage_clear_icalerrno()
            return []
        }
        defer { icalrecur_iterator_free(iterator) }

        let monthDays = rule.monthDays
        let generatedLimit = [maximumGenerated, workaround ? rule.count : nil].compactMap { $0 }.min()
        var generated = 0
        var result: [CivilDateTime] = []
        for _ in 0..<maximumSteps {
            let next = icalrecur_iterator_next(iterator)
            if LibicalTime.isNull(next) { break }
            guard let civil = LibicalTime.civil(next) else { continue }
            if let through, civil > through { break }
            if workaround && !matches(civil.date, monthDays: monthDays) { continue }
            generated += 1
            if let generatedLimit, generated > generatedLimit { break }
            if isBeforeRange(civil) { continue }
            result.append(civil)
            if result.count >= limit { break }
        }
        return result
    }

    private static func matches(_ date: CivilDate, monthDays: [Int]) -> Bool {
        let length = CivilDate.daysInMonth(year: date.year, month: date.month)
        return monthDays.contains { $0 > 0 ? $0 == date.day : length + $0 + 1 == date.day }
    }

    /// UNTIL expressed on DTSTART's wall clock, so libical compares like with like.
    private static func wallClockUntil(_ until: icaltimetype, start: EventTime) -> icaltimetype {
        guard let civil = LibicalTime.civil(until) else { return until }
        switch start {
        case .date:
            return LibicalTime.date(civil.date)
        case .zoned(_, let zone):
            if until.is_date != 0 { return endOfDay(civil.date) }
            if LibicalTime.isUTC(until), let rules = ZoneRules(identifier: zone) {
                return LibicalTime.floating(rules.localTime(at: Instant(utc: civil)))
            }
            return LibicalTime.floating(civil)
        case .utc:
            return until.is_date != 0 ? endOfDay(civil.date) : LibicalTime.floating(civil)
        }
    }

    private static func endOfDay(_ date: CivilDate) -> icaltimetype {
        LibicalTime.floating(CivilDateTime(date: date, time: TimeOfDay(hour: 23, minute: 59, second: 59)!))
    }
}
