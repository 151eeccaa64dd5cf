import Bilingual
import CivilTime

/// A dated part of an academic year: classes, a study period, an exam or resit session, a break.
/// Periods may overlap (a reading week inside the classes of a term).
public struct AcademicPeriod: Hashable, Sendable {
    /// Unique within its year, such as `exams-january`.
    public let id: String
    public let kind: AcademicPeriodKind
    public let name: LocalizedText
    /// First day, inclusive.
    public let start: CivilDate
    /// Last day, inclusive.
    public let end: CivilDate
    public let startEstimated: Bool
    public let endEstimated: Bool
    /// The academic year, such as `2025/2026`.
    public let year: String
    /// The term the period belongs to (`1/3`); nil for a period between or across terms.
    public let termID: String?

    public init(
        id: String, kind: AcademicPeriodKind, name: LocalizedText, start: CivilDate, end: CivilDate,
        startEstimated: Bool = false, endEstimated: Bool = false, year: String, termID: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.start = start
        self.end = max(start, end)
        self.startEstimated = startEstimated
        self.endEstimated = endEstimated
        self.year = year
        self.termID = termID
    }

    /// Either date is estimated.
    public var estimated: Bool { startEstimated || endEstimated }

    public var dates: ClosedRange<CivilDate> { start...end }

    public var dayCount: Int { start.days(until: end) + 1 }

    public func contains(_ day: CivilDate) -> Bool { dates.contains(day) }

    public func overlaps(_ range: ClosedRange<CivilDate>) -> Bool { dates.overlaps(range) }
}
