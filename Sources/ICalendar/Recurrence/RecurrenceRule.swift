import CLibical
import CivilTime

/// An RRULE value parsed by libical, plus the parts as written for checks libical does not make.
struct RecurrenceRule {
    let text: String
    let parts: [(name: String, value: String)]
    let parsed: icalrecurrencetype

    /// Call with the libical lock held.
    init(_ text: String) throws(ICalendarError) {
        var body = text.trimmingSpaces
        if body.uppercased().hasPrefix("RRULE:") { body = String(body.dropFirst(6)) }
        let parts = body.split(separator: ";").map { part -> (name: String, value: String) in
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (String(pieces[0]).uppercased(), pieces.count > 1 ? String(pieces[1]) : "")
        }
        let names = parts.map(\.name)
        if names.contains("COUNT") && names.contains("UNTIL") {
            throw ICalendarError(.invalidRecurrenceRule, "RRULE '\(text)' has both COUNT and UNTIL")
        }
        // libical 3.0.16 mallocs RSCALE into the struct it returns by value, with no way to free it.
        if names.contains("RSCALE") {
            throw ICalendarError(.invalidRecurrenceRule, "RRULE '\(text)': RSCALE (RFC 7529) is not supported")
        }
        jumelage_clear_icalerrno()
        let parsed = icalrecurrencetype_from_string(body)
        guard parsed.freq != ICAL_NO_RECURRENCE, jumelage_icalerrno() == ICAL_NO_ERROR else {
            jumelage_clear_icalerrno()
            throw ICalendarError(.invalidRecurrenceRule, "libical cannot parse RRULE '\(text)'")
        }
        self.text = body
        self.parts = parts
        self.parsed = parsed
    }

    var count: Int? { parsed.count > 0 ? Int(parsed.count) : nil }

    var until: icaltimetype? { LibicalTime.isNull(parsed.until) ? nil : parsed.until }

    /// `FREQ=DAILY` with a negative BYMONTHDAY yields nothing or wrong days in libical 3.0.16.
    var needsDailyMonthDayWorkaround: Bool {
        parsed.freq == ICAL_DAILY_RECURRENCE && monthDays.contains { $0 < 0 }
    }

