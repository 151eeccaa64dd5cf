import Bilingual
import Registry
import CivilTime
import PlanModel
import Scheduling

/// The words and dates of the pages, in one language.
struct PageWords: Sendable {
    let language: Language

    var french: Bool { language == .fr }

    func t(_ fr: String, _ en: String) -> String { french ? fr : en }

    func text(_ text: LocalizedText) -> String { text.text(in: language) }

    /// « 2 septembre 2025 » / "2 September 2025".
    func date(_ date: CivilDate) -> String { french ? FrenchDate.long(date) : EnglishDate.long(date) }

    /// « du 2 septembre 2025 au 12 décembre 2025 » / "2 September 2025 to 12 December 2025"; one
    /// date when both are the same day.
    func span(_ first: CivilDate, _ last: CivilDate) -> String {
        if first == last { return date(first) }
        return french ? "du \(date(first)) au \(date(last))" : "\(date(first)) to \(date(last))"
    }

    func days(_ count: Int) -> String {
        french ? "\(count) jour\(count > 1 ? "s" : "")" : "\(count) day\(count == 1 ? "" : "s")"
    }

    func people(_ count: Int) -> String {
        french ? "\(count) personne\(count > 1 ? "s" : "")" : "\(count) \(count == 1 ? "person" : "people")"
    }

    /// French typography puts a space before a colon.
    var colon: String { french ? " :" : ":" }

    /// The short name of a partner: « UNamur » for « Université de Namur (UNamur) ».
    /// « Université de Namur (UNamur) » → « UNamur »: the short name in parentheses, when there is
    /// one (one word starting with a capital); « Régions de France (ex-ARF) » stays whole.
    func partner(_ id: String, in plan: Plan) -> String {
        guard let name = plan.partner(id)?.name.text(in: language) else { return id }
        guard name.hasSuffix(")"), let open = name.lastIndex(of: "(") else { return name }
        let inner = name[name.index(after: open)..<name.index(before: name.endIndex)]
        return inner.first?.isUppercase == true && !inner.contains(" ") ? String(inner) : name
    }

    /// The follow-up offices of a plan's partners: « Bureau des relations internationales (Ville de Québec) ; … ».
    func offices(of plan: Plan) -> String? {
        let offices = plan.partners.compactMap { partner in partner.office.map { text($0) + " (" + text(partner.name) + ")" } }
        return offices.isEmpty ? nil : offices.joined(separator: " ; ")
    }

    func activityKind(_ kind: Activity.Kind) -> String {
        switch kind {
        case .meeting: return t("Réunion", "Meeting")
        case .mission: return t("Mission", "Mission")
        case .celebration: return t("Célébration", "Celebration")
        case .deadline: return t("Échéance", "Deadline")
        case .event: return t("Événement", "Event")
        case .committee: return t("Comité", "Committee")
        }
    }

    func projectStatus(_ status: Project.Status) -> String {
        switch status {
        case .proposed: return t("proposé", "proposed")
        case .approved: return t("retenu", "approved")
        case .underWay: return t("en cours", "under way")
        case .completed: return t("terminé", "completed")
        case .cancelled: return t("abandonné", "cancelled")
        }
    }

    /// « 16 000 » (narrow no-break spaces) / "16,000".
    func amount(_ value: Int) -> String {
        let digits = Array(String(value))
        var groups: [String] = []
        var end = digits.count
        while end > 0 {
            groups.insert(String(digits[max(0, end - 3)..<end]), at: 0)
            end -= 3
        }
        return groups.joined(separator: french ? "\u{202F}" : ",")
    }

    func status(_ status: PlanningResult.Status) -> String {
        switch status {
        case .fixed: return t("toutes les dates sont fixées dans les plans", "every date is fixed in the plans")
        case .optimal: return t("calendrier optimal trouvé", "optimal schedule found")
        case .feasible: return t("calendrier réalisable trouvé (optimalité non prouvée)", "feasible schedule found (not proven optimal)")
        case .infeasible: return t("aucun calendrier ne respecte toutes les contraintes", "no schedule satisfies every constraint")
        case .unknown: return t("recherche interrompue avant de trouver un calendrier", "search stopped before finding a schedule")
        }
    }

    /// Single-letter month initials for the timeline scale (the same in French and English).
    func monthInitial(_ month: Int) -> String {
        ["J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"][month - 1]
    }
}
