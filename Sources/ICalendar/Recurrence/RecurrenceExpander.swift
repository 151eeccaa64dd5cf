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
        try expansion(of: event, from: from, through: through, limit: limit).starts
    }

    /// What `occurrences` returns, and whether the rule's walk gave up before reaching
    /// `through` (a rule generating more than 500,000 instances before the range or in it,
    /// such as `FREQ=SECONDLY` from years back): then instances are missing at the end.
    public struct Expansion: Sendable, Hashable {
        public var starts: [EventTime]
        /// The RRULE was still generating instances when the walk stopped.
        public var stoppedEarly: Bool
        /// Instances libical generated (the work done), at most `maximumSteps`.
        public var steps: Int
        /// Of those, the ones not returned: before the range, or past the rule's first instance
        /// check (the work spent on nothing).
        public var stepsOutsideRange: Int
        /// Instances a rule may generate, by default, before the walk stops.
        public static var maximumSteps: Int { RuleIterator.maximumSteps }
    }

    /// `maximumSteps` bounds the instances libical generates, in range or not (a rule with
    /// COUNT, or shorter than a day, is walked from DTSTART).
    public static func expansion(
        of event: Event, from: Instant? = nil, through: Instant, limit: Int, maximumSteps: Int = Expansion.maximumSteps
    ) throws(ICalendarError) -> Expansion {
        try Libical.exclusive { () throws(ICalendarError) -> Expansion in
            do throws(ICalendarError) {
                let rule = try event.recurrenceRule.map { text throws(ICalendarError) in try RecurrenceRule(text) }
                try rule?.checkExpandable(from: event.start)
                return try expand(event, rule: rule, from: from, through: through, limit: limit, maximumSteps: maximumSteps)
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
        _ event: Event, rule: RecurrenceRule?, from: Instant?, through: Instant, limit: Int,
        maximumSteps: Int = Expansion.maximumSteps
    ) throws(ICalendarError) -> Expansion {
        guard limit > 0 else { return Expansion(starts: [], stoppedEarly: false, steps: 0, stepsOutsideRange: 0) }
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
        var stoppedEarly = false
        var steps = 0
        var stepsOutsideRange = 0
        if let rule {
            let startClock = RuleIterator.wallClock(of: start)
            let firstWalk = RuleIterator.walk(of: rule, start: start, through: nil, limit: 1, maximumSteps: maximumSteps)
            let first = firstWalk.instances.first
            steps = firstWalk.steps
            // DTSTART counts as the first instance even when the rule does not generate it.
            let maximumGenerated = first == startClock ? nil : rule.count.map { max($0 - 1, 0) }
            let walk = RuleIterator.walk(
                of: rule, start: start,
                isBeforeRange: { clock in
                    guard let lower, let position = position(of: rebuild(clock, like: start)) else { return false }
                    return position < lower
                },
                through: wallClockBound(through, like: start),
                limit: limit + event.exceptionDates.count + 1,
                maximumGenerated: maximumGenerated,
                skippingTo: lower.map { _ in wallClockSkip(from!, like: start) },
                maximumSteps: maximumSteps - steps
            )
            candidates += walk.instances.map { rebuild($0, like: start) }
            stoppedEarly = walk.exhausted || firstWalk.exhausted
            steps += walk.steps
            stepsOutsideRange = steps - walk.instances.count
        }
        candidates += event.recurrenceDates.compactMap { aligned($0, to: start) }
        let excluded = Set(event.exceptionDates.compactMap { aligned($0, to: start) })

        // Thousands of instances per series: no set of every instance (equal times have equal
        // positions, so duplicates are found among neighbours once sorted).
        var kept: [(position: Position, time: EventTime)] = []
        kept.reserveCapacity(candidates.count)
        for time in candidates where excluded.isEmpty || !excluded.contains(time) {
            guard let position = position(of: time), inRange(position) else { continue }
            kept.append((position, time))
        }
        kept.sort { $0.position < $1.position }
        var starts: [EventTime] = []
        starts.reserveCapacity(min(kept.count, limit))
        var group = kept.startIndex
        for index in kept.indices where starts.count < limit {
            if index > kept.startIndex, kept[index].position != kept[index - 1].position { group = index }
            if kept[group..<index].contains(where: { $0.time == kept[index].time }) { continue }
            starts.append(kept[index].time)
        }
        return Expansion(
            starts: starts, stoppedEarly: stoppedEarly, steps: steps,
            stepsOutsideRange: stepsOutsideRange)
    }

    /// A wall clock safely before `instant` (two days early, whatever the zone and DST) from
    /// which the iterator may start instead of DTSTART.
    private static func wallClockSkip(_ instant: Instant, like start: EventTime) -> CivilDateTime {
        let local: CivilDateTime
        switch start {
        case .date, .utc: local = instant.utc
        case .zoned(_, let zone): local = ZoneRules(identifier: zone)?.localTime(at: instant) ?? instant.utc
        }
        return CivilDateTime(date: local.date.adding(days: -2), time: .midnight)
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
