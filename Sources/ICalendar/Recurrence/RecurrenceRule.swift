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
        let first = RuleIterator.instances(of: self, start: start, through: nil, limit: 1).first
        guard first == RuleIterator.wallClock(of: start) else {
            throw ICalendarError(
                .invalidRecurrenceRule,
                "DTSTART \(start.icalText) is not the first instance RRULE '\(text)' generates"
                    + (first.map { " (that is \($0.basicFormat))" } ?? " (it generates none)"))
        }
    }

    /// libical parses some rules it then refuses to iterate (`BYMONTH=13`). Lock held.
    func checkExpandable(from start: EventTime) throws(ICalendarError) {
        guard let iterator = icalrecur_iterator_new(parsed, RuleIterator.startValue(of: start)) else {
            jumelage_clear_icalerrno()
            throw ICalendarError(.invalidRecurrenceRule, "libical cannot expand RRULE '\(text)'")
        }
        icalrecur_iterator_free(iterator)
    }
}
