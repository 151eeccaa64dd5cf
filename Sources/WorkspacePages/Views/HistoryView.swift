import Bilingual
import CivilTime
import Foundation
import WorkspaceCore
import WorkspaceStore

/// The list of a plan's (or an event's) saves: who, when, what; with a revert button for those allowed.
package enum HistoryView {
    package static func list(_ changes: [PlanChange], planID: String, language: Language, canRevert: Bool, csrf: String = "") -> HTML {
        let say = Wording(language)
        let rows: [HTML] = changes.map { change in
            let revert: HTML =
                canRevert
                ? """
                <form method="post" action="/espace/plans/\(planID)/historique/\(change.id ?? 0)/annuler" class="inline">
                <input type="hidden" name="csrf" value="\(csrf)"><button type="submit" class="link">\(say("Revenir avant ce changement", "Revert to before this change"))</button></form>
                """ : .empty
            return """
                <tr><td>\(timestamp(change.at))</td><td>\(change.author)</td>
                <td><a href="/espace/plans/\(planID)/historique/\(change.id ?? 0)">\(change.summary)</a></td><td>\(revert)</td></tr>
                """
        }
        guard !rows.isEmpty else {
            return
                "<section class=\"card\" id=\"historique\"><h2>\(say("Historique", "History"))</h2><p>\(say("Aucun changement enregistré par l'espace.", "No change saved through the workspace."))</p></section>"
        }
        return """
            <section class="card" id="historique"><h2>\(say("Historique", "History"))</h2>
            <table><thead><tr><th scope="col">\(say("Quand (UTC)", "When (UTC)"))</th><th scope="col">\(say("Qui", "Who"))</th><th scope="col">\(say("Quoi", "What"))</th><th scope="col"><span class="visually-hidden">\(say("Actions", "Actions"))</span></th></tr></thead>
            <tbody>\(rows)</tbody></table></section>
            """
    }

    package static func timestamp(_ date: Date) -> String {
        let seconds = Int64(date.timeIntervalSince1970)
        let day = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = seconds - day * 86_400
        let civil = CivilDate(daysSinceEpoch: Int(day)).description
        return String(format: "%@ %02d:%02d", civil, Int(rest / 3600), Int(rest % 3600 / 60))
    }
}
