import Bilingual
import CivilTime
import Scheduling
import WorkspaceCore

/// Why an event has its date (today's `--explain`), and the what-if answer for a day.
package enum ExplanationView {
    package static func render(_ explanation: EventExplanation, _ language: Language) -> HTML {
        let say = Wording(language)
        if !explanation.open {
            let broken: HTML =
                explanation.brokenRules.isEmpty
                ? "<p>\(say("Sa date est écrite dans le plan et ne contredit aucune règle.", "Its date is written in the plan and breaks no rule."))</p>"
                : "<p>\(say("Sa date est écrite dans le plan, mais elle enfreint :", "Its date is written in the plan, but it breaks:"))</p><ul>\(explanation.brokenRules.map { "<li><strong>\($0.name)</strong> — \(say($0.message))</li>" as HTML })</ul>"
            return "<section class=\"card\" id=\"explication\"><h2>\(say("Pourquoi cette date", "Why this date"))</h2>\(broken)</section>"
        }
        let bindings: [HTML] = explanation.bindings.map { binding in
            "<li><strong>\(binding.constraint.name)</strong> — \(say(binding.constraint.message)) <span class=\"muted\">(\(say("écarte", "rules out")) \(binding.datesRuledOut) \(say("date(s) moins coûteuse(s)", "cheaper date(s)")))</span></li>"
        }
        let costs: [HTML] = explanation.costs.map { "<li>\($0.constraint.name) — \(say($0.constraint.message)) : \($0.cost)</li>" }
        let alternatives: [HTML] = explanation.alternatives.map {
            "<li>\(DateText.long($0.date, language)) — \(say("coût", "cost")) \($0.cost)</li>"
        }
        return """
            <section class="card" id="explication"><h2>\(say("Pourquoi cette date", "Why this date"))</h2>
            <p>\(say("Le solveur a retenu le", "The solver chose")) <strong>\(DateText.long(explanation.date, language))</strong>, \(say("coût", "cost")) \(explanation.cost).</p>
            <h3>\(say("Ce que chaque règle a écarté", "What each rule ruled out"))</h3>
            \(bindings.isEmpty ? "<p>\(say("Aucune date moins coûteuse n'était écartée.", "No cheaper date was ruled out."))</p>" as HTML : "<ul>\(bindings)</ul>" as HTML)
            \(costs.isEmpty ? .empty : "<h3>\(say("Ce que coûte la date retenue", "What the chosen date costs"))</h3><ul>\(costs)</ul>" as HTML)
            \(alternatives.isEmpty ? .empty : "<h3>\(say("Les meilleures autres dates", "The best other dates"))</h3><ul>\(alternatives)</ul>" as HTML)
            </section>
            """
    }

    package static func check(_ check: DateCheck, _ language: Language) -> HTML {
        let say = Wording(language)
        if check.isAllowed {
            return
                "<p class=\"ok\" id=\"essai-resultat\">\(DateText.long(check.date, language)) : \(say("aucune règle enfreinte, coût", "no rule broken, cost")) \(check.cost ?? 0).</p>"
        }
        return """
            <div id="essai-resultat"><p class="error">\(DateText.long(check.date, language)) : \(say("enfreint", "breaks"))</p>
            <ul>\(check.broken.map { "<li><strong>\($0.name)</strong> — \(say($0.message))</li>" as HTML })</ul></div>
            """
    }
}
