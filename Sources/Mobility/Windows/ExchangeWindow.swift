import Bilingual
import CivilTime
import PlanModel

/// When a person of one institution can be at the other, for one type of stay and one academic
/// year: the host's dates, what the stay overlaps at home, and the deadlines that lead to it.
public struct ExchangeWindow: Hashable, Sendable {
    public var planID: String
    public var programmeID: String
    public var fromID: String
    public var toID: String
    public var type: MobilityType
    /// The host's academic year, such as `2025/2026`.
    public var year: String
    /// The host terms the window covers (`1/3`); empty for a window over the whole year.
    public var termIDs: [String]
    /// The host period the window is (staff teaching: the term's classes), if any.
    public var periodID: String?
    public var name: LocalizedText
    /// First and last day at the host (inclusive).
    public var start: CivilDate
    public var end: CivilDate
    /// A date of the host calendar behind it is an estimate.
    public var estimated: Bool
    /// How long a stay inside the window may last (KA171): the whole window for a term or a
    /// year, 5-30 days for a doctoral stay, 5-60 days plus travel for staff.
    public var stayDays: ClosedRange<Int>
    /// The stay fills the window (terms and years) rather than fitting anywhere inside it.
    public var fixed: Bool
    /// Home exam sessions, study periods and resits the window overlaps.
    public var homeOverlaps: [HomeOverlap]
    /// Home terms the window overlaps.
    public var homeTerms: [HomeOverlap]
    /// In date order.
    public var deadlines: [MobilityDeadline]
    /// For a stay that fits inside the window: the stretches free of home exam sessions and of
    /// host breaks, at least as long as the shortest stay.
    public var clearSpans: [DateRange]
    public var languages: [LanguageRequirement]
    /// Things to know: a permit lead time longer than the application allows, a stay outside
    /// the KA171 bounds, a permit to ask for before a flexible stay.
    public var notes: [LocalizedText]

    public var dates: DateRange { DateRange(first: start, last: end) }

    public var dayCount: Int { start.days(until: end) + 1 }

    /// Unique within the programme and direction: `2025/2026/student-semester/1-3`.
    public var key: String {
        let part = periodID ?? (termIDs.isEmpty ? "year" : termIDs.joined(separator: "+"))
        return "\(year)/\(type.rawValue)/\(part.replacingOccurrences(of: "/", with: "-"))"
    }
}
