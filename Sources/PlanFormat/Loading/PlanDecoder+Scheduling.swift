import Bilingual
import PlanModel
import CivilTime
import YAMLReading
import Yams

extension PlanDecoder {
    func readScheduling(_ map: MappingReader) -> SchedulingRules? {
        var windows: [DateRange] = []
        if let window = map.mapping("window", keys: ["from", "to"]), let range = readRange(window, context: "window") {
            windows.append(range)
        }
        for item in map.list("windows") {
            if let window = reader.mapping(item, context: "windows", keys: ["from", "to"]),
                let range = readRange(window, context: "windows")
            {
                windows.append(range)
            }
        }
        let years = PlanLimits.horizonYears
        let written = windows.count
        windows = windows.filter { window in
            guard !years.contains(window.first.year) || !years.contains(window.last.year) else { return true }
            reader.report(
                at: map.location(of: map.has("window") ? "window" : "windows"),
                LocalizedText(
                    fr: "la fenêtre \(window) doit tenir entre \(years.lowerBound) et \(years.upperBound)",
                    en: "the window \(window) must lie within \(years.lowerBound)–\(years.upperBound)"),
                hint: LocalizedText(fr: "vérifiez les années de « from » et « to »", en: "check the years of 'from' and 'to'"))
            return false
        }
        if windows.isEmpty && written > 0 { return nil }
        if windows.isEmpty {
            reader.report(
                map.node,
                LocalizedText(
                    fr: "« schedule » doit donner une fenêtre « window: {from, to} »",
                    en: "'schedule' needs a 'window: {from, to}'"),
                hint: LocalizedText(
                    fr: "ajoutez par exemple « window: {from: 2025-05-01, to: 2025-06-30} »",
                    en: "add for example 'window: {from: 2025-05-01, to: 2025-06-30}'"))
        }
        var locations: [String: SourceLocation] = [:]
        for key in PlanLoader.schedulingKeys where map.has(key) { locations[key] = map.location(of: key) }

        let weekdays = map.has("weekdays") ? readWeekdays(map.strings("weekdays")) : nil
        let days = map.has("days") ? readWeekdays(map.strings("days")) : nil
        if days?.isEmpty == true, map.strings("days").isEmpty {
            reader.report(
                at: map.location(of: "days"), LocalizedText(fr: "« days » ne nomme aucun jour", en: "'days' names no day"),
                hint: LocalizedText(
                    fr: "écrivez les jours permis, par exemple « days: [lun, mar, mer, jeu, ven] »",
                    en: "list the days allowed, for example 'days: [mon, tue, wed, thu, fri]'"))
        }
        var after: [SchedulingRules.Precedence] = []
        if let node = map.node("after") {
            let items: [Node]
            if case .sequence = node { items = reader.sequence(node, context: "after") } else { items = [node] }
            for item in items {
                guard let entry = reader.mapping(item, context: "after", keys: ["event", "lag", "weight"]),
                    let event = entry.string("event", required: true)
                else { continue }
                after.append(
                    .init(
                        eventID: event, lagDays: entry.int("lag", range: 0...3650) ?? 0,
                        weight: entry.int("weight", range: 1...100), location: entry.location(of: "event")))
            }
        }
        var alongside: SchedulingRules.Alongside?
        if let entry = map.mapping("alongside", keys: ["event", "within", "holiday", "weight"]) {
            if let event = entry.string("event") {
                alongside = .init(
                    companion: .event(id: event, days: entry.int("within", range: 0...365) ?? 7),
                    weight: entry.int("weight", range: 1...100), location: entry.location(of: "event"))
            } else if let holiday = entry.string("holiday") {
                if entry.has("weight") {
                    reader.report(
                        at: entry.location(of: "weight"),
                        LocalizedText(
                            fr: "« weight » ne vaut que pour un lien vers un événement", en: "'weight' only applies to a link to an event"),
                        hint: LocalizedText(
                            fr: "retirez « weight » : être pendant une fête se demande sans condition",
                            en: "remove 'weight': being during a festivity is asked without condition"))
                }
                alongside = .init(companion: .holiday(id: holiday), weight: nil, location: entry.location(of: "holiday"))
            } else {
                reader.report(
                    entry.node,
                    LocalizedText(fr: "« alongside » demande « event » ou « holiday »", en: "'alongside' needs 'event' or 'holiday'"))
            }
        }
        var spacing: ClosedRange<Int>?
        if let entry = map.mapping("spacing", keys: ["min", "max"]) {
            let low = entry.int("min", range: 0...3650) ?? 0
            let high = entry.int("max", range: 0...3650) ?? 3650
            if low <= high {
                spacing = low...high
            } else {
                reader.report(
                    entry.node, LocalizedText(fr: "« min » dépasse « max »", en: "'min' is larger than 'max'"),
                    hint: LocalizedText(fr: "inversez les deux valeurs", en: "swap the two values"))
            }
        }
        var preferences = SchedulingRules.Preferences()
        if let prefer = map.mapping("prefer", keys: ["months", "weekdays", "near", "weight"]) {
            preferences.months = prefer.list("months").compactMap { reader.int($0, context: "months", range: 1...12) }
            preferences.weekdays = readWeekdays(prefer.strings("weekdays"))
            preferences.near = prefer.date("near")
            preferences.weight = prefer.int("weight", range: 0...1000) ?? 1
        }
        guard !windows.isEmpty else { return nil }
        return SchedulingRules(
            windows: windows, weekdays: weekdays, days: days, holidays: map.choice("holidays", as: SchedulingRules.HolidayScope.self),
            avoid: map.strings("avoid").map(\.value), after: after, alongside: alongside, spacing: spacing,
            leadTimeDays: map.int("leadTime", range: 0...3650), preferences: preferences,
            location: map.location, locations: locations)
    }

