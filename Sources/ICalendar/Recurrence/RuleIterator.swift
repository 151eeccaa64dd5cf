import CLibical
import CivilTime

/// Runs libical's RRULE iterator on wall-clock times. Call with the libical lock held.
///
/// The iterator sees DTSTART as a floating time (or a DATE) and UNTIL converted to the same
/// wall clock, so a weekly 10:00 rule stays at 10:00 local across DST changes and libical's
/// zone handling never enters. It ignores EXDATE and RDATE; `RecurrenceExpander` applies them.
enum RuleIterator {
    /// Bounds the work on rules that never produce an instance in range.
    static let maximumSteps = 50_000

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
        walk(
            of: rule, start: start, isBeforeRange: isBeforeRange, through: through, limit: limit,
            maximumGenerated: maximumGenerated
        ).instances
    }

    struct Walk {
        var instances: [CivilDateTime]
        /// The walk gave up after `maximumSteps` with the rule still generating: instances past
        /// that point are missing.
        var exhausted: Bool
        /// Instances libical generated (the work done).
        var steps: Int
    }

    /// `instances`, and what the walk cost. With `skippingTo` (a wall clock before which no
    /// instance is wanted), a rule without COUNT whose frequency is a day or longer starts
    /// there instead of at DTSTART (`icalrecur_iterator_set_start`): a daily series begun
    /// years ago costs nothing. Sub-daily rules are always walked from DTSTART: libical 3.0.16
    /// restarts them out of phase when INTERVAL > 1.
    static func walk(
        of rule: RecurrenceRule, start: EventTime, isBeforeRange: (CivilDateTime) -> Bool = { _ in false },
        through: CivilDateTime?, limit: Int, maximumGenerated: Int? = nil,
        skippingTo skip: CivilDateTime? = nil, maximumSteps: Int = maximumSteps
    ) -> Walk {
        guard limit > 0, maximumSteps > 0 else { return Walk(instances: [], exhausted: false, steps: 0) }
        let workaround = rule.needsDailyMonthDayWorkaround
        var recurrence = workaround ? rule.parsedWithout(["BYMONTHDAY", "COUNT"]) : rule.parsed
        if let until = rule.until {
            recurrence.until = wallClockUntil(until, start: start)
        }
        jumelage_clear_icalerrno()
        guard let iterator = icalrecur_iterator_new(recurrence, startValue(of: start)) else {
            jumelage_clear_icalerrno()
            return Walk(instances: [], exhausted: false, steps: 0)
        }
        defer { icalrecur_iterator_free(iterator) }
        if let skip, canSkip(rule), skip > wallClock(of: start) {
            let value = start.isAllDay ? LibicalTime.date(skip.date) : LibicalTime.floating(skip)
            if icalrecur_iterator_set_start(iterator, value) == 0 { jumelage_clear_icalerrno() }
        }

        let monthDays = rule.monthDays
        let generatedLimit = [maximumGenerated, workaround ? rule.count : nil].compactMap { $0 }.min()
        var generated = 0
        var result: [CivilDateTime] = []
        for step in 1...maximumSteps {
            let next = icalrecur_iterator_next(iterator)
            if LibicalTime.isNull(next) { return Walk(instances: result, exhausted: false, steps: step) }
            guard let civil = LibicalTime.civil(next) else { continue }
            if let through, civil > through { return Walk(instances: result, exhausted: false, steps: step) }
            if workaround && !matches(civil.date, monthDays: monthDays) { continue }
            generated += 1
            if let generatedLimit, generated > generatedLimit { return Walk(instances: result, exhausted: false, steps: step) }
            if isBeforeRange(civil) { continue }
            result.append(civil)
            if result.count >= limit { return Walk(instances: result, exhausted: false, steps: step) }
        }
        return Walk(instances: result, exhausted: true, steps: maximumSteps)
    }

    /// Rules `icalrecur_iterator_set_start` restarts correctly (checked against a full walk
    /// for daily, weekly, monthly and yearly rules with INTERVAL, BYDAY, BYSETPOS, BYMONTHDAY,
    /// BYWEEKNO, BYYEARDAY): no COUNT (the count starts at DTSTART), a day or longer.
    private static func canSkip(_ rule: RecurrenceRule) -> Bool {
        guard rule.count == nil else { return false }
        switch rule.parsed.freq {
        case ICAL_DAILY_RECURRENCE, ICAL_WEEKLY_RECURRENCE, ICAL_MONTHLY_RECURRENCE, ICAL_YEARLY_RECURRENCE: return true
        default: return false
        }
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
