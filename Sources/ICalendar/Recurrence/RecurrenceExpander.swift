import CivilTime

/// Expands an event's recurrence set (RRULE, RDATE, EXDATE) into start times.
public enum RecurrenceExpander {
    /// Start times of the event's instances from `from` through `through` (both inclusive), sorted,
    /// at most `limit`, each of the same kind as DTSTART (a zoned series stays in its zone, an
    /// all-day one stays dates). DTSTART is always the first instance (RFC 5545 §3.8.5.3).
    ///
    /// All-day instances are compared with the UTC calendar dates of `from` and `through`.
    public static func occurrences(
        of event: Event, from: Instant? = nil, through: Instant, limit: Int
    ) throws(ICalendarError) -> [EventTime] {
        try Libical.exclusive { () throws(ICalendarError) -> [EventTime] in
            do throws(ICalendarError) {
                let rule = try event.recurrenceRule.map { text throws(ICalendarError) in try RecurrenceRule(text) }
                try rule?.checkExpandable(from: event.start)
                return try expand(event, rule: rule, from: from, through: through, limit: limit)
            } catch {
                throw error.forEvent(event.uid)
            }
        }
    }

    /// The instant of a date-time; nil for an all-day date (it has no instant without a zone,
    /// see `instant(of:allDayDatesIn:)`) and for an unknown zone.
    public static func instant(of time: EventTime) -> Instant? {
        switch time {
        case .date: return nil
        case .utc(let dateTime): return Instant(utc: dateTime)
        case .zoned(let dateTime, let zone): return ZoneRules(identifier: zone)?.instant(of: dateTime)
        }
    }

    /// Like `instant(of:)`, reading an all-day date as its midnight in `zone`.
    public static func instant(of time: EventTime, allDayDatesIn zone: ZoneRules) -> Instant? {
        if case .date(let date) = time { return zone.instant(of: CivilDateTime(date: date, time: .midnight)) }
        return instant(of: time)
    }

    /// Lock held.
    static func expand(
        _ event: Event, rule: RecurrenceRule?, from: Instant?, through: Instant, limit: Int
    ) throws(ICalendarError) -> [EventTime] {
        guard limit > 0 else { return [] }
        let start = event.start
        guard position(of: start) != nil else {
            throw ICalendarError(.unknownTimeZone, "unknown time zone \(start.zone ?? "")", eventUID: event.uid)
        }
        let lower = from.map { bound(for: $0, like: start) }
        let upper = bound(for: through, like: start)
        func inRange(_ position: Position) -> Bool {
            position <= upper && (lower.map { position >= $0 } ?? true)
        }

        var candidates: [EventTime] = [start]
        if let rule {
            let startClock = RuleIterator.wallClock(of: start)
            let first = RuleIterator.instances(of: rule, start: start, through: nil, limit: 1).first
            // DTSTART counts as the first instance even when the rule does not generate it.
            let maximumGenerated = first == startClock ? nil : rule.count.map { max($0 - 1, 0) }
            candidates += RuleIterator.instances(
                of: rule, start: start,
                isBeforeRange: { clock in
                    guard let lower, let position = position(of: rebuild(clock, like: start)) else { return false }
                    return position < lower
                },
                through: wallClockBound(through, like: start),
                limit: limit + event.exceptionDates.count + 1,
                maximumGenerated: maximumGenerated
            ).map { rebuild($0, like: start) }
        }
        candidates += event.recurrenceDates.compactMap { aligned($0, to: start) }
        let excluded = Set(event.exceptionDates.compactMap { aligned($0, to: start) })

        var seen = Set<EventTime>()
        var kept: [(Position, EventTime)] = []
        for time in candidates where !excluded.contains(time) && seen.insert(time).inserted {
            guard let position = position(of: time), inRange(position) else { continue }
            kept.append((position, time))
        }
        return kept.sorted { $0.0 < $1.0 }.prefix(limit).map(\.1)
    }

    /// Where an instance falls: its date for all-day series, its instant otherwise.
    enum Position: Comparable {
        case day(CivilDate)
        case moment(Instant)
    }

    static func position(of time: EventTime) -> Position? {
        if case .date(let date) = time { return .day(date) }
        return instant(of: time).map(Position.moment)
    }

    private static func bound(for instant: Instant, like start: EventTime) -> Position {
        start.isAllDay ? .day(instant.utc.date) : .moment(instant)
    }

    /// An upper wall-clock bound for the iterator, a day late for zoned series so that no DST shift
    /// cuts an instance; the exact comparison happens on positions afterwards.
    private static func wallClockBound(_ instant: Instant, like start: EventTime) -> CivilDateTime {
        switch start {
        case .date: return CivilDateTime(date: instant.utc.date, time: .midnight)
        case .utc: return instant.utc
        case .zoned(_, let zone):
            let local = ZoneRules(identifier: zone)?.localTime(at: instant) ?? instant.utc
            return local.adding(seconds: 86_400)
        }
    }

    static func rebuild(_ wallClock: CivilDateTime, like start: EventTime) -> EventTime {
        switch start {
        case .date: return .date(wallClock.date)
        case .zoned(_, let zone): return .zoned(wallClock, zone: zone)
        case .utc: return .utc(wallClock)
        }
    }

    /// An RDATE or EXDATE restated in DTSTART's kind and zone; nil when its zone is unknown.
    static func aligned(_ time: EventTime, to start: EventTime) -> EventTime? {
        switch (start, time) {
        case (.date, _):
            return .date(time.localDate)
        case (.zoned(let startClock, _), .date(let date)), (.utc(let startClock), .date(let date)):
            return rebuild(CivilDateTime(date: date, time: startClock.time), like: start)
        case (.zoned(_, let zone), _):
            if case .zoned(_, zone) = time { return time }
            guard let rules = ZoneRules(identifier: zone), let moment = instant(of: time) else { return nil }
            return .zoned(rules.localTime(at: moment), zone: zone)
        case (.utc, _):
            return instant(of: time).map { .utc($0.utc) }
        }
    }
}
