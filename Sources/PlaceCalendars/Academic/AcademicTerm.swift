import Bilingual
import CivilTime

/// One term of an academic year, numbered as Erasmus Without Paper does: `1/2` is the first of
/// two semesters, `3/3` the third of three terms.
public struct AcademicTerm: Hashable, Sendable {
    /// `number/count`, such as `1/3`.
    public let id: String
    public let number: Int
    public let count: Int
    /// The academic year, such as `2025/2026`.
    public let year: String
    public let name: LocalizedText
    /// First day, inclusive.
    public let start: CivilDate
    /// Last day, inclusive.
    public let end: CivilDate
    /// The first day was not taken from an official calendar.
    public let startEstimated: Bool
    /// The last day was not taken from an official calendar.
    public let endEstimated: Bool

    public init(
        number: Int, count: Int, year: String, name: LocalizedText, start: CivilDate, end: CivilDate,
        startEstimated: Bool = false, endEstimated: Bool = false
    ) {
        self.id = "\(number)/\(count)"
        self.number = number
        self.count = count
        self.year = year
        self.name = name
        self.start = start
        self.end = max(start, end)
        self.startEstimated = startEstimated
        self.endEstimated = endEstimated
    }

    /// Either date is estimated.
    public var estimated: Bool { startEstimated || endEstimated }

    public var dates: ClosedRange<CivilDate> { start...end }

    public var dayCount: Int { start.days(until: end) + 1 }

    public func contains(_ day: CivilDate) -> Bool { dates.contains(day) }

    public func overlaps(_ range: ClosedRange<CivilDate>) -> Bool { dates.overlaps(range) }
}
