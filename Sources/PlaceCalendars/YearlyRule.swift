import Bilingual
import CivilTime
import YAMLReading

/// When a calendar entry falls in a given year: anchor, then weekend shift, then offset,
/// lasting `days` days, in the years the rule is valid.
struct YearlyRule: Hashable, Sendable {
    var anchor: DateAnchor
    /// Days to move the anchor when it falls on the given weekday ("25 Jun if the 24th is a Sunday").
    var shifts: [Weekday: Int] = [:]
    var offset = 0
    var days = 1
    var validFrom: Int?
    var validUntil: Int?
    /// Only every n-th year counted from `validFrom` (elections).
    var everyYears: Int?

    static let keys = ["date", "easter", "nthWeekday", "weekdayBefore",
                       "shift", "offset", "days", "validFrom", "validUntil", "everyYears"]
    static let anchorKeys = ["date", "easter", "nthWeekday", "weekdayBefore"]

    func applies(to year: Int) -> Bool {
        if let validFrom, year < validFrom { return false }
        if let validUntil, year > validUntil { return false }
        if let everyYears, let validFrom, (year - validFrom) % everyYears != 0 { return false }
        return true
    }

    /// First and last day in `year`, or nil when the rule does not apply that year.
    func occurrence(in year: Int) -> ClosedRange<CivilDate>? {
        guard applies(to: year) else { return nil }
        let anchored = anchor.date(in: year)
        let start = anchored.adding(days: (shifts[anchored.weekday] ?? 0) + offset)
        return start...start.adding(days: days - 1)
    }

    /// Reads the rule keys of an entry, reporting every mistake to the entry's reader; nil when
    /// there is any. `entry` names the entry in the messages (`holiday 'a'`).
    init?(map: MappingReader, entry: LocalizedText) {
        let reader = map.reader
        let start = reader.issues.count
        let present = YearlyRule.anchorKeys.filter(map.has)
        guard present.count == 1, let key = present.first else {
            let hint = LocalizedText(
                fr: "donnez une seule règle parmi « date: MM-JJ », « easter: DÉCALAGE », « nthWeekday: {nth: N, weekday: JOUR, month: M} » "
                    + "et « weekdayBefore: {weekday: JOUR, date: MM-JJ} »",
                en: "give exactly one of 'date: MM-DD', 'easter: OFFSET', 'nthWeekday: {nth: N, weekday: W, month: M}', "
                    + "'weekdayBefore: {weekday: W, date: MM-DD}'")
            if present.isEmpty {
                reader.report(map.node, LocalizedText(fr: "rien ne dit quand tombe \(entry.fr)", en: "\(entry.en) says nothing about when it falls"),
                              hint: hint)
            } else {
                let list = present.joined(separator: ", ")
                reader.report(at: map.location(of: present[1]),
                              LocalizedText(fr: "\(entry.fr) a plus d'une règle de date (\(list))",
                                            en: "\(entry.en) has more than one date rule (\(list))"),
                              hint: hint)
            }
            return nil
        }
        var anchor: DateAnchor?
        switch key {
        case "date":
            anchor = map.monthDay("date").map(DateAnchor.fixed)
        case "easter":
            anchor = map.int("easter", range: -100...100).map(DateAnchor.easter(offset:))
        case "nthWeekday":
            guard let rule = map.mapping("nthWeekday", keys: ["nth", "weekday", "month"]) else { break }
            let nth = rule.int("nth", range: -4...4, required: true)
            if nth == 0 {
                reader.report(at: rule.location(of: "nth"), LocalizedText(fr: "« nth » ne peut pas valoir 0", en: "'nth' cannot be 0"),
                              hint: LocalizedText(fr: "écrivez 1 pour le premier, 2 pour le deuxième, -1 pour le dernier, -2 pour l'avant-dernier",
                                                  en: "use 1 for the first, 2 for the second, -1 for the last, -2 for the second-to-last"))
            }
            let weekday = rule.weekday("weekday", required: true)
            let month = rule.int("month", range: 1...12, required: true)
            if let nth, nth != 0, let weekday, let month { anchor = .nthWeekday(nth: nth, weekday: weekday, month: month) }
        default:
            guard let rule = map.mapping("weekdayBefore", keys: ["weekday", "date"]) else { break }
            let weekday = rule.weekday("weekday", required: true)
            let day = rule.monthDay("date", required: true)
            if let weekday, let day { anchor = .weekdayBefore(weekday: weekday, day) }
        }
        if let shift = map.mapping("shift", keys: MappingReader.weekdayNames) {
            for (weekday, name) in zip(Weekday.allCases, MappingReader.weekdayNames) {
                if let days = shift.int(name, range: -7...7) { shifts[weekday] = days }
            }
        }
        offset = map.int("offset", range: -366...366) ?? 0
        days = map.int("days", range: 1...366) ?? 1
        validFrom = map.int("validFrom", range: 1583...9998)
        validUntil = map.int("validUntil", range: 1583...9998)
        if let validFrom, let validUntil, validUntil < validFrom {
            reader.report(at: map.location(of: "validUntil"),
                          LocalizedText(fr: "« validUntil » (\(validUntil)) précède « validFrom » (\(validFrom))",
                                        en: "'validUntil' (\(validUntil)) is before 'validFrom' (\(validFrom))"),
                          hint: LocalizedText(fr: "inversez les deux années ou corrigez l'une d'elles",
                                              en: "swap the two years or correct one of them"))
        }
        everyYears = map.int("everyYears", range: 1...100)
        if map.has("everyYears"), !map.has("validFrom") {
            reader.report(at: map.location(of: "everyYears"),
                          LocalizedText(fr: "« everyYears » n'a pas de première année d'où compter",
                                        en: "'everyYears' needs a first year to count from"),
                          hint: LocalizedText(fr: "ajoutez « validFrom: ANNÉE » avec une année où l'entrée tombe",
                                              en: "add 'validFrom: YEAR' with a year in which the entry falls"))
        }
        guard let anchor, reader.issues.count == start else { return nil }
        self.anchor = anchor
    }
}
