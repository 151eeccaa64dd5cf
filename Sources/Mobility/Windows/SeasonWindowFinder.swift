import Bilingual
import CivilTime
import PlanModel

/// Computes the windows of one direction of a programme outside academia (youth mobility, staff
/// exchanges between local governments): no academic calendar, the programme's seasons instead.
///
/// For each year and each stay the direction offers, one window per season that is for that
/// stay (its dates that year, cut to `bounds`); a stay no season is for can take place any time
/// of the year. Stays are flexible: any length the programme allows, anywhere in the window.
/// Deadlines are the season's (a day of the year: the last one before the season starts).
struct SeasonWindowFinder {
    let plan: Plan
    let programme: MobilityProgramme
    let direction: MobilityDirection

    /// `bounds`: the days windows may cover (the plan's horizon, within the agreement's period
    /// when the years come from it).
    func windows(in years: [Int], bounds: DateRange) -> [ExchangeWindow] {
        let periods = programme.periods(of: direction)
        var windows: [ExchangeWindow] = []
        for year in years {
            for type in direction.types {
                let seasons = periods.filter { $0.applies(to: type) }
                if seasons.isEmpty {
                    let whole = DateRange(first: CivilDate(year: year, month: 1, day: 1)!, last: CivilDate(year: year, month: 12, day: 31)!)
                    let name = LocalizedText(fr: "Toute l'année \(year)", en: "Any time in \(year)")
                    if let window = window(type, year: year, period: nil, name: name, dates: whole, bounds: bounds) {
                        windows.append(window)
                    }
                }
                for period in seasons {
                    guard let dates = period.dates(in: year),
                        let window = window(type, year: year, period: period, name: period.name, dates: dates, bounds: bounds)
                    else { continue }
                    windows.append(window)
                }
            }
        }
        return windows
    }

    private func window(
        _ type: MobilityType, year: Int, period: MobilityPeriod?, name: LocalizedText, dates: DateRange,
        bounds: DateRange
    ) -> ExchangeWindow? {
        let start = max(dates.first, bounds.first), end = min(dates.last, bounds.last)
        guard start <= end else { return nil }
        let days = start.days(until: end) + 1
        let allowed = programme.stayDays(type)
        let stay = min(allowed.lowerBound, days)...min(allowed.upperBound, days)
        var window = ExchangeWindow(
            planID: plan.id, programmeID: programme.id, fromID: direction.fromID, toID: direction.toID, type: type,
            year: String(year), termIDs: [], periodID: period?.id, name: name, start: start, end: end,
            estimated: period?.estimated ?? false, stayDays: stay, fixed: false, homeOverlaps: [], homeTerms: [],
            deadlines: [], clearSpans: [], languages: direction.languages.filter { $0.types.contains(type) }, notes: [])
        if let period {
            // A deadline leads to the season as written, even when the horizon cuts its first days.
            for (kind, day) in [(MobilityDeadline.Kind.nomination, period.nomination), (.application, period.application)] {
                guard let day else { continue }
                window.deadlines.append(
                    MobilityDeadline(
                        kind: kind, date: day.date(before: dates.first), institutionID: direction.fromID,
                        estimated: period.estimated, ofProgramme: true))
            }
        }
        window.deadlines.sort { ($0.date, $0.kind.rawValue) < ($1.date, $1.kind.rawValue) }
        window.notes = notes(for: window, allowed: allowed, clipped: dates != DateRange(first: start, last: end))
        return window
    }

    private func notes(for window: ExchangeWindow, allowed: ClosedRange<Int>, clipped: Bool) -> [LocalizedText] {
        var notes: [LocalizedText] = []
        notes.append(window.stayNote)
        if window.dayCount < allowed.lowerBound {
            notes.append(
                LocalizedText(
                    fr:
                        "La fenêtre, limitée à la période couverte (entente, horizon du plan), dure \(window.dayCount) jours : moins que le plus court séjour prévu (\(allowed.lowerBound) jours).",
                    en:
                        "The window, limited to the period covered (agreement, plan horizon), lasts \(window.dayCount) days: less than the shortest stay (\(allowed.lowerBound) days)."
                ))
        } else if clipped {
            notes.append(
                LocalizedText(
                    fr: "Fenêtre limitée à la période couverte (entente, horizon du plan).",
                    en: "Window limited to the period covered (agreement, plan horizon)."))
        }
        for permit in direction.permits where permit.applies(to: window.type, stayDays: window.stayDays.upperBound) {
            notes.append(permit.note)
        }
        return notes
    }
}
