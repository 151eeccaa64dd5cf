import Bilingual
import CivilTime
import Foundation

/// Periods to avoid per jurisdiction (collective vacations, school holidays, elections),
/// read from `calendars/blackouts/*.yaml`.
public struct BlackoutCatalog: Sendable {
    private let rules: JurisdictionSet<BlackoutRule>

    /// Loads every `.yaml` file of the folder (one per jurisdiction); a `SourceError` lists the
    /// mistakes of every file, each with its `file:line:column` and fix.
    public init(directory: URL) throws {
        try self.init(sources: CalendarSource.folder(directory, holding: .jurisdiction))
    }

    /// Loads the given files, one jurisdiction each; a `SourceError` lists the mistakes of every file.
    public init(sources: [CalendarSource]) throws {
        rules = try JurisdictionSet(sources: sources)
    }

    public var jurisdictions: [String] { rules.entries.keys.sorted() }

    public func name(of jurisdiction: String) -> LocalizedText? { rules.names[jurisdiction] }

    /// Blackouts that touch any day of `range`, sorted by start. `electionReserveDays`, when given,
    /// replaces every election's own `reserveDays`.
    public func blackouts(
        in jurisdiction: String, overlapping range: ClosedRange<CivilDate>, electionReserveDays: Int? = nil
    ) throws -> [Blackout] {
        let supported = HolidayCatalog.supportedYears
        let years = max(range.lowerBound.year - 1, supported.lowerBound)...min(range.upperBound.year + 1, supported.upperBound)
        return try rules.entries(of: jurisdiction)
            .flatMap { $0.entry.occurrences(jurisdiction: $0.jurisdiction, years: years, reserveOverride: electionReserveDays) }
            .filter { $0.overlaps(range) }
            .sorted { ($0.start, $0.jurisdiction, $0.id) < ($1.start, $1.jurisdiction, $1.id) }
    }

    /// Blackouts that touch any day of `year`.
    public func blackouts(in jurisdiction: String, year: Int, electionReserveDays: Int? = nil) throws -> [Blackout] {
        guard HolidayCatalog.supportedYears.contains(year) else {
            throw CalendarLookupError.yearOutOfRange(year, supported: HolidayCatalog.supportedYears)
        }
        return try blackouts(
            in: jurisdiction,
            overlapping: CivilDate(year: year, month: 1, day: 1)!...CivilDate(year: year, month: 12, day: 31)!,
            electionReserveDays: electionReserveDays)
    }
}
