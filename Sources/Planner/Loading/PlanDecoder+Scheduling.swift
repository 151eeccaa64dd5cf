import Bilingual
import CivilTime
import Yams

extension PlanDecoder {
    func readScheduling(_ map: MappingReader) -> SchedulingRules? {
        var windows: [DateRange] = []
        if let window = map.mapping("window", keys: ["from", "to"]), let range = readRange(window, context: "window") {
            windows.append(range)
        }
        for item in map.list("windows") {
            if let window = reader.mapping(item, context: "windows", keys: ["from", "to"]), let range = readRange(window, context: "windows") {
                windows.append(range)
            }
        }
        if windows.isEmpty {
            reader.report(map.node, LocalizedText(fr: "« schedule » doit donner une fenêtre « window: {from, to} »",
                                                  en: "'schedule' needs a 'window: {from, to}'"),
                          hint: LocalizedText(fr: "ajoutez par exemple « window: {from: 2025-05-01, to: 2025-06-30} »",
                                              en: "add for example 'window: {from: 2025-05-01, to: 2025-06-30}'"))
        }
        var locations: [String: SourceLocation] = [:]
        for key in PlanLoader.schedulingKeys where map.has(key) { locations[key] = map.location(of: key) }

        let weekdays = map.has("weekdays") ? readWeekdays(map.strings("weekdays")) : nil
        var after: [SchedulingRules.Precedence] = []
        if let node = map.node("after") {
            let items: [Node]
            if case .sequence = node { items = reader.sequence(node, context: "after") } else { items = [node] }
            for item in items {
                guard let entry = reader.mapping(item, context: "after", keys: ["event", "lag"]),
                      let event = entry.string("event", required: true) else { continue }
                after.append(.init(eventID: event, lagDays: entry.int("lag", range: 0...3650) ?? 0, location: entry.location(of: "event")))
            }
        }
        var alongside: SchedulingRules.Alongside?
        if let entry = map.mapping("alongside", keys: ["event", "within", "holiday"]) {
            if let event = entry.string("event") {
                alongside = .init(companion: .event(id: event, days: entry.int("within", range: 0...365) ?? 7), location: entry.location(of: "event"))
            } else if let holiday = entry.string("holiday") {
                alongside = .init(companion: .holiday(id: holiday), location: entry.location(of: "holiday"))
            } else {
                reader.report(entry.node, LocalizedText(fr: "« alongside » demande « event » ou « holiday »", en: "'alongside' needs 'event' or 'holiday'"))
            }
        }
        var spacing: ClosedRange<Int>?
        if let entry = map.mapping("spacing", keys: ["min", "max"]) {
            let low = entry.int("min", range: 0...3650) ?? 0
            let high = entry.int("max", range: 0...3650) ?? 3650
            if low <= high { spacing = low...high } else {
                reader.report(entry.node, LocalizedText(fr: "« min » dépasse « max »", en: "'min' is larger than 'max'"),
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
            windows: windows, weekdays: weekdays, holidays: map.choice("holidays", as: SchedulingRules.HolidayScope.self),
            avoid: map.strings("avoid").map(\.value), after: after, alongside: alongside, spacing: spacing,
            leadTimeDays: map.int("leadTime", range: 0...3650), preferences: preferences,
            location: map.location, locations: locations)
    }

    private func readWeekdays(_ values: [(value: String, node: Node)]) -> [Weekday] {
        let names = ["mon": Weekday.monday, "tue": .tuesday, "wed": .wednesday, "thu": .thursday, "fri": .friday,
                     "sat": .saturday, "sun": .sunday, "lun": .monday, "mar": .tuesday, "mer": .wednesday,
                     "jeu": .thursday, "ven": .friday, "sam": .saturday, "dim": .sunday]
        return values.compactMap { value, node in
            if let day = names[String(value.lowercased().prefix(3))] { return day }
            reader.report(node, LocalizedText(fr: "jour inconnu « \(value) »", en: "unknown weekday '\(value)'"),
                          hint: LocalizedText(fr: "écrivez mon, tue, wed, thu, fri, sat ou sun", en: "write mon, tue, wed, thu, fri, sat or sun"))
            return nil
        }
    }
}
