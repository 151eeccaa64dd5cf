import CivilTime

/// The day a yearly rule starts from, before any weekend shift or offset.
enum DateAnchor: Hashable, Sendable {
    case fixed(month: Int, day: Int)
    case easter(offset: Int)
    /// `nth` 1...4 counts from the start of the month, -1...-4 from its end (-1 is the last).
    case nthWeekday(nth: Int, weekday: Weekday, month: Int)
    /// The last `weekday` strictly before month-day, as in "the Monday before 25 May".
    case weekdayBefore(weekday: Weekday, month: Int, day: Int)

    func date(in year: Int) -> CivilDate {
        switch self {
        case let .fixed(month, day):
            return CivilDate(year: year, month: month, day: day)!
        case let .easter(offset):
            return Easter.sunday(in: year).adding(days: offset)
        case let .nthWeekday(nth, weekday, month):
            if nth > 0 {
                let first = CivilDate(year: year, month: month, day: 1)!
                return first.adding(days: DateAnchor.daysForward(from: first.weekday, to: weekday) + 7 * (nth - 1))
            }
            let last = CivilDate(year: year, month: month, day: CivilDate.daysInMonth(year: year, month: month))!
            return last.adding(days: -DateAnchor.daysForward(from: weekday, to: last.weekday) - 7 * (-nth - 1))
        case let .weekdayBefore(weekday, month, day):
            let dayBefore = CivilDate(year: year, month: month, day: day)!.adding(days: -1)
            return dayBefore.adding(days: -DateAnchor.daysForward(from: weekday, to: dayBefore.weekday))
        }
    }

    private static func daysForward(from start: Weekday, to end: Weekday) -> Int {
        (end.rawValue - start.rawValue + 7) % 7
    }
}
