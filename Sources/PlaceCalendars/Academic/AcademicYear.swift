import CivilTime

/// One academic year of an institution, named as Erasmus Without Paper does (`2025/2026`).
public struct AcademicYear: Hashable, Sendable {
    /// `2025/2026`.
    public let name: String
    public let firstDay: CivilDate
    public let lastDay: CivilDate
    public let firstDayEstimated: Bool
    public let lastDayEstimated: Bool
    /// In date order, without overlap.
    public let terms: [AcademicTerm]
    /// Every period of the year, those of its terms and those beside them, sorted by start.
    public let periods: [AcademicPeriod]

    /// Not checked: the catalog checks the files it reads.
    public init(
        name: String, firstDay: CivilDate, lastDay: CivilDate, firstDayEstimated: Bool = false,
        lastDayEstimated: Bool = false, terms: [AcademicTerm], periods: [AcademicPeriod]
    ) {
        self.name = name
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.firstDayEstimated = firstDayEstimated
        self.lastDayEstimated = lastDayEstimated
        self.terms = terms.sorted { $0.start < $1.start }
        self.periods = periods.sorted { ($0.start, $0.end, $0.id) < ($1.start, $1.end, $1.id) }
    }

    /// The calendar year in which the academic year starts: 2025 for `2025/2026`.
    public var startYear: Int { firstDay.year }

    public var dates: ClosedRange<CivilDate> { firstDay...lastDay }

    public func contains(_ day: CivilDate) -> Bool { dates.contains(day) }

    public func term(id: String) -> AcademicTerm? { terms.first { $0.id == id } }

    /// The term in session on that day; nil between terms.
    public func term(containing day: CivilDate) -> AcademicTerm? { terms.first { $0.contains(day) } }

    /// Terms that touch any day of `range`.
    public func terms(overlapping range: ClosedRange<CivilDate>) -> [AcademicTerm] {
        terms.filter { $0.overlaps(range) }
    }

    /// Periods that touch any day of `range`, sorted by start.
    public func periods(overlapping range: ClosedRange<CivilDate>) -> [AcademicPeriod] {
        periods.filter { $0.overlaps(range) }
    }

    /// The periods of one term (`1/3`), sorted by start.
    public func periods(ofTerm termID: String) -> [AcademicPeriod] {
        periods.filter { $0.termID == termID }
    }

    public func periods(of kind: AcademicPeriodKind) -> [AcademicPeriod] {
        periods.filter { $0.kind == kind }
    }
}
