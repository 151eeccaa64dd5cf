import CivilTime
import Mobility

/// A year of windows drawn as bars over a month scale: positions in percent of the span from
/// the first of the earliest window's month to the end of the latest window's month.
struct Timeline: Sendable {
    struct Month: Sendable {
        let label: String
        let left: String
    }

    struct Row: Sendable {
        let label: String
        let left: String
        let width: String
        let estimated: Bool
    }

    let months: [Month]
    let rows: [Row]

    init(windows: [ExchangeWindow], label: (ExchangeWindow) -> String, words: PageWords) {
        guard let earliest = windows.map(\.start).min(), let latest = windows.map(\.end).max() else {
            months = []
            rows = []
            return
        }
        let first = CivilDate(year: earliest.year, month: earliest.month, day: 1)!
        let nextMonth =
            latest.month == 12
            ? CivilDate(year: latest.year + 1, month: 1, day: 1)!
            : CivilDate(year: latest.year, month: latest.month + 1, day: 1)!
        let total = Double(first.days(until: nextMonth))
        func percent(_ days: Int) -> String { Self.format(Double(days) / total * 100) }
        var ticks: [Month] = []
        var month = first
        while month < nextMonth {
            ticks.append(Month(label: words.monthInitial(month.month), left: percent(first.days(until: month))))
            month =
                month.month == 12
                ? CivilDate(year: month.year + 1, month: 1, day: 1)!
                : CivilDate(year: month.year, month: month.month + 1, day: 1)!
        }
        months = ticks
        rows = windows.map { window in
            Row(
                label: label(window), left: percent(first.days(until: window.start)),
                width: percent(window.start.days(until: window.end) + 1), estimated: window.estimated)
        }
    }

    /// Two decimals, a dot, no locale.
    static func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
