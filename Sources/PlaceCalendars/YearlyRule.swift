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
    /// `.hijri` anchors: the anchor day as announced after the sighting of the moon, by Hijri
    /// year; it replaces the tabular estimate of that year.
    var announced: [Int: CivilDate] = [:]

    static let keys = [
        "date", "easter", "nthWeekday", "weekdayBefore", "hijri", "announced",
        "shift", "offset", "days", "validFrom", "validUntil", "everyYears",
    ]
    static let anchorKeys = ["date", "easter", "nthWeekday", "weekdayBefore", "hijri"]
    /// How far an announced Islamic date may be from the tabular one, in days.
    static let announcedTolerance = 3

    func applies(to year: Int) -> Bool {
        if let validFrom, year < validFrom { return false }
        if let validUntil, year > validUntil { return false }
        if let everyYears, let validFrom, (year - validFrom) % everyYears != 0 { return false }
        return true
    }

    /// The occurrences whose anchor falls in `year` (none when the rule does not apply that
    /// year; two for an Islamic date in about one year in 33), earliest first.
    func occurrences(in year: Int) -> [RuleOccurrence] {
        var occurrences: [RuleOccurrence] = []
        forEachOccurrence(in: year) { occurrences.append($0) }
        return occurrences
    }

    /// The same, one at a time, without building an array.
    func forEachOccurrence(in year: Int, _ body: (RuleOccurrence) -> Void) {
        guard applies(to: year) else { return }
        anchor.forEachDay(in: year) { day, hijriYear in
            var anchored = day
            var estimated = false
            if let hijriYear {
                if let confirmed = announced[hijriYear] { anchored = confirmed } else { estimated = true }
            }
            let start = anchored.adding(days: (shifts[anchored.weekday] ?? 0) + offset)
            body(
                RuleOccurrence(
                    span: start...start.adding(days: days - 1),
                    key: hijriYear.map { "AH\($0)" } ?? String(year), estimated: estimated))
        }
    }

    /// Reads the rule keys of an entry, reporting every mistake to the entry's reader; nil when
    /// there is any. `entry` names the entry in the messages (`holiday 'a'`).
    init?(map: MappingReader, entry: LocalizedText) {
        let reader = map.reader
        let start = reader.issues.count
        let present = YearlyRule.anchorKeys.filter(map.has)
        guard present.count == 1, let key = present.first else {
            let hint = LocalizedText(
                fr:
                    "donnez une seule règle parmi « date: MM-JJ », « easter: DÉCALAGE », « nthWeekday: {nth: N, weekday: JOUR, month: M} », "
                    + "« weekdayBefore: {weekday: JOUR, date: MM-JJ} » et « hijri: {month: M, day: J} »",
                en: "give exactly one of 'date: MM-DD', 'easter: OFFSET', 'nthWeekday: {nth: N, weekday: W, month: M}', "
                    + "'weekdayBefore: {weekday: W, date: MM-DD}', 'hijri: {month: M, day: D}'")
            if present.isEmpty {
                reader.report(
                    map.node, LocalizedText(fr: "rien ne dit quand tombe \(entry.fr)", en: "\(entry.en) says nothing about when it falls"),
                    hint: hint)
            } else {
                let list = present.joined(separator: ", ")
                reader.report(
                    at: map.location(of: present[1]),
                    LocalizedText(
                        fr: "\(entry.fr) a plus d'une règle de date (\(list))",
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
                reader.report(
                    at: rule.location(of: "nth"), LocalizedText(fr: "« nth » ne peut pas valoir 0", en: "'nth' cannot be 0"),
                    hint: LocalizedText(
                        fr: "écrivez 1 pour le premier, 2 pour le deuxième, -1 pour le dernier, -2 pour l'avant-dernier",
                        en: "use 1 for the first, 2 for the second, -1 for the last, -2 for the second-to-last"))
            }
            let weekday = rule.weekday("weekday", required: true)
            let month = rule.int("month", range: 1...12, required: true)
            if let nth, nth != 0, let weekday, let month { anchor = .nthWeekday(nth: nth, weekday: weekday, month: month) }
        case "hijri":
            guard let rule = map.mapping("hijri", keys: ["month", "day"]) else { break }
            let month = rule.int("month", range: 1...12, required: true)
            let day = rule.int("day", range: 1...30, required: true)
            if let month, let day { anchor = .hijri(month: month, day: day) }
        default:
            guard let rule = map.mapping("weekdayBefore", keys: ["weekday", "date"]) else { break }
            let weekday = rule.weekday("weekday", required: true)
            let day = rule.monthDay("date", required: true)
            if let weekday, let day { anchor = .weekdayBefore(weekday: weekday, day) }
        }
        if case let .hijri(month, day)? = anchor {
            announced = Self.announcedDays(map: map, month: month, day: day, entry: entry)
        } else if map.has("announced") {
            reader.report(
                at: map.location(of: "announced"),
                LocalizedText(
                    fr: "« announced » ne sert qu'avec une règle « hijri: » dans \(entry.fr)",
                    en: "'announced' is only for a 'hijri:' rule in \(entry.en)"),
                hint: LocalizedText(
                    fr: "retirez « announced » : les autres règles donnent la date exacte",
                    en: "remove 'announced': the other rules give the exact date"))
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
            reader.report(
                at: map.location(of: "validUntil"),
                LocalizedText(
                    fr: "« validUntil » (\(validUntil)) précède « validFrom » (\(validFrom))",
                    en: "'validUntil' (\(validUntil)) is before 'validFrom' (\(validFrom))"),
                hint: LocalizedText(
                    fr: "inversez les deux années ou corrigez l'une d'elles",
                    en: "swap the two years or correct one of them"))
        }
        everyYears = map.int("everyYears", range: 1...100)
        if map.has("everyYears"), !map.has("validFrom") {
            reader.report(
                at: map.location(of: "everyYears"),
                LocalizedText(
                    fr: "« everyYears » n'a pas de première année d'où compter",
                    en: "'everyYears' needs a first year to count from"),
                hint: LocalizedText(
                    fr: "ajoutez « validFrom: ANNÉE » avec une année où l'entrée tombe",
                    en: "add 'validFrom: YEAR' with a year in which the entry falls"))
        }
        guard let anchor, reader.issues.count == start else { return nil }
        self.anchor = anchor
    }

    /// `announced: [YYYY-MM-DD, …]`: each date is the anchor day of the Hijri year whose tabular
    /// `day` `month` is nearest, at most `announcedTolerance` days away; one per Hijri year.
    private static func announcedDays(map: MappingReader, month: Int, day: Int, entry: LocalizedText) -> [Int: CivilDate] {
        let reader = map.reader
        var result: [Int: CivilDate] = [:]
        for node in map.list("announced") {
            guard let date = reader.date(node, context: "announced") else { continue }
            let around = TabularHijri.year(of: date)
            let nearest = (around - 1...around + 1)
                .map { (year: $0, date: TabularHijri.date(year: $0, month: month, day: day)) }
                .min { abs($0.date.days(until: date)) < abs($1.date.days(until: date)) }!
            guard abs(nearest.date.days(until: date)) <= announcedTolerance else {
                reader.report(
                    node,
                    LocalizedText(
                        fr:
                            "\(date) est à \(abs(nearest.date.days(until: date))) jours du \(day)/\(month)/\(nearest.year) de l'hégire (estimé au \(nearest.date)) dans \(entry.fr)",
                        en:
                            "\(date) is \(abs(nearest.date.days(until: date))) days from \(day)/\(month)/\(nearest.year) AH (estimated \(nearest.date)) in \(entry.en)"
                    ),
                    hint: LocalizedText(
                        fr: "une date annoncée tombe à \(announcedTolerance) jours au plus de l'estimation : vérifiez l'année et le mois",
                        en: "an announced date falls within \(announcedTolerance) days of the estimate: check the year and the month"))
                continue
            }
            if let earlier = result[nearest.year] {
                reader.report(
                    node,
                    LocalizedText(
                        fr: "\(date) et \(earlier) annoncent tous deux le \(day)/\(month)/\(nearest.year) de l'hégire dans \(entry.fr)",
                        en: "\(date) and \(earlier) both announce \(day)/\(month)/\(nearest.year) AH in \(entry.en)"),
                    hint: LocalizedText(fr: "gardez une seule date par année de l'hégire", en: "keep one date per Hijri year"))
                continue
            }
            result[nearest.year] = date
        }
        return result
    }
}
