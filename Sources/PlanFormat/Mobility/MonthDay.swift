import CivilTime

/// A day of the year with no year, written `--MM-DD` as XML Schema's gMonthDay (and Erasmus
/// Without Paper factsheets) write it: `--04-30` is 30 April of any year.
public struct MonthDay: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let month: Int
    public let day: Int

    /// Nil for an impossible day (`--02-30`, `--13-01`); 29 February is allowed.
    public init?(month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CivilDate.daysInMonth(year: 2000, month: month) else { return nil }
        self.month = month
        self.day = day
    }

    /// Parses `--MM-DD` (also accepted: `MM-DD`).
    public init?(iso text: some StringProtocol) {
        var rest = Substring(text)
        if rest.hasPrefix("--") { rest = rest.dropFirst(2) }
        let parts = rest.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let month = Int(parts[0]), let day = Int(parts[1]) else { return nil }
        self.init(month: month, day: day)
    }

    /// This day in `year`; 29 February becomes 28 February in common years.
    public func date(in year: Int) -> CivilDate {
        CivilDate(year: year, month: month, day: day) ?? CivilDate(year: year, month: month, day: day - 1)!
    }

    /// The last date with this month and day strictly before `date`.
    public func last(before date: CivilDate) -> CivilDate {
        let sameYear = self.date(in: date.year)
        return sameYear < date ? sameYear : self.date(in: date.year - 1)
    }

    /// `--MM-DD`.
    public var description: String {
        "--" + (month < 10 ? "0" : "") + String(month) + "-" + (day < 10 ? "0" : "") + String(day)
    }

    public static func < (lhs: MonthDay, rhs: MonthDay) -> Bool { (lhs.month, lhs.day) < (rhs.month, rhs.day) }
}
