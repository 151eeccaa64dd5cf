import CivilTime

/// How an activity repeats: every N years, months or weeks, a number of times or until a date.
public struct Repetition: Hashable, Sendable {
    public enum Unit: String, Sendable, CaseIterable {
        case year, month, week

        package var icalFrequency: String {
            switch self {
            case .year: return "YEARLY"
            case .month: return "MONTHLY"
            case .week: return "WEEKLY"
            }
        }
    }

    public var unit: Unit
    public var interval: Int
    public var count: Int?
    public var until: CivilDate?
    /// Occurrence dates left out.
    public var exceptions: [CivilDate]

    package init(unit: Unit, interval: Int, count: Int? = nil, until: CivilDate? = nil, exceptions: [CivilDate]) {
        self.unit = unit
        self.interval = interval
        self.count = count
        self.until = until
        self.exceptions = exceptions
    }

    /// Start dates of the occurrences, skipping dates the calendar lacks (31 in short months,
    /// 29 February in common years) as RFC 5545 does.
    public func occurrenceDates(from start: CivilDate, limit: Int = PlanLimits.maximumOccurrences) -> [CivilDate] {
        var dates: [CivilDate] = []
        var step = 0
        while dates.count < limit, step < limit * 4 {
            defer { step += 1 }
            let candidate: CivilDate?
            switch unit {
            case .week:
                candidate = start.adding(days: 7 * interval * step)
            case .month:
                let monthIndex = start.year * 12 + (start.month - 1) + interval * step
                candidate = CivilDate(year: monthIndex / 12, month: monthIndex % 12 + 1, day: start.day)
            case .year:
                candidate = CivilDate(year: start.year + interval * step, month: start.month, day: start.day)
            }
            guard let candidate else { continue }
            if let until, candidate > until { break }
            dates.append(candidate)
            if let count, dates.count >= count { break }
        }
        return dates.filter { !exceptions.contains($0) }
    }
}
