import Bilingual
import CivilTime

/// One occurrence of a holiday in a given year; multi-day festivities span `date...lastDate`.
public struct Holiday: Hashable, Sendable {
    /// The jurisdiction whose file defines the holiday (an included one, such as `BE` for `BE-WAL`).
    public let jurisdiction: String
    public let id: String
    /// The first day.
    public let date: CivilDate
    /// The last day, inclusive; equal to `date` for a one-day holiday.
    public let lastDate: CivilDate
    public let name: LocalizedText
    public let category: HolidayCategory
    /// Only one of a group of such holidays is given, at the employer's choice
    /// (Québec: Good Friday or Easter Monday).
    public let employerChoice: Bool
    /// The date is an estimate (an Islamic holiday by the tabular calendar, before the sighting of
    /// the moon fixes it): shown as such, and it may move by a day.
    public let estimated: Bool
    /// Tells this occurrence from the entry's others, and stays the same when an estimated date
    /// is corrected: the year (`2025`), or the Hijri year of an Islamic holiday (`AH1446`).
    public let occurrenceKey: String

    public init(
        jurisdiction: String, id: String, date: CivilDate, lastDate: CivilDate? = nil,
        name: LocalizedText, category: HolidayCategory, employerChoice: Bool = false,
        estimated: Bool = false, occurrenceKey: String? = nil
    ) {
        self.jurisdiction = jurisdiction
        self.id = id
        self.date = date
        self.lastDate = max(lastDate ?? date, date)
        self.name = name
        self.category = category
        self.employerChoice = employerChoice
        self.estimated = estimated
        self.occurrenceKey = occurrenceKey ?? String(date.year)
    }

    public var dayCount: Int { date.days(until: lastDate) + 1 }

    public func contains(_ day: CivilDate) -> Bool {
        date <= day && day <= lastDate
    }

    public func overlaps(_ range: ClosedRange<CivilDate>) -> Bool {
        date <= range.upperBound && range.lowerBound <= lastDate
    }
}
