import Bilingual
import CivilTime
import Foundation

/// The holiday rules of every jurisdiction, read from `calendars/holidays/*.yaml`.
public struct HolidayCatalog: Sendable {
    public static let supportedYears = 1583...9998

    private let rules: JurisdictionSet<HolidayRule>

    /// Loads every `.yaml` file of the folder (one per jurisdiction); a `SourceError` lists the
    /// mistakes of every file, each with its `file:line:column` and fix.
    public init(directory: URL) throws {
        try self.init(sources: CalendarSource.folder(directory, holding: .jurisdiction))
    }

    /// Loads the given files, one jurisdiction each; a `SourceError` lists the mistakes of every file.
    public init(sources: [CalendarSource]) throws {
        rules = try JurisdictionSet(sources: sources)
    }

    /// Jurisdiction codes, sorted (`BE`, `BE-FWB`, …, `FR-57`).
    public var jurisdictions: [String] { rules.entries.keys.sorted() }

    public func name(of jurisdiction: String) -> LocalizedText? { rules.names[jurisdiction] }

    /// The holidays of `year` in a jurisdiction, its included ones among them, sorted by date: those
    /// whose rule's anchor day falls in `year` (an Islamic holiday may fall twice in one year).
    public func holidays(in jurisdiction: String, year: Int) throws -> [Holiday] {
        guard HolidayCatalog.supportedYears.contains(year) else {
            throw CalendarLookupError.yearOutOfRange(year, supported: HolidayCatalog.supportedYears)
        }
        let entries = try rules.entries(of: jurisdiction)
        var holidays: [Holiday] = []
        holidays.reserveCapacity(entries.count)
        for scoped in entries {
            let rule = scoped.entry
            rule.rule.forEachOccurrence(in: year) { occurrence in
                holidays.append(
                    Holiday(
                        jurisdiction: scoped.jurisdiction, id: rule.id, date: occurrence.span.lowerBound,
                        lastDate: occurrence.span.upperBound, name: rule.name, category: rule.category,
                        employerChoice: rule.employerChoice, estimated: occurrence.estimated, occurrenceKey: occurrence.key))
            }
        }
        holidays.sort { ($0.date, $0.jurisdiction, $0.id) < ($1.date, $1.jurisdiction, $1.id) }
        return holidays
    }

    /// The holidays that touch any day of `range`, sorted by date.
    public func holidays(in jurisdiction: String, overlapping range: ClosedRange<CivilDate>) throws -> [Holiday] {
        let first = max(range.lowerBound.year - 1, HolidayCatalog.supportedYears.lowerBound)
        let last = min(range.upperBound.year, HolidayCatalog.supportedYears.upperBound)
        guard first <= last else { return [] }
        return try (first...last).flatMap { try holidays(in: jurisdiction, year: $0) }.filter { $0.overlaps(range) }
    }
}
