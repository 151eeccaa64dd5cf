import Bilingual
import PlanModel
import CivilTime
import YAMLReading
import Yams

extension PlanDecoder {
    static let outcomeWords = ["held", "cancelled", "postponed"]
    static let deadlineOutcomeWords = ["met", "missed", "cancelled", "postponed"]

    /// `outcome:` of a single event or `outcomes: {N: …}` of a series, by occurrence number,
    /// checked against the event's kind and the occurrences its series has.
    func readOutcomes(
        _ map: MappingReader, kind: Activity.Kind, timing: Timing, repetition: Repetition?,
        horizon: DateRange?
    ) -> [Int: Outcome] {
        var outcomes: [Int: Outcome] = [:]
        if let node = map.node("outcome") {
            if repetition != nil {
                reader.report(
                    node,
                    LocalizedText(
                        fr: "une série note l'issue de chaque occurrence, pas une issue pour toute la série",
                        en: "a series records the outcome of each occurrence, not one for the whole series"),
                    hint: LocalizedText(
                        fr: "écrivez « outcomes: {1: held, 2: {postponed: 2025-06-10}} »",
                        en: "write 'outcomes: {1: held, 2: {postponed: 2025-06-10}}'"))
            } else if let outcome = readOutcome(node, kind: kind) {
                outcomes[1] = outcome
            }
        }
        guard let node = map.node("outcomes"), reader.visit(node) else { return outcomes }
        guard let repetition else {
            reader.report(
                node,
                LocalizedText(
                    fr: "« outcomes » sert aux séries ; cet événement n'a qu'une occurrence",
                    en: "'outcomes' is for a series; this event happens once"),
                hint: LocalizedText(
                    fr: "écrivez « outcome: held » (ou cancelled, {postponed: AAAA-MM-JJ})",
                    en: "write 'outcome: held' (or cancelled, {postponed: YYYY-MM-DD})"))
            return outcomes
        }
        guard case .mapping(let mapping) = node else {
            reader.report(
                node,
                LocalizedText(
                    fr: "« outcomes » doit associer un numéro d'occurrence à une issue",
                    en: "'outcomes' must map an occurrence number to an outcome"),
                hint: LocalizedText(
                    fr: "écrivez par exemple « outcomes: {1: held, 2: cancelled} »",
                    en: "write for example 'outcomes: {1: held, 2: cancelled}'"))
            return outcomes
        }
        var bounded = repetition
        if bounded.count == nil, bounded.until == nil, let horizon { bounded.until = horizon.last }
        let written = Repetition(
            unit: bounded.unit, interval: bounded.interval, count: bounded.count, until: bounded.until,
            exceptions: []
        ).occurrenceDates(from: timing.firstDate)
        for (keyNode, valueNode) in mapping {
            guard let text = keyNode.string, let number = Int(text), number >= 1 else {
                reader.report(
                    keyNode,
                    LocalizedText(
                        fr: "« \(keyNode.string ?? "") » n'est pas un numéro d'occurrence",
                        en: "'\(keyNode.string ?? "")' is not an occurrence number"),
                    hint: LocalizedText(
                        fr: "numérotez les occurrences à partir de 1, comme dans « comite-suivi/2 »",
                        en: "number the occurrences from 1, as in 'comite-suivi/2'"))
                continue
            }
            guard number <= written.count else {
                reader.report(
                    keyNode,
                    LocalizedText(
                        fr: "la série n'a pas d'occurrence \(number) (elle en a \(written.count))",
                        en: "the series has no occurrence \(number) (it has \(written.count))"),
                    hint: LocalizedText(fr: "donnez un numéro de 1 à \(written.count)", en: "give a number from 1 to \(written.count)"))
                continue
            }
            if repetition.exceptions.contains(written[number - 1]) {
                reader.report(
                    keyNode,
                    LocalizedText(
                        fr: "l'occurrence \(number) (\(written[number - 1])) est exclue par « except »",
                        en: "occurrence \(number) (\(written[number - 1])) is left out by 'except'"),
                    hint: LocalizedText(
                        fr: "retirez sa date de « except » ou son issue", en: "remove its date from 'except' or its outcome"))
                continue
            }
            if let outcome = readOutcome(valueNode, kind: kind) { outcomes[number] = outcome }
        }
        return outcomes
    }

