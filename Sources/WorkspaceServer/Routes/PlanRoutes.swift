import Bilingual
import Foundation
import Hummingbird
import PlanModel
import Scheduling
import WorkspaceCore
import WorkspacePages
import WorkspaceStore

/// `/espace`: the plans a person may see; `/espace/plans/ID`: one plan, its schedule, its conflicts.
package struct PlanRoutes: Sendable {
    let services: WorkspaceServices

    package func add(to router: Router<WorkspaceContext>) {
        router.get("/espace") { _, context in try self.list(context) }
        router.get("/espace/plans/:plan") { _, context in try self.plan(context) }
    }

    func list(_ context: WorkspaceContext) throws -> Response {
        let signedIn = try RouteGuard.signedIn(context)
        let say = Wording(context.language)
        let snapshot = services.workspace.snapshot
        let visible = snapshot.plans.filter { signedIn.role(on: $0.id) != nil }
        let rows: [HTML] = visible.map { loaded in
            let role = signedIn.role(on: loaded.id) ?? .viewer
            let title = loaded.plan.map { say($0.title) } ?? loaded.file
            let events = snapshot.events(ofPlan: loaded.id).filter { role.seesConfidential || !$0.confidential }
            let state: HTML =
                !loaded.issues.isEmpty
                ? "<span class=\"badge cancelled\">\(say("ne se charge pas", "does not load"))</span>"
                : (snapshot.result?.status == .infeasible && snapshot.result?.conflicts.contains { $0.planID == loaded.id } == true)
                    ? "<span class=\"badge cancelled\">\(say("aucune date ne convient", "no date works"))</span>"
                    : "<span class=\"badge done\">\(say("planifié", "planned"))</span>"
            return """
                <tr><td><a href="/espace/plans/\(loaded.id)">\(title)</a><br><code>\(loaded.file)</code></td>
                <td>\(events.count)</td><td>\(state)</td><td>\(RoleText.name(role, say))</td></tr>
                """
        }
        let empty: HTML =
            visible.isEmpty
            ? "<p>\(say("Aucun plan ne vous est encore ouvert : demandez un rôle à l'administrateur de l'espace.", "No plan is open to you yet: ask the workspace administrator for a role."))</p>"
            : .empty
        let planning: HTML =
            snapshot.planningIssues.isEmpty
            ? .empty
            : """
            <section class="card error" role="alert"><h2>\(say("L'espace ne se planifie pas", "The workspace does not plan"))</h2>
            <ul>\(snapshot.planningIssues.map { "<li>\($0.rendered(in: context.language))</li>" as HTML })</ul></section>
            """
        let body: HTML = """
            \(planning)\(empty)
            <table class="plans"><caption>\(say("Plans de l'espace", "Plans of the workspace"))</caption>
            <thead><tr><th scope="col">\(say("Plan", "Plan"))</th><th scope="col">\(say("Événements", "Events"))</th><th scope="col">\(say("État", "State"))</th><th scope="col">\(say("Votre rôle", "Your role"))</th></tr></thead>
            <tbody>\(rows)</tbody></table>
            """
        return Responses.html(Page(language: context.language, title: say("Plans", "Plans"), signedIn: signedIn, body: body))
    }

    func plan(_ context: WorkspaceContext) throws -> Response {
        let snapshot = services.workspace.snapshot
        let access = try RouteGuard.plan(context, services: services, snapshot: snapshot)
        let say = Wording(context.language)
        let language = context.language
        let csrf = access.signedIn.session.csrfToken
        let title = access.loaded.plan.map { say($0.title) } ?? access.loaded.file
        var sections: [HTML] = []
        if !access.loaded.issues.isEmpty {
            sections.append(
                """
                <section class="card error" role="alert"><h2>\(say("Ce plan ne se charge pas", "This plan does not load"))</h2>
                <ul>\(access.loaded.issues.map { "<li><pre>\($0.rendered(in: language))</pre></li>" as HTML })</ul>
                \(access.seesWholeText && access.role.canEdit ? "<p><a href=\"/espace/plans/\(access.planID)/yaml\">\(say("Corriger le texte du plan", "Fix the plan's text"))</a></p>" as HTML : .empty)
                </section>
                """)
        }
        let result = snapshot.result
        let conflicts = (result?.conflicts ?? []).filter { $0.planID == access.planID }
        if let result, result.status == .infeasible, !conflicts.isEmpty {
            let repairs = result.suggestions.filter { $0.kind == .relax }
            let buttons: [HTML] = repairs.compactMap { repair in
                guard let date = repair.date, access.activity(repair.eventID.split(separator: "/").first.map(String.init) ?? "") != nil
                else { return nil }
                let form: HTML =
                    access.role.canEdit
                    ? """
                    <form method="post" action="/espace/plans/\(access.planID)/reparer" class="inline">
                    <input type="hidden" name="csrf" value="\(csrf)"><input type="hidden" name="event" value="\(repair.eventID)">
                    <input type="hidden" name="date" value="\(date.description)"><input type="hidden" name="constraint" value="\(repair.constraint ?? "")">
                    <button type="submit" class="repair">\(say("Appliquer : fixer au", "Apply: fix on")) \(DateText.short(date, language))</button></form>
                    """ : .empty
                return "<li>\(say(repair.message)) \(form)</li>"
            }
            sections.append(
                """
                <section class="card error" role="alert" id="conflit"><h2>\(say("Aucune date ne respecte toutes les règles", "No date satisfies every rule"))</h2>
                <p>\(say("Ces règles se contredisent ; en retirer une suffit :", "These rules contradict each other; removing one is enough:"))</p>
                <ul>\(conflicts.map { "<li><strong>\($0.name)</strong> — \(say($0.message))</li>" as HTML })</ul>
                <h3>\(say("Réparations possibles", "Possible repairs"))</h3><ul class="repairs">\(buttons)</ul></section>
                """)
        }
        let events = access.events(in: snapshot)
        let rows: [HTML] = events.map { event in
            let open = result?.openEventIDs.contains("\(event.planID)/\(event.id)") ?? false
            let status = EventStatus.describe(event, open: open, say)
            let cost = (result?.violations ?? []).filter { $0.constraint.planID == event.planID && $0.constraint.eventID == event.id }
                .reduce(0) { $0 + $1.cost }
            let link: String
            if case .anniversary(let tie, _) = event.origin {
                link = "/espace/plans/\(access.planID)/elements/ties/\(tie)"
            } else {
                link = "/espace/plans/\(access.planID)/evenements/\(event.activityID)"
            }
            return """
                <tr><td>\(DateText.timing(event.timing, language))</td>
                <td><a href="\(link)">\(say(event.title))</a>\(event.confidential ? " <span class=\"badge\">\(say("confidentiel", "confidential"))</span>" as HTML : .empty)</td>
                <td data-label="\(say("Type", "Kind"))">\(EventStatus.kind(event.kind, say))</td><td data-label="\(say("État", "State"))"><span class="badge \(status.css)">\(status.text)</span></td><td data-label="\(say("Coût", "Cost"))">\(cost)</td></tr>
                """
        }
        let warnings = (result?.fixedEventWarnings ?? []).filter { $0.planID == access.planID }
            .filter { warning in access.activity(warning.eventID.split(separator: "/").first.map(String.init) ?? "") != nil }
        if !warnings.isEmpty {
            sections.append(
                """
                <section class="card warning"><h2>\(say("Dates écrites qui enfreignent une règle", "Written dates that break a rule"))</h2>
                <ul>\(warnings.map { "<li>\(say($0.message))</li>" as HTML })</ul></section>
                """)
        }
        var actions: [HTML] = []
        if access.role.canEdit {
            actions.append(
                "<a class=\"button\" href=\"/espace/plans/\(access.planID)/nouveau\">\(say("Nouvel événement", "New event"))</a>")
            actions.append(
                "<a href=\"/espace/plans/\(access.planID)/elements\">\(say("Partenaires, personnes, liens…", "Partners, people, ties…"))</a>"
            )
        }
        if access.seesWholeText {
            actions.append("<a href=\"/espace/plans/\(access.planID)/yaml\">\(say("Texte YAML", "YAML text"))</a>")
        }
        actions.append("<a href=\"/espace/plans/\(access.planID)/historique\">\(say("Historique", "History"))</a>")
        actions.append("<a href=\"/espace/calendrier?plan=\(access.planID)\">\(say("Calendrier", "Calendar"))</a>")
        let body: HTML = """
            <p class="actions">\(actions.joined(separator: " "))</p>
            \(sections)
            <table class="events"><caption>\(say("Événements et dates retenues", "Events and chosen dates"))</caption>
            <thead><tr><th scope="col">\(say("Date", "Date"))</th><th scope="col">\(say("Événement", "Event"))</th><th scope="col">\(say("Type", "Kind"))</th><th scope="col">\(say("État", "State"))</th><th scope="col">\(say("Coût", "Cost"))</th></tr></thead>
            <tbody>\(rows)</tbody></table>
            """
        return Responses.html(
            Page(
                language: language, title: title, signedIn: access.signedIn, planID: access.planID, planVersion: snapshot.version,
                body: body))
    }
}

/// A role's name in the page's language.
package enum RoleText {
    package static func name(_ role: PlanRole, _ say: Wording) -> String {
        switch role {
        case .owner: say("propriétaire", "owner")
        case .editor: say("rédacteur", "editor")
        case .partnerEditor: say("rédacteur partenaire", "partner editor")
        case .viewer: say("lecteur", "viewer")
        }
    }
}
