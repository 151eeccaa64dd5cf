import CivilTime

/// Common working windows of several zones, day by day, and the periods when the offsets
/// between them differ from the usual one (the 5-hour weeks between Québec and Namur).
public struct ZoneOverlap: Sendable {
    public struct Window: Hashable, Sendable {
        public var start: Instant
        public var end: Instant
        /// The window's start and end in each zone, in the order the zones were given.
        public var local: [(zone: String, start: CivilDateTime, end: CivilDateTime)] {
            zones.map { ($0.identifier, $0.localTime(at: start), $0.localTime(at: end)) }
        }
        let zones: [ZoneRules]

        public static func == (lhs: Window, rhs: Window) -> Bool { lhs.start == rhs.start && lhs.end == rhs.end }
        public func hash(into hasher: inout Hasher) {
            hasher.combine(start)
            hasher.combine(end)
        }
    }

    public struct Day: Hashable, Sendable {
        /// A working day in the first zone.
        public var date: CivilDate
        public var windows: [Window]
        /// Offset of each zone from the first, in seconds, at noon in the first zone.
        public var offsetsFromFirst: [Int]
        public var isUnusual: Bool
    }

    /// A stretch when the offsets differ from the usual ones. Its dates are those of the
    /// transitions that open and close it, each in the zone that changes its clocks.
    public struct UnusualPeriod: Hashable, Sendable {
        public var from: CivilDate
        public var to: CivilDate
        public var start: Instant
        public var end: Instant
        public var offsetsFromFirst: [Int]
    }

    public let zones: [ZoneRules]
    public let hours: WorkingHours
    public let usualOffsetsFromFirst: [Int]
    public let days: [Day]
    public let unusualPeriods: [UnusualPeriod]

    public init(zones: [ZoneRules], hours: WorkingHours = .office, from: CivilDate, to: CivilDate, weekdaysOnly: Bool = true) {
        precondition(!zones.isEmpty)
        self.zones = zones
        self.hours = hours
        let reference = zones[0]
        let usual = Self.usualOffsets(zones: zones, year: from.year)
        usualOffsetsFromFirst = usual
        var days: [Day] = []
        var date = from
        while date <= to {
            defer { date = date.adding(days: 1) }
            if weekdaysOnly, date.weekday >= .saturday { continue }
            let noon = reference.instant(of: CivilDateTime(date: date, time: TimeOfDay(hour: 12, minute: 0)!))
            let offsets = Self.offsets(zones: zones, at: noon)
            days.append(
                Day(
                    date: date, windows: Self.windows(zones: zones, hours: hours, date: date),
                    offsetsFromFirst: offsets, isUnusual: offsets != usual))
        }
        self.days = days
        unusualPeriods = Self.periods(zones: zones, usual: usual, from: from, to: to)
    }

    static func offsets(zones: [ZoneRules], at instant: Instant) -> [Int] {
        let first = zones[0].offset(at: instant)
        return zones.map { $0.offset(at: instant) - first }
    }

    /// The offsets in force for most of the year.
    static func usualOffsets(zones: [ZoneRules], year: Int) -> [Int] {
        var counts: [[Int]: Int] = [:]
        var date = CivilDate(year: year, month: 1, day: 1)!
        while date.year == year {
            counts[offsets(zones: zones, at: Instant(utc: CivilDateTime(date: date, time: TimeOfDay(hour: 12, minute: 0)!))), default: 0] +=
                1
            date = date.adding(days: 1)
        }
        return counts.max { ($0.value, $1.key.description) < ($1.value, $0.key.description) }!.key
    }

    /// The intersection of everyone's working hours on that date, as seen from the first zone;
    /// other zones' neighbouring dates count too, so far-apart zones still meet.
    static func windows(zones: [ZoneRules], hours: WorkingHours, date: CivilDate) -> [Window] {
        func interval(_ zone: ZoneRules, _ day: CivilDate) -> (Instant, Instant) {
            (zone.instant(of: CivilDateTime(date: day, time: hours.start)), zone.instant(of: CivilDateTime(date: day, time: hours.end)))
        }
        var current = [interval(zones[0], date)]
        for zone in zones.dropFirst() {
            let theirs = [-1, 0, 1].map { interval(zone, date.adding(days: $0)) }
            current = current.flatMap { mine in
                theirs.compactMap { other -> (Instant, Instant)? in
                    let start = max(mine.0, other.0), end = min(mine.1, other.1)
                    return start < end ? (start, end) : nil
                }
            }
        }
        return current.sorted { $0.0 < $1.0 }.map { Window(start: $0.0, end: $0.1, zones: zones) }
    }

    /// Walks the clock changes of every zone between the dates and cuts the time line where the
    /// offsets between zones leave or regain their usual values.
    static func periods(zones: [ZoneRules], usual: [Int], from: CivilDate, to: CivilDate) -> [UnusualPeriod] {
        let begin = Instant(utc: CivilDateTime(date: from.adding(days: -1), time: .midnight))
        let finish = Instant(utc: CivilDateTime(date: to.adding(days: 2), time: .midnight))
        var transitions: [(instant: Instant, zone: ZoneRules)] = []
        for zone in zones {
            var hour = begin.secondsSinceEpoch
            var previous = zone.offset(at: begin)
            while hour < finish.secondsSinceEpoch {
                let next = hour + 3600
                let offset = zone.offset(at: Instant(secondsSinceEpoch: next))
                if offset != previous {
                    var low = hour, high = next
                    while high - low > 1 {
                        let middle = (low + high) / 2
                        if zone.offset(at: Instant(secondsSinceEpoch: middle)) == previous { low = middle } else { high = middle }
                    }
                    transitions.append((Instant(secondsSinceEpoch: high), zone))
                    previous = offset
                }
                hour = next
            }
        }
        transitions.sort { $0.instant < $1.instant }
        var periods: [UnusualPeriod] = []
        var open: (instant: Instant, date: CivilDate, offsets: [Int])?
        let initial = offsets(zones: zones, at: begin)
        if initial != usual { open = (begin, from, initial) }
        for transition in transitions {
            let now = offsets(zones: zones, at: transition.instant)
            let localDate = transition.zone.localTime(at: transition.instant).date
            if let current = open, now != current.offsets {
                periods.append(
                    UnusualPeriod(
                        from: current.date, to: localDate, start: current.instant, end: transition.instant,
                        offsetsFromFirst: current.offsets))
                open = nil
            }
            if open == nil, now != usual { open = (transition.instant, localDate, now) }
        }
        if let current = open {
            periods.append(
                UnusualPeriod(from: current.date, to: to, start: current.instant, end: finish, offsetsFromFirst: current.offsets))
        }
        return periods.filter { $0.to >= from && $0.from <= to }
    }
}