    /// `held`, `cancelled`, `met`, `missed`, `{held: DATE}`, `{cancelled: REASON}` or
    /// `{postponed: DATE, reason: REASON}`.
    private func readOutcome(_ node: Node, kind: Activity.Kind) -> Outcome? {
        let deadline = kind == .deadline
        if case .scalar = node {
            guard let word = reader.string(node, context: "outcome") else { return nil }
            switch word {
            case "held" where !deadline: return .held(on: nil)
            case "cancelled": return .cancelled(reason: nil)
            case "met" where deadline: return .met
            case "missed" where deadline: return .missed
            case "held", "met", "missed":
                reportKind(node, deadline: deadline)
            case "postponed":
                reader.report(
                    node, LocalizedText(fr: "un report demande sa nouvelle date", en: "a postponement needs its new date"),
                    hint: LocalizedText(fr: "écrivez « {postponed: AAAA-MM-JJ} »", en: "write '{postponed: YYYY-MM-DD}'"))
            default:
                reader.report(
                    node, LocalizedText(fr: "issue inconnue « \(word) »", en: "unknown outcome '\(word)'"),
                    hint: Suggestion.didYouMean(word, among: deadline ? Self.deadlineOutcomeWords : Self.outcomeWords))
            }
            return nil
        }
        guard let map = reader.mapping(node, context: "outcome", keys: PlanLoader.outcomeKeys) else { return nil }
        let forms = Self.outcomeWords.filter(map.has)
        guard forms.count == 1 else {
            reader.report(
                node,
                forms.isEmpty
                    ? LocalizedText(
                        fr: "l'issue ne dit ni held, ni cancelled, ni postponed",
                        en: "the outcome says neither held, cancelled nor postponed")
                    : LocalizedText(
                        fr: "l'issue dit à la fois \(forms.joined(separator: " et "))",
                        en: "the outcome says both \(forms.joined(separator: " and "))"),
                hint: LocalizedText(
                    fr: "écrivez une seule forme : {held: AAAA-MM-JJ}, {cancelled: RAISON} ou {postponed: AAAA-MM-JJ}",
                    en: "write one form: {held: YYYY-MM-DD}, {cancelled: REASON} or {postponed: YYYY-MM-DD}"))
            return nil
        }
        if map.has("reason"), forms[0] != "postponed" {
            reader.report(
                at: map.location(of: "reason"),
                LocalizedText(fr: "« reason » accompagne un report", en: "'reason' goes with a postponement"),
                hint: LocalizedText(
                    fr: "pour une annulation, la raison est la valeur : {cancelled: RAISON}",
                    en: "for a cancellation the reason is the value: {cancelled: REASON}"))
        }
        switch forms[0] {
        case "held":
            guard !deadline else {
                reportKind(map.node("held")!, deadline: true)
                return nil
            }
            return checkedOutcomeDate(map, key: "held").map { .held(on: $0) }
        case "cancelled":
            return map.localized("cancelled").map { .cancelled(reason: $0) }
        default:
            guard let date = checkedOutcomeDate(map, key: "postponed") else { return nil }
            return .postponed(to: date, reason: map.localized("reason"))
        }
    }

    private func reportKind(_ node: Node, deadline: Bool) {
        reader.report(
            node,
            deadline
                ? LocalizedText(fr: "une échéance est respectée ou manquée, pas tenue", en: "a deadline is met or missed, not held")
                : LocalizedText(
                    fr: "seule une échéance (kind: deadline) est respectée ou manquée",
                    en: "only a deadline (kind: deadline) is met or missed"),
            hint: deadline
                ? LocalizedText(fr: "écrivez « met » ou « missed »", en: "write 'met' or 'missed'")
                : LocalizedText(fr: "écrivez « held »", en: "write 'held'"))
    }

    private func checkedOutcomeDate(_ map: MappingReader, key: String) -> CivilDate? {
        guard let date = map.date(key, required: true) else { return nil }
        let years = PlanLimits.horizonYears
        guard years.contains(date.year) else {
            reader.report(
                at: map.location(of: key),
                LocalizedText(
                    fr: "la date doit tenir entre \(years.lowerBound) et \(years.upperBound), pas \(date)",
                    en: "the date must lie within \(years.lowerBound)–\(years.upperBound), not \(date)"),
                hint: LocalizedText(fr: "vérifiez l'année", en: "check the year"))
            return nil
        }
        return date
    }
}
