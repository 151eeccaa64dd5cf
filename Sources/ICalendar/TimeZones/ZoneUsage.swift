import CLibical
import CivilTime

/// The zones a calendar's events use and the years each must cover.
struct ZoneUsage {
    struct Span {
        var firstYear: Int
        /// Nil when a series never ends.
        var lastYear: Int?
    }

    /// Past this many instances, a COUNT series is treated as endless rather than expanded.
    static let largestExpandedCount = 5_000

    private(set) var spans: [String: Span] = [:]

    /// Lock held.
    mutating func record(_ event: Event, rule: RecurrenceRule?) {
        let times =
            [event.start] + [event.end, event.recurrenceID].compactMap { $0 }
            + event.exceptionDates + event.recurrenceDates
        var years = times.map(\.localDate.year)
        var endless = false
        if let rule {
            if let until = rule.until, let untilClock = LibicalTime.civil(until) {
                years.append(untilClock.adding(seconds: Self.duration(of: event)).date.year)
            } else if let count = rule.count, count <= Self.largestExpandedCount,
                let last = rule.lastCountedInstance(from: RuleIterator.wallClock(of: event.start))
                    ?? Self.walkedLastInstance(of: rule, start: event.start, count: count)
            {
                years.append(last.adding(seconds: Self.duration(of: event)).date.year)
            } else {
                endless = true
            }
        }
        for zone in Set(times.compactMap(\.zone)) {
            let first = years.min()!, last = years.max()!
            var span = spans[zone] ?? Span(firstYear: first, lastYear: last)
            span.firstYear = min(span.firstYear, first)
            if endless {
                span.lastYear = nil
            } else if let current = span.lastYear {
                span.lastYear = max(current, last)
            }
            spans[zone] = span
        }
    }

    var sortedZones: [String] { spans.keys.sorted() }

    /// The `count`-th instance, nil when the rule stops before it.
    private static func walkedLastInstance(of rule: RecurrenceRule, start: EventTime, count: Int) -> CivilDateTime? {
        let instances = RuleIterator.instances(of: rule, start: start, through: nil, limit: count)
        return instances.count == count ? instances.last : nil
    }

    /// How long each instance lasts, in seconds of wall clock.
    private static func duration(of event: Event) -> Int64 {
        guard let end = event.end,
            let startPosition = RecurrenceExpander.instant(of: event.start),
            let endPosition = RecurrenceExpander.instant(of: end)
        else { return 0 }
        return max(0, endPosition.secondsSinceEpoch - startPosition.secondsSinceEpoch)
    }
}
