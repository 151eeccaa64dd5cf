import Bilingual
import CivilTime
import YAMLReading

/// One entry of a blackout file: a yearly rule, a dated period, or dated polling days.
struct BlackoutRule: JurisdictionEntry {
    static let listKey = "blackouts"
    static let keys = ["id", "name", "kind", "estimated", "reserveDays", "from", "to", "pollingDays"] + YearlyRule.keys

    enum Timing: Sendable {
        case yearly(YearlyRule)
        case dated(ClosedRange<CivilDate>)
        case polling([CivilDate])
    }

    let id: String
    let name: LocalizedText
    let kind: BlackoutKind
    let estimated: Bool
    let timing: Timing
    /// Elections: days blocked before the first polling day.
    let reserveDays: Int

    init?(map: MappingReader) {
        let reader = map.reader
        let start = reader.issues.count
        let id = map.string("id", required: true)
        let name = map.bilingual("name", required: true)
        let kind = map.choice("kind", as: BlackoutKind.self, required: true)
        estimated = map.bool("estimated") ?? false
        guard let id, let kind else { return nil }
        let entry = LocalizedText(fr: "la période « \(id) »", en: "blackout '\(id)'")
        let fix =
            kind == .election
            ? LocalizedText(
                fr:
                    "donnez soit « pollingDays: [AAAA-MM-JJ, …] », soit une règle annuelle comme « nthWeekday: » avec « validFrom: » et « everyYears: »",
                en: "give either 'pollingDays: [YYYY-MM-DD, …]' or a yearly rule such as 'nthWeekday:' with 'validFrom:' and 'everyYears:'")
            : LocalizedText(
                fr:
                    "donnez soit « from: AAAA-MM-JJ » et « to: AAAA-MM-JJ » (inclus), soit une règle annuelle comme « nthWeekday: » avec « days: »",
                en: "give either 'from: YYYY-MM-DD' and 'to: YYYY-MM-DD' (inclusive) or a yearly rule such as 'nthWeekday:' with 'days:'")
        func refuse(_ keys: [String], _ reason: LocalizedText) {
            for key in keys where map.has(key) {
                reader.report(
                    at: map.location(of: key),
                    LocalizedText(fr: "« \(key) » \(reason.fr) dans \(entry.fr)", en: "'\(key)' \(reason.en) in \(entry.en)"),
                    hint: fix)
            }
        }
        func nothingSaysWhen(_ message: LocalizedText) {
            reader.report(map.node, message, hint: fix)
        }
        let hasRule = YearlyRule.anchorKeys.contains(where: map.has)
        var timing: Timing?
        if kind == .election {
            refuse(["from", "to", "days"], LocalizedText(fr: "ne sert pas pour une élection", en: "is not used for an election"))
            reserveDays = map.int("reserveDays", range: 0...366) ?? 0
            if map.has("pollingDays") {
                refuse(
                    YearlyRule.keys.filter { $0 != "days" },
                    LocalizedText(fr: "ne peut pas accompagner « pollingDays »", en: "cannot be combined with 'pollingDays'"))
                let before = reader.issues.count
                let days = map.list("pollingDays").compactMap { reader.date($0, context: "pollingDays") }
                if days.isEmpty, reader.issues.count == before {
                    reader.report(
                        at: map.location(of: "pollingDays"),
                        LocalizedText(fr: "« pollingDays » est vide dans \(entry.fr)", en: "'pollingDays' is empty in \(entry.en)"),
                        hint: fix)
                }
                timing = .polling(days.sorted())
            } else if hasRule {
                timing = YearlyRule(map: map, entry: entry).map(Timing.yearly)
            } else {
                nothingSaysWhen(
                    LocalizedText(
                        fr: "rien ne dit quand a lieu le scrutin de \(entry.fr)",
                        en: "\(entry.en) says nothing about when the polling day is"))
            }
        } else {
            refuse(["pollingDays", "reserveDays"], LocalizedText(fr: "ne sert qu'aux élections", en: "is only for elections"))
            reserveDays = 0
            if map.has("from") {
                refuse(
                    YearlyRule.keys,
                    LocalizedText(fr: "ne peut pas accompagner « from » et « to »", en: "cannot be combined with 'from' and 'to'"))
                if let from = map.date("from"), let to = map.date("to", required: true) {
                    if to < from {
                        reader.report(
                            at: map.location(of: "to"),
                            LocalizedText(
                                fr: "« to » (\(to)) précède « from » (\(from)) dans \(entry.fr)",
                                en: "'to' (\(to)) is before 'from' (\(from)) in \(entry.en)"),
                            hint: LocalizedText(fr: "inversez les deux dates", en: "swap the two dates"))
                    } else {
                        timing = .dated(from...to)
                    }
                }
            } else if hasRule {
                refuse(["to"], LocalizedText(fr: "demande un « from »", en: "needs a 'from'"))
                timing = YearlyRule(map: map, entry: entry).map(Timing.yearly)
            } else {
                nothingSaysWhen(
                    LocalizedText(fr: "rien ne dit quand tombe \(entry.fr)", en: "\(entry.en) says nothing about when it falls"))
            }
        }
        guard let name, let timing, reader.issues.count == start else { return nil }
        self.id = id
        self.name = name
        self.kind = kind
        self.timing = timing
    }

    /// Occurrences whose rule year (or dates) lie in `years`; the reserve period comes before polling day.
    func occurrences(jurisdiction: String, years: ClosedRange<Int>, reserveOverride: Int?) -> [Blackout] {
        let reserve = reserveOverride ?? reserveDays
        func make(_ start: CivilDate, _ end: CivilDate, polling: [CivilDate] = []) -> Blackout {
            Blackout(
                jurisdiction: jurisdiction, id: id, name: name, kind: kind,
                start: polling.isEmpty ? start : start.adding(days: -reserve), end: end,
                estimated: estimated, pollingDays: polling)
        }
        switch timing {
        case let .dated(range):
            return [make(range.lowerBound, range.upperBound)]
        case let .polling(days):
            return [make(days.first!, days.last!, polling: days)]
        case let .yearly(rule):
            return years.flatMap { year in
                rule.occurrences(in: year).map { occurrence in
                    let span = occurrence.span
                    let blackout =
                        kind == .election
                        ? make(span.lowerBound, span.lowerBound, polling: [span.lowerBound])
                        : make(span.lowerBound, span.upperBound)
                    guard occurrence.estimated, !blackout.estimated else { return blackout }
                    return Blackout(
                        jurisdiction: blackout.jurisdiction, id: blackout.id, name: blackout.name, kind: blackout.kind,
                        start: blackout.start, end: blackout.end, estimated: true, pollingDays: blackout.pollingDays)
                }
            }
        }
    }
}
