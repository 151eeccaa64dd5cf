import CivilTime

/// The academic years of one institution, in date order.
public struct AcademicCalendar: Hashable, Sendable {
    public let institution: AcademicInstitution
    public let years: [AcademicYear]

    /// Not checked: the catalog checks the files it reads.
    public init(institution: AcademicInstitution, years: [AcademicYear]) {
        self.institution = institution
        self.years = years.sorted { $0.firstDay < $1.firstDay }
    }

    /// The year named `2025/2026` (also accepted: `2025-2026`, `2025-26`).
    public func year(named name: String) -> AcademicYear? {
        let wanted = AcademicCalendar.canonicalYearName(name) ?? name
        return years.first { $0.name == wanted }
    }

    /// The academic year in progress on that day; nil between years or outside the data.
    public func year(containing day: CivilDate) -> AcademicYear? { years.first { $0.contains(day) } }

    /// The term in session on that day; nil between terms or outside the data.
    public func term(containing day: CivilDate) -> AcademicTerm? { year(containing: day)?.term(containing: day) }

    /// Terms of every year that touch any day of `range`, in date order.
    public func terms(overlapping range: ClosedRange<CivilDate>) -> [AcademicTerm] {
        years.flatMap { $0.terms(overlapping: range) }
    }

    /// Periods of every year that touch any day of `range`, sorted by start.
    public func periods(overlapping range: ClosedRange<CivilDate>) -> [AcademicPeriod] {
        years.flatMap { $0.periods(overlapping: range) }
            .sorted { ($0.start, $0.end, $0.id) < ($1.start, $1.end, $1.id) }
    }

    /// `2025/2026` for `2025/2026`, `2025-2026`, `2025-26` or `2025/26`; nil when it is not a year pair.
    public static func canonicalYearName(_ text: String) -> String? {
        let parts = text.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "-" }
        guard parts.count == 2, parts[0].count == 4, parts[0].allSatisfy({ $0.isASCII && $0.isNumber }),
            let first = Int(parts[0]), parts[1].count == 4 || parts[1].count == 2,
            parts[1].allSatisfy({ $0.isASCII && $0.isNumber }), let second = Int(parts[1])
        else { return nil }
        let full = parts[1].count == 4 ? second : (first / 100) * 100 + second + (second < first % 100 ? 100 : 0)
        return "\(first)/\(full)"
    }
}
