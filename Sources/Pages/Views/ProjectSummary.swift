import PlanModel

/// A project in one line, as the reports and the dashboard show it: « Écoles vertes — en cours ;
/// du 1er janvier 2025 au 31 décembre 2026 ; financement : FFQCD (13e appel à projets du FFQCD) ;
/// budget : Ville de Québec 20 000 CAD, Ville de Namur 16 000 EUR ; partenaires : … ».
enum ProjectSummary {
    static func line(_ project: Project, plan: Plan, words: PageWords) -> String {
        var parts: [String] = []
        if let status = project.status { parts.append(words.projectStatus(status)) }
        if let period = project.period { parts.append(words.span(period.first, period.last)) }
        if let funding = project.funding {
            // A call that names an event of the plan reads as its title.
            let call = funding.call.map { call in plan.activities.first { $0.id == call }.map { words.text($0.title) } ?? call }
            parts.append(words.t("financement", "funding") + words.colon + " " + funding.programme + (call.map { " (\($0))" } ?? ""))
        }
        if !project.budget.isEmpty {
            parts.append(
                words.t("budget", "budget") + words.colon + " "
                    + project.budget.map { line in
                        words.partner(line.partnerID, in: plan) + " " + words.amount(line.amount) + " " + line.currency
                    }.joined(separator: ", "))
        }
        let partners = project.partnerIDs.map { words.partner($0, in: plan) }
        if !partners.isEmpty { parts.append(words.t("partenaires", "partners") + words.colon + " " + partners.joined(separator: ", ")) }
        return words.text(project.title) + (parts.isEmpty ? "" : " — " + parts.joined(separator: " ; "))
    }
}
