/// A day of the year with no year, the same in every year: `06-24` is 24 June. Written `MM-DD`
/// or `--MM-DD` as XML Schema's gMonthDay (and Erasmus Without Paper factsheets) write it.
///
/// 29 February is not a `MonthDay`: it does not exist every year, and a yearly date that moves
/// to another day in three years out of four is a mistake waiting to happen.
public struct MonthDay: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let month: Int
    public let day: Int

    /// Nil for a day missing from some years: an impossible day (`--02-30`, `--13-01`) or 29 February.
    public init?(month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CivilDate.daysInMonth(year: 2001, month: month) else { return nil }
        self.month = month
        self.day = day
    }

    /// Parses `MM-DD` or `--MM-DD`, two digits each; nil when the text is not that or the day is
    /// not in every year.
    public init?(iso text: some StringProtocol) {
        guard let (month, day) = MonthDay.digits(text) else { return nil }
        self.init(month: month, day: day)
    }

    /// Whether `text` is 29 February written `MM-DD` or `--MM-DD`, to say why it is refused.
    public static func isFebruary29(_ text: some StringProtocol) -> Bool {
        digits(text).map { $0 == (2, 29) } ?? false
    }

    /// This day in `year`.
    public func date(in year: Int) -> CivilDate {
        CivilDate(year: year, month: month, day: day)!
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

    private static func digits(_ text: some StringProtocol) -> (Int, Int)? {
        var rest = Substring(text)
        if rest.hasPrefix("--") { rest = rest.dropFirst(2) }
        let parts = rest.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let month = Int(parts[0]), let day = Int(parts[1])
        else { return nil }
        return (month, day)
    }
}