    /// Days the solver must weigh for the plan's open events: each window's days, for every
    /// occurrence of a series. Building the problem costs time for each (about 40 µs in a debug
    /// build), before any search limit applies: past `PlanLimits.maximumCandidateDays` the plan
    /// is refused.
    func checkCandidateDays(_ activities: [Activity], horizon: DateRange?) {
        var total = 0
        for activity in activities {
            guard let scheduling = activity.scheduling else { continue }
            let windowDays = scheduling.windows.reduce(0) { $0 + $1.first.days(until: $1.last) + 1 }
            var occurrences = 1
            if let repetition = activity.repetition {
                let end = repetition.count == nil ? (repetition.until ?? horizon?.last) : nil
                let dates = repetition.occurrenceDates(from: activity.timing.firstDate)
                occurrences = max(1, end.map { end in dates.filter { $0 <= end }.count } ?? dates.count)
            }
            total += windowDays * occurrences
            guard total > PlanLimits.maximumCandidateDays else { continue }
            reader.report(
                at: scheduling.locations["window"] ?? scheduling.locations["windows"] ?? scheduling.location,
                LocalizedText(
                    fr:
                        "trop de dates à examiner : jusqu'ici \(total) jours de fenêtre (ici \(windowDays) jours × \(occurrences) occurrence\(occurrences > 1 ? "s" : "")), au plus \(PlanLimits.maximumCandidateDays) par plan",
                    en:
                        "too many dates to weigh: \(total) window days so far (here \(windowDays) days × \(occurrences) occurrence\(occurrences > 1 ? "s" : "")), at most \(PlanLimits.maximumCandidateDays) per plan"
                ),
                hint: LocalizedText(
                    fr: "resserrez les fenêtres « window » (quelques semaines suffisent) ou raccourcissez la série",
                    en: "narrow the 'window' (a few weeks is enough) or shorten the series"))
            return
        }
    }

    private func readWeekdays(_ values: [(value: String, node: Node)]) -> [Weekday] {
        let names = [
            "mon": Weekday.monday, "tue": .tuesday, "wed": .wednesday, "thu": .thursday, "fri": .friday,
            "sat": .saturday, "sun": .sunday, "lun": .monday, "mar": .tuesday, "mer": .wednesday,
            "jeu": .thursday, "ven": .friday, "sam": .saturday, "dim": .sunday,
        ]
        return values.compactMap { value, node in
            if let day = names[String(value.lowercased().prefix(3))] { return day }
            reader.report(
                node, LocalizedText(fr: "jour inconnu « \(value) »", en: "unknown weekday '\(value)'"),
                hint: LocalizedText(fr: "écrivez mon, tue, wed, thu, fri, sat ou sun", en: "write mon, tue, wed, thu, fri, sat or sun"))
            return nil
        }
    }
}
