import Bilingual
import CivilTime
import YAMLReading

/// A season of a programme outside academia (`periods:`): when its stays may take place, and
/// the deadlines that lead to them. It comes back every year (`from: --05-01, to: --08-31`),
/// has dates of its own (`dates: {from: 2026-06-01, to: 2026-08-31}`), or is the whole year
/// (neither: only deadlines, such as "apply by 31 October for any stay of the next year").
public struct MobilityPeriod: Hashable, Sendable, Identifiable {
    public enum Span: Hashable, Sendable {
        /// Every year, from one day to another; `to` before `from` ends in the next year.
        case yearly(from: MonthDay, to: MonthDay)
        /// Once: the year it starts in is its year.
        case dated(DateRange)
        /// Any time of the year.
        case wholeYear
    }

    public var id: String
    public var name: LocalizedText
    public var span: Span
    /// The stays it is for; empty: every stay the direction offers.
    public var types: [MobilityType]
    /// The home side puts forward its candidates by this day.
    public var nomination: DeadlineDay?
    /// Candidates apply by this day.
    public var application: DeadlineDay?
    /// Its dates or deadlines are working values, not published ones.
    public var estimated: Bool
    public var location: SourceLocation

    public init(
        id: String, name: LocalizedText, span: Span, types: [MobilityType], nomination: DeadlineDay?,
        application: DeadlineDay?, estimated: Bool, location: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.span = span
        self.types = types
        self.nomination = nomination
        self.application = application
        self.estimated = estimated
        self.location = location
    }

    public func applies(to type: MobilityType) -> Bool { types.isEmpty || types.contains(type) }

    /// Its first and last day in `year` (a yearly period crossing the new year ends in the next
    /// one); nil for a dated period of another year.
    public func dates(in year: Int) -> DateRange? {
        switch span {
        case .yearly(let from, let to):
            let first = from.date(in: year)
            return DateRange(first: first, last: to < from ? to.date(in: year + 1) : to.date(in: year))
        case .dated(let range):
            return range.first.year == year ? range : nil
        case .wholeYear:
            return DateRange(first: CivilDate(year: year, month: 1, day: 1)!, last: CivilDate(year: year, month: 12, day: 31)!)
        }
    }

    /// The fewest days it can last in a year (28 February for a yearly period over a leap day).
    public var shortestDays: Int {
        switch span {
        case .yearly:
            return [2025, 2027, 2028].compactMap { dates(in: $0)?.dayCount }.min() ?? 0
        case .dated(let range):
            return range.dayCount
        case .wholeYear:
            return 365
        }
    }
}
