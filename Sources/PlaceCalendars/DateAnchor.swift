import CivilTime

/// The day a yearly rule starts from, before any weekend shift or offset.
enum DateAnchor: Hashable, Sendable {
    case fixed(MonthDay)
    case easter(offset: Int)
    /// `nth` 1...4 counts from the start of the month, -1...-4 from its end (-1 is the last).
    case nthWeekday(nth: Int, weekday: Weekday, month: Int)
    /// The last `weekday` strictly before a day, as in "the Monday before 25 May".
    case weekdayBefore(weekday: Weekday, MonthDay)
    /// A day of the Islamic calendar (`month` 1–12, `day` 1–30), by the tabular calendar
    /// (`TabularHijri`): an estimate of a day fixed by the sighting of the moon.
    case hijri(month: Int, day: Int)

    /// The anchor's days in `year`, earliest first, one at a time (a year of holidays is a hot
    /// path): one for every kind but `.hijri`, which falls once or, in about one year in 33,
    /// twice; each with its Hijri year when it has one.
    func forEachDay(in year: Int, _ body: (CivilDate, Int?) -> Void) {
        switch self {
        case let .fixed(day):
            body(day.date(in: year), nil)
        case let .easter(offset):
            body(Easter.sunday(in: year).adding(days: offset), nil)
        case let .nthWeekday(nth, weekday, month):
            if nth > 0 {
                let first = CivilDate(year: year, month: month, day: 1)!
                body(first.adding(days: DateAnchor.daysForward(from: first.weekday, to: weekday) + 7 * (nth - 1)), nil)
            } else {
                let last = CivilDate(year: year, month: month, day: CivilDate.daysInMonth(year: year, month: month))!
                body(last.adding(days: -DateAnchor.daysForward(from: weekday, to: last.weekday) - 7 * (-nth - 1)), nil)
            }
        case let .weekdayBefore(weekday, day):
            let dayBefore = day.date(in: year).adding(days: -1)
            body(dayBefore.adding(days: -DateAnchor.daysForward(from: weekday, to: dayBefore.weekday)), nil)
        case let .hijri(month, day):
            for occurrence in TabularHijri.occurrences(month: month, day: day, inGregorianYear: year) {
                body(occurrence.date, occurrence.hijriYear)
            }
        }
    }

    private static func daysForward(from start: Weekday, to end: Weekday) -> Int {
        (end.rawValue - start.rawValue + 7) % 7
    }
}
