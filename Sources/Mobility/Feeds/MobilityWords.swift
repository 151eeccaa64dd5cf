import Bilingual
import CivilTime
import PlanModel

/// The words of the mobility feeds and tables, in one language.
struct MobilityWords {
    let plan: Plan
    let language: Language

    func text(fr: String, en: String) -> String { language == .fr ? fr : en }

    func partner(_ id: String) -> String { plan.partner(id)?.name.text(in: language).shortName ?? id }

    func date(_ date: CivilDate) -> String { language == .fr ? FrenchDate.long(date) : EnglishDate.long(date) }

    func windowSummary(_ window: ExchangeWindow) -> String {
        let host = partner(window.toID)
        let type = window.type.name.text(in: language)
        return text(fr: "\(type) à \(host) : \(window.name.fr)", en: "\(type) at \(host): \(window.name.en)")
            + (window.estimated ? text(fr: " (dates à confirmer)", en: " (dates to be confirmed)") : "")
    }

    func windowDescription(_ window: ExchangeWindow) -> String {
        var lines: [String] = []
        lines.append(
            text(
                fr: "De \(partner(window.fromID)) vers \(partner(window.toID)), année \(window.year).",
                en: "From \(partner(window.fromID)) to \(partner(window.toID)), year \(window.year)."))
        lines.append(
            text(
                fr: "Du \(date(window.start)) au \(date(window.end)) (\(window.dayCount) jours).",
                en: "From \(date(window.start)) to \(date(window.end)) (\(window.dayCount) days)."))
        for note in window.notes { lines.append(note.text(in: language)) }
        if !window.homeOverlaps.isEmpty {
            lines.append(text(fr: "Chevauche à \(partner(window.fromID)) :", en: "Overlaps at \(partner(window.fromID)):"))
            for overlap in window.homeOverlaps {
                lines.append(
                    "- \(overlap.name.text(in: language)) (\(overlap.from) – \(overlap.to), \(overlap.days) \(text(fr: "j", en: "d")))")
            }
        }
        for deadline in window.deadlines {
            lines.append("\(deadlineSummary(deadline, direction: nil)) : \(date(deadline.date))".frenchColon(language))
        }
        for requirement in window.languages {
            lines.append(text(fr: "Langue : ", en: "Language: ") + requirement.description.text(in: language))
        }
        if window.estimated {
            lines.append(
                window.type.usesAcademicCalendar
                    ? text(
                        fr: "Dates estimées d'après le calendrier universitaire, à confirmer.",
                        en: "Dates estimated from the academic calendar, to be confirmed.")
                    : text(fr: "Dates de travail du programme, à confirmer.", en: "The programme's working dates, to be confirmed."))
        }
        return lines.joined(separator: "\n")
    }

    func deadlineSummary(_ deadline: MobilityDeadline, direction: MobilityDirection?) -> String {
        var summary = deadline.kind.name.text(in: language)
        if deadline.kind == .permits, let permit = deadline.permit {
            summary += " : \(permit.text(in: language))".frenchColon(language)
        } else if !deadline.ofProgramme {
            summary += " (\(partner(deadline.institutionID)))"
        }
        if let direction {
            summary += text(
                fr: " — \(partner(direction.fromID)) vers \(partner(direction.toID))",
                en: " — \(partner(direction.fromID)) to \(partner(direction.toID))")
        }
        return summary
    }

    func deadlineDescription(_ deadline: MobilityDeadline, windows: [ExchangeWindow]) -> String {
        let academic = windows.first?.type.usesAcademicCalendar ?? true
        var lines = [text(fr: "Pour :", en: "For:")]
        for window in windows {
            lines.append(
                "- \(window.type.name.text(in: language)) : \(window.name.text(in: language)) (\(window.start) – \(window.end))"
                    .frenchColon(language))
        }
        if let lead = deadline.leadDays {
            lines.append(
                text(
                    fr: "Délai de traitement compté : \(lead) jours avant le début du séjour.",
                    en: "Processing time counted: \(lead) days before the stay starts."))
        }
        if deadline.estimated {
            lines.append(
                academic
                    ? text(
                        fr: "Date estimée, à confirmer auprès du bureau international.",
                        en: "Estimated date, to be confirmed with the international office.")
                    : text(
                        fr: "Date de travail, à confirmer auprès des organismes du programme.",
                        en: "Working date, to be confirmed with the programme's offices."))
        }
        return lines.joined(separator: "\n")
    }
}

private extension String {
    /// « Université de Namur (UNamur) » → « UNamur »: the short name in parentheses, when there is
    /// one (one word starting with a capital); « Régions de France (ex-ARF) » stays whole.
    var shortName: String {
        guard hasSuffix(")"), let open = lastIndex(of: "(") else { return self }
        let inner = self[index(after: open)..<index(before: endIndex)]
        return inner.first?.isUppercase == true && !inner.contains(" ") ? String(inner) : self
    }
}
