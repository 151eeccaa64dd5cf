import Bilingual
import CivilTime
import PlaceCalendars

/// Holidays and blackouts of every jurisdiction the workspace touches, indexed by day.
struct PlaceCalendarIndex: Sendable {
    struct DayEntry: Hashable, Sendable {
        var id: String
        var name: LocalizedText
        var first: CivilDate
        var last: CivilDate
    }

    private(set) var holidays: [String: [Int: [DayEntry]]] = [:]
    private(set) var blackouts: [String: [(kind: BlackoutKind, entry: DayEntry)]] = [:]
    init() {}

    /// Every code of `jurisdictions` must be one of `holidayCatalog.jurisdictions`.
    init(holidayCatalog: HolidayCatalog, blackoutCatalog: BlackoutCatalog, jurisdictions: Set<String>, years: ClosedRange<Int>) throws {
        let range = CivilDate(year: years.lowerBound, month: 1, day: 1)!...CivilDate(year: years.upperBound, month: 12, day: 31)!
        for code in jurisdictions.sorted() {
            var days: [Int: [DayEntry]] = [:]
            for holiday in try holidayCatalog.holidays(in: code, overlapping: range) {
                let entry = DayEntry(id: holiday.id, name: holiday.name, first: holiday.date, last: holiday.lastDate)
                for day in holiday.date.daysSinceEpoch...holiday.lastDate.daysSinceEpoch { days[day, default: []].append(entry) }
            }
            holidays[code] = days
            if blackoutCatalog.jurisdictions.contains(code) {
                blackouts[code] = try blackoutCatalog.blackouts(in: code, overlapping: range).map { blackout in
                    (
                        blackout.kind,
                        DayEntry(
                            id: Self.occurrenceID(blackout.id, year: blackout.start.year), name: blackout.name,
                            first: blackout.start, last: blackout.end)
                    )
                }
            }
        }
    }

    /// Adds days off read from an `.ics` file, under `key` (its path): they count as holidays.
    mutating func addDaysOff(_ entries: [DayEntry], under key: String) {
        var days = holidays[key] ?? [:]
        for entry in entries {
            for day in entry.first.daysSinceEpoch...entry.last.daysSinceEpoch { days[day, default: []].append(entry) }
        }
        holidays[key] = days
    }

    func holidays(in code: String, on day: CivilDate) -> [DayEntry] {
        holidays[code]?[day.daysSinceEpoch] ?? []
    }

    func holiday(named id: String, in code: String, year: Int) -> DayEntry? {
        holidays[code]?.values.lazy.flatMap { $0 }.first { $0.id == id && $0.first.year == year }
    }

    /// `construction-holiday-2025`; an id that already ends with its year keeps it once
    /// (`municipal-elections-2026`, not `municipal-elections-2026-2026`).
    static func occurrenceID(_ id: String, year: Int) -> String {
        id.hasSuffix("-\(year)") || id == String(year) ? id : "\(id)-\(year)"
    }
}
