import Bilingual
import CivilTime

/// The registry as text for a terminal (`jumelage registry`): each plan's ties with their
/// facts, then the coming anniversaries and the ties ending soon.
public enum RegistryText {
    public static func render(_ registry: Registry, language: Language?) -> String {
        let overall = language ?? registry.plans.first?.language ?? .fr
        let fr = overall == .fr
        func date(_ day: CivilDate, _ language: Language) -> String { language == .fr ? FrenchDate.long(day) : EnglishDate.long(day) }
        var lines = [
            fr
                ? "Registre des ententes et des jumelages — situation au \(date(registry.today, .fr))"
                : "Registry of agreements and twinnings — as of \(date(registry.today, .en))", "",
        ]
        for plan in registry.plans {
            let language = language ?? plan.language
            let fr = language == .fr
            let entries = registry.entries.filter { $0.planID == plan.id }
            lines.append("\(plan.title.text(in: language))  [\(plan.id)]")
            if entries.isEmpty { lines.append(fr ? "  (aucun lien)" : "  (no tie)") }
            for entry in entries {
                lines.append("  \(Registry.title(of: entry.tie, in: plan, language: language))  [\(entry.tie.id)]")
                lines += Registry.facts(of: entry, in: plan, language: language).map {
                    "    \($0.label) : \($0.value)".frenchColon(language)
                }
            }
            lines.append("")
        }
        lines.append(fr ? "Anniversaires des douze prochains mois" : "Anniversaries in the next twelve months")
        if registry.upcomingAnniversaries.isEmpty { lines.append(fr ? "  (aucun)" : "  (none)") }
        for anniversary in registry.upcomingAnniversaries {
            guard let plan = registry.plan(anniversary.planID), let tie = plan.tie(anniversary.tieID) else { continue }
            let language = language ?? plan.language
            lines.append(
                "  \(Registry.when(anniversary, in: language)) — \(Registry.ordinal(anniversary.years, in: language)) : "
                    .frenchColon(language) + Registry.title(of: tie, in: plan, language: language))
        }
        lines.append("")
        lines.append(fr ? "Liens qui prennent fin d'ici six mois" : "Ties ending within six months")
        if registry.ending.isEmpty { lines.append(fr ? "  (aucun)" : "  (none)") }
        for entry in registry.ending {
            guard let plan = registry.plan(entry.planID), let last = entry.tie.period?.last else { continue }
            let language = language ?? plan.language
            lines.append(
                "  \(date(last, language)) — \(Registry.title(of: entry.tie, in: plan, language: language)) "
                    + "(\(Registry.statusName(entry.status, kind: entry.tie.kind, in: language)))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