    /// BY parts that make a SECONDLY or MINUTELY iterator skip days, months or years second by
    /// second or minute by minute (MINUTELY with BYDAY skips at most a week: 10,080 minutes).
    private static let coarseFilters: [icalrecurrencetype_frequency: Set<String>] = [
        ICAL_SECONDLY_RECURRENCE: ["BYDAY", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYMONTH", "BYSETPOS"],
        ICAL_MINUTELY_RECURRENCE: ["BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYMONTH", "BYSETPOS"],
    ]

    private func checkTerminates() throws(ICalendarError) {
        if let coarse = Self.coarseFilters[parsed.freq], let part = parts.first(where: { coarse.contains($0.name) }) {
            throw ICalendarError(
                .invalidRecurrenceRule,
                "RRULE '\(shortText)': FREQ=\(parsed.freq == ICAL_SECONDLY_RECURRENCE ? "SECONDLY" : "MINUTELY") with \(part.name) is not supported (libical would step through every \(parsed.freq == ICAL_SECONDLY_RECURRENCE ? "second" : "minute") in between)"
            )
        }
        guard !matchesNoDate else {
            throw ICalendarError(
                .invalidRecurrenceRule,
                "RRULE '\(shortText)' matches no date (its BYMONTH, BYMONTHDAY, BYYEARDAY, BYWEEKNO and BYDAY cannot all hold)")
        }
    }

    private var shortText: String { text.count > 80 ? text.prefix(80) + "…" : text }

    /// Whether no day of 28 consecutive years (the cycle of weekdays and leap years between 1901
    /// and 2099: every year kind and week-53 case) passes the rule's day filters, ordinals of
    /// BYDAY ignored (so it errs towards "some date matches").
    var matchesNoDate: Bool {
        func items(_ name: String) -> [String]? {
            let found = parts.filter { $0.name == name }
            guard !found.isEmpty else { return nil }
            var result: [String] = []
            for part in found {
                for item in part.value.split(separator: ",") { result.append(String(item).trimmingSpaces) }
            }
            return result
        }
        func values(_ name: String) -> [Int]? { items(name).map { $0.compactMap { Int($0) } } }
        let months = values("BYMONTH"), monthDays = values("BYMONTHDAY"), yearDays = values("BYYEARDAY"), weeks = values("BYWEEKNO")
        let weekdays: [Weekday]? = items("BYDAY").map { $0.compactMap { Weekday(icalCode: String($0.suffix(2))) } }
        if months == nil, monthDays == nil, yearDays == nil, weeks == nil, weekdays == nil { return false }
        var weekday = CivilDate(year: 2024, month: 1, day: 1)!.weekday.rawValue  // 1 = Monday
        for year in 2024..<2052 {
            let yearLength = CivilDate.isLeapYear(year) ? 366 : 365
            var ordinal = 0
            for month in 1...12 {
                let monthLength = CivilDate.daysInMonth(year: year, month: month)
                defer {
                    ordinal += monthLength
                    weekday = (weekday - 1 + monthLength) % 7 + 1
                }
                if let months, !months.contains(month) { continue }
                for day in 1...monthLength {
                    if let monthDays, !monthDays.contains(where: { $0 == day || monthLength + $0 + 1 == day }) { continue }
                    let dayOfYear = ordinal + day
                    if let yearDays, !yearDays.contains(where: { $0 == dayOfYear || yearLength + $0 + 1 == dayOfYear }) { continue }
                    let dayWeekday = (weekday - 1 + day - 1) % 7 + 1
                    if let weekdays, !weekdays.contains(where: { $0.rawValue == dayWeekday }) { continue }
                    if let weeks {
                        let (week, weeksInYear) = Self.isoWeek(of: CivilDate(year: year, month: month, day: day)!)
                        if !weeks.contains(where: { $0 == week || weeksInYear + $0 + 1 == week }) { continue }
                    }
                    return false
                }
            }
        }
        return true
    }

    /// ISO 8601 week number of `date` and the number of weeks of its week-based year.
    static func isoWeek(of date: CivilDate) -> (week: Int, weeks: Int) {
        func weeks(in year: Int) -> Int {
            let january1 = CivilDate(year: year, month: 1, day: 1)!.weekday
            return january1 == .thursday || (CivilDate.isLeapYear(year) && january1 == .wednesday) ? 53 : 52
        }
        let ordinal = CivilDate(year: date.year, month: 1, day: 1)!.days(until: date) + 1
        let week = (ordinal - date.weekday.rawValue + 10) / 7
        if week < 1 { return (weeks(in: date.year - 1), weeks(in: date.year - 1)) }
        if week > weeks(in: date.year) { return (1, weeks(in: date.year + 1)) }
        return (week, weeks(in: date.year))
    }

    /// A rule made of FREQ (a day or longer), INTERVAL, COUNT or UNTIL and WKST only: every
    /// instance is DTSTART moved by a whole number of periods, so the first is DTSTART itself.
    var isPlain: Bool {
        switch parsed.freq {
        case ICAL_DAILY_RECURRENCE, ICAL_WEEKLY_RECURRENCE, ICAL_MONTHLY_RECURRENCE, ICAL_YEARLY_RECURRENCE:
            return parsed.interval >= 1 && parts.allSatisfy { Self.plainParts.contains($0.name) }
        default:
            return false
        }
    }

    private static let plainParts: Set<String> = ["FREQ", "INTERVAL", "COUNT", "UNTIL", "WKST"]

    /// The last instance of a plain COUNT rule begun at `start`, computed rather than walked;
    /// nil when the rule is not plain, has no COUNT, or may skip periods (the 29th to 31st of
    /// a month, 29 February).
    func lastCountedInstance(from start: CivilDateTime) -> CivilDateTime? {
        guard isPlain, let count else { return nil }
        let steps = (count - 1) * Int(parsed.interval)
        let date = start.date
        let last: CivilDate?
        switch parsed.freq {
        case ICAL_DAILY_RECURRENCE:
            last = date.adding(days: steps)
        case ICAL_WEEKLY_RECURRENCE:
            last = date.adding(days: 7 * steps)
        case ICAL_MONTHLY_RECURRENCE where date.day <= 28:
            let months = date.year * 12 + date.month - 1 + steps
            last = CivilDate(year: months / 12, month: months % 12 + 1, day: date.day)
        case ICAL_YEARLY_RECURRENCE where !(date.month == 2 && date.day == 29):
            last = CivilDate(year: date.year + steps, month: date.month, day: date.day)
        default:
            last = nil
        }
        // libical stops every series after its last year (MAX_TIME_T_YEAR): a walk would end there.
        guard let last, last.year <= Self.lastIterableYear else { return nil }
        return CivilDateTime(date: last, time: start.time)
    }

    /// The last year libical's iterator produces (`MAX_TIME_T_YEAR` with a 64-bit `time_t`).
    static let lastIterableYear = 2582

    var monthDays: [Int] {
        parts.filter { $0.name == "BYMONTHDAY" }
            .flatMap { $0.value.split(separator: ",") }
            .compactMap { Int($0) }
    }

    /// The rule without some parts, parsed again by libical.
    func parsedWithout(_ removed: Set<String>) -> icalrecurrencetype {
        let kept = parts.filter { !removed.contains($0.name) }.map { "\($0.name)=\($0.value)" }
        return icalrecurrencetype_from_string(kept.joined(separator: ";"))
    }

    /// Checks the rules a published RRULE must follow for its DTSTART. Lock held.
    func validate(start: EventTime) throws(ICalendarError) {
        if let until {
            switch start {
            case .date where until.is_date == 0:
                throw ICalendarError(.invalidRecurrenceRule, "RRULE UNTIL must be a DATE when DTSTART is a DATE")
            case .zoned, .utc:
                if until.is_date != 0 || !LibicalTime.isUTC(until) {
                    throw ICalendarError(.invalidRecurrenceRule, "RRULE UNTIL must be a UTC date-time (…Z) when DTSTART is a date-time")
                }
            default:
                break
            }
        }
        try checkExpandable(from: start)
        // A plain rule starts at DTSTART, unless its UNTIL comes first.
        if isPlain && until == nil { return }
        let first = RuleIterator.instances(of: self, start: start, through: nil, limit: 1).first
        guard first == RuleIterator.wallClock(of: start) else {
            throw ICalendarError(
                .invalidRecurrenceRule,
                "DTSTART \(start.icalText) is not the first instance RRULE '\(text)' generates"
                    + (first.map { " (that is \($0.basicFormat))" } ?? " (it generates none)"))
        }
    }

    /// libical parses some rules it then refuses to iterate (`BYMONTH=13`), and loops inside one
    /// `icalrecur_iterator_next` call until a time passes the rule's filters: seconds to minutes
    /// for a rule no date can pass (`FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30`: 10 s) or a sub-daily
    /// rule filtered by month or day (`FREQ=SECONDLY;BYMONTH=12`: 48 s), which no step count
    /// can interrupt. Both are refused before libical iterates. Lock held.
    func checkExpandable(from start: EventTime) throws(ICalendarError) {
        try checkTerminates()
        // icalrecur_iterator_new refuses a plain rule only for a DTSTART outside years 0–2582
        // (MAX_TIME_T_YEAR); creating one costs an ICU calendar.
        if isPlain, (0...Self.lastIterableYear).contains(start.localDate.year) { return }
        guard let iterator = icalrecur_iterator_new(parsed, RuleIterator.startValue(of: start)) else {
            jumelage_clear_icalerrno()
            throw ICalendarError(.invalidRecurrenceRule, "libical cannot expand RRULE '\(text)'")
        }
        icalrecur_iterator_free(iterator)
    }
}
