import Bilingual
import Registry
import CivilTime
import PlanModel
import Scheduling

/// Builds the registry page, and the registry's lines the dashboard repeats.
struct RegistryPageBuilder {
    let registry: Registry
    let words: PageWords

    var heading: String { words.t("Registre des ententes et des jumelages", "Registry of agreements and twinnings") }
    var anniversariesHeading: String { words.t("Anniversaires des douze prochains mois", "Anniversaries in the next twelve months") }
    var noAnniversaries: String { words.t("Aucun anniversaire d'ici douze mois.", "No anniversary within twelve months.") }
    var endingHeading: String { words.t("Liens qui prennent fin d'ici six mois", "Ties ending within six months") }
    var noEnding: String { words.t("Aucun lien ne prend fin d'ici six mois.", "No tie ends within six months.") }

    func page(chrome: PageChrome) -> RegistryPage {
        let t = words.t
        let plans = registry.plans.map { plan in
            let ties = registry.entries.filter { $0.planID == plan.id }.map { entry in
                RegistryPage.Tie(
                    anchor: "lien-\(plan.id)-\(entry.tie.id)",
                    title: Registry.title(of: entry.tie, in: plan, language: words.language),
                    status: Registry.statusName(entry.status, kind: entry.tie.kind, in: words.language),
                    statusClass: Self.cssClass(entry.status),
                    facts: Registry.facts(of: entry, in: plan, language: words.language).map {
                        RegistryPage.Fact(label: $0.label, value: $0.value)
                    })
            }
            return RegistryPage.Plan(
                anchor: "plan-\(plan.id)", title: words.text(plan.title), ties: ties, hasTies: !ties.isEmpty,
                noTies: t("Aucun lien dans ce plan.", "No tie in this plan."))
        }
        let anniversaries = anniversaryLines(), ending = endingLines()
        return RegistryPage(
            chrome: chrome,
            heading: heading,
            summary: summary(),
            tocLabel: t("Plans", "Plans"),
            toc: plans.map { RegistryPage.TocEntry(anchor: $0.anchor, label: $0.title) },
            anniversariesHeading: anniversariesHeading,
            anniversaries: anniversaries, hasAnniversaries: !anniversaries.isEmpty, noAnniversaries: noAnniversaries,
            endingHeading: endingHeading,
            ending: ending, hasEnding: !ending.isEmpty, noEnding: noEnding,
            plans: plans)
    }

    /// « Situation au 3 novembre 2025 : 9 liens — 5 en vigueur, 1 à renouveler, 3 expirés. »
    func summary() -> String {
        let count = registry.entries.count
        var text =
            words.t("Situation au \(words.date(registry.today))", "As of \(words.date(registry.today))") + words.colon + " "
            + words.t("\(count) lien\(count > 1 ? "s" : "")", "\(count) tie\(count == 1 ? "" : "s")")
        let parts = Registry.Status.allCases.compactMap { status -> String? in
            let n = registry.entries.filter { $0.status == status }.count
            return n == 0 ? nil : "\(n) " + Self.countedStatus(status, plural: n > 1, words: words)
        }
        if !parts.isEmpty { text += " — " + parts.joined(separator: ", ") }
        return text + "."
    }

    /// « 28 octobre 2026 : 35e anniversaire — Déclaration Namur-Québec (Québec–Namur, …) ».
    func anniversaryLines() -> [String] {
        registry.upcomingAnniversaries.compactMap { anniversary in
            guard let plan = registry.plan(anniversary.planID), let tie = plan.tie(anniversary.tieID) else { return nil }
            return Registry.when(anniversary, in: words.language) + words.colon + " "
                + words.t(
                    "\(Registry.ordinal(anniversary.years, in: .fr)) anniversaire",
                    "\(Registry.ordinal(anniversary.years, in: .en)) anniversary")
                + " — " + Registry.title(of: tie, in: plan, language: words.language) + " (\(words.text(plan.title)))"
        }
    }

    /// « 31 décembre 2026 : Protocole de collaboration 2024-2026 — à renouveler (…) ».
    func endingLines() -> [String] {
        registry.ending.compactMap { entry in
            guard let plan = registry.plan(entry.planID), let last = entry.tie.period?.last else { return nil }
            return words.date(last) + words.colon + " " + Registry.title(of: entry.tie, in: plan, language: words.language)
                + " — " + Registry.statusName(entry.status, kind: entry.tie.kind, in: words.language) + " (\(words.text(plan.title)))"
        }
    }

    static func cssClass(_ status: Registry.Status) -> String {
        switch status {
        case .inForce, .renewed: return "ok"
        case .toRenew: return "warn"
        case .upcoming: return "soon"
        case .expired: return "past"
        }
    }

    /// Ties counted by status: « en vigueur », « expirés ».
    static func countedStatus(_ status: Registry.Status, plural: Bool, words: PageWords) -> String {
        let s = plural ? "s" : ""
        switch status {
        case .upcoming: return words.t("à venir", "not yet in force")
        case .inForce: return words.t("en vigueur", "in force")
        case .toRenew: return words.t("à renouveler", "to renew")
        case .renewed: return words.t("renouvelé\(s)", "renewed")
        case .expired: return words.t("expiré\(s)", "expired")
        }
    }
}
