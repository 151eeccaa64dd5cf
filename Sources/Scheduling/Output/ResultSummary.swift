import Bilingual

/// The lines printed under a schedule's table: the solver's status, conflicts and suggestions.
public enum ResultSummary {
    public static func render(_ result: PlanningResult, language: Language?) -> String {
        let language = language ?? result.schedule.plans.first?.language ?? .fr
        let fr = language == .fr
        var lines: [String] = []
        switch result.status {
        case .fixed: break
        case .optimal: lines.append(fr ? "Calendrier optimal (coût \(result.objective))." : "Optimal schedule (cost \(result.objective)).")
        case .feasible:
            lines.append(
                fr
                    ? "Calendrier valide (coût \(result.objective), aucun calendrier ne coûte moins de \(result.bound)) ; la recherche s'est arrêtée avant de prouver qu'il est le meilleur."
                    : "Valid schedule (cost \(result.objective); no schedule costs less than \(result.bound)); the search stopped before proving it is the best."
            )
        case .unknown:
            lines.append(
                fr
                    ? "Aucun calendrier trouvé dans le temps imparti, et aucune impossibilité prouvée."
                    : "No schedule found within the search limits, and no impossibility proven.")
        case .infeasible:
            lines.append(
                fr
                    ? "Aucun calendrier ne respecte toutes les contraintes. Ces contraintes ne peuvent pas tenir ensemble (chacune est nécessaire au conflit) :"
                    : "No schedule satisfies every constraint. These constraints cannot all hold (each one is needed for the conflict):")
            for conflict in result.conflicts {
                lines.append("  - \(conflict.location): \(conflict.name) — \(conflict.message.text(in: language))")
            }
        }
        let relax = result.suggestions.filter { $0.kind == .relax }
        if !relax.isEmpty {
            lines.append(fr ? "Réparations possibles :" : "Possible repairs:")
            lines += relax.map { "  - " + $0.message.text(in: language) }
        }
        let trips = result.suggestions.filter { $0.kind == .combineTrips }
        if !trips.isEmpty {
            lines.append(fr ? "Suggestions :" : "Suggestions:")
            lines += trips.map { "  - " + $0.message.text(in: language) }
        }
        if !result.allWarnings.isEmpty {
            lines.append(fr ? "Avertissements :" : "Warnings:")
            lines += result.allWarnings.map { "  - " + $0.text(in: language) }
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }
}
