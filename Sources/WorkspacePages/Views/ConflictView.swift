import Bilingual
import WorkspaceCore
import PlanEditing
import WorkspaceStore

/// The second of two saves from the same revision: nothing was written; the page shows what is
/// saved now and what this person tried to save, so that nothing is lost.
package enum ConflictView {
    package static func page(_ conflict: RevisionConflict, access: PlanAccess, eventID: String?, language: Language) -> Page {
        let say = Wording(language)
        func part(_ text: String) -> String {
            guard let eventID, let plan = try? PlanText(text), let block = plan.itemBlock(section: "events", id: eventID) else {
                return text
            }
            return block
        }
        let theirs = part(conflict.current.text)
        let mine = part(conflict.attempted)
        let body: HTML = """
            <section class="card error" role="alert" id="conflit-revision">
            <p>\(say("Quelqu'un a enregistré ce plan pendant que vous le modifiiez. Vos changements n'ont pas été enregistrés ; les voici, à côté de la version enregistrée. Rechargez la page, puis refaites ceux qui manquent.", "Someone saved this plan while you were editing it. Your changes were not saved; here they are, beside the saved version. Reload the page, then make again the ones that are missing."))</p>
            </section>
            <div class="versions">
            <section class="card"><h2>\(say("Version enregistrée", "Saved version"))</h2><pre id="version-enregistree">\(theirs)</pre></section>
            <section class="card"><h2>\(say("Votre version (non enregistrée)", "Your version (not saved)"))</h2><pre id="votre-version">\(mine)</pre></section>
            </div>
            <p><a class="button" href="/espace/plans/\(access.planID)\(eventID.map { "/evenements/\($0)" } ?? "")">\(say("Reprendre depuis la version enregistrée", "Start again from the saved version"))</a></p>
            """
        return Page(language: language, title: say("Modification concurrente", "Conflicting edit"), signedIn: access.signedIn, body: body)
    }
}
