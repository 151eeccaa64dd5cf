import Bilingual
import Hummingbird
import WorkspaceCore
import WorkspacePages
import WorkspaceStore

/// `/espace/plans/ID/historique`: every save, a change's before → after, and a revert.
package struct HistoryRoutes: Sendable {
    let services: WorkspaceServices

    package func add(to router: Router<WorkspaceContext>) {
        router.get("/espace/plans/:plan/historique") { _, context in try await self.list(context) }
        router.get("/espace/plans/:plan/historique/:change") { _, context in try await self.detail(context) }
        router.post("/espace/plans/:plan/historique/:change/annuler") { request, context in try await self.revert(request, context) }
    }

    func list(_ context: WorkspaceContext) async throws -> Response {
        let access = try RouteGuard.plan(context, services: services, snapshot: services.workspace.snapshot)
        let say = Wording(context.language)
        let changes = try await services.store.history(planID: access.planID, eventID: nil, limit: 200)
        let body: HTML = """
            <p><a href="/espace/plans/\(access.planID)">← \(say("Retour au plan", "Back to the plan"))</a></p>
            \(HistoryView.list(changes, planID: access.planID, language: context.language, canRevert: access.role.canEdit && access.seesWholeText, csrf: access.signedIn.session.csrfToken))
            """
        return Responses.html(
            Page(
                language: context.language, title: say("Historique", "History"), signedIn: access.signedIn, planID: access.planID,
                body: body))
    }

    func change(_ context: WorkspaceContext, _ access: PlanAccess) async throws -> PlanChange {
        guard let id = context.parameters.get("change").flatMap(Int64.init), let change = try await services.store.change(id: id),
            change.planID == access.planID, change.committed
        else { throw RouteGuard.Answer(response: RouteGuard.notFound(context)) }
        return change
    }

    func detail(_ context: WorkspaceContext) async throws -> Response {
        let access = try RouteGuard.plan(context, services: services, snapshot: services.workspace.snapshot)
        let change = try await change(context, access)
        let say = Wording(context.language)
        // The texts hold every event: only those who see confidential ones see them.
        let diff: HTML =
            access.seesWholeText
            ? LineDiff.render(before: change.before, after: change.after)
            : "<p>\(say("Le détail de ce changement n'est montré qu'aux rédacteurs du plan.", "The detail of this change is shown to the plan's editors only."))</p>"
        let body: HTML = """
            <p><a href="/espace/plans/\(access.planID)/historique">← \(say("Historique", "History"))</a></p>
            <p>\(HistoryView.timestamp(change.at)) UTC — \(change.author) — \(change.summary)</p>
            \(diff)
            """
        return Responses.html(
            Page(
                language: context.language, title: say("Changement", "Change"), signedIn: access.signedIn, planID: access.planID, body: body
            ))
    }

    /// Puts back the text from before the change, as a new change of its own (nothing is erased).
    func revert(_ request: Request, _ context: WorkspaceContext) async throws -> Response {
        let access = try RouteGuard.plan(context, services: services, snapshot: services.workspace.snapshot)
        let form = try await FormData.read(request, limit: 16 * 1024)
        try RouteGuard.csrf(form, access.signedIn, context)
        try RouteGuard.requireEditing(access, context)
        guard access.seesWholeText else { throw RouteGuard.Answer(response: RouteGuard.forbidden(context, access.signedIn)) }
        let change = try await change(context, access)
        let say = Wording(context.language)
        let summary = "\(say("Retour avant", "Reverted")) « \(change.summary) »"
        switch try await PlanSaver(services: services).save(
            access, text: change.before, baseRevision: access.loaded.document.revision, summary: summary, eventIDs: change.eventIDs)
        {
        case .saved: return Responses.redirect("/espace/plans/\(access.planID)/historique")
        case .conflict(let conflict): return ConflictView.response(conflict, access: access, eventID: nil, language: context.language)
        case .editRefused(let error):
            return Responses.html(
                Page(
                    language: context.language, title: say("Retour impossible", "Revert failed"), signedIn: access.signedIn,
                    body: "<pre>\(error.rendered(in: context.language))</pre>"),
                status: .unprocessableContent)
        case .invalid(let issues, _):
            return Responses.html(
                Page(
                    language: context.language, title: say("Retour impossible", "Revert failed"), signedIn: access.signedIn,
                    body:
                        "<p>\(say("L'ancien texte ne se planifie plus avec le reste de l'espace :", "The old text no longer plans with the rest of the workspace:"))</p><ul>\(issues.map { "<li><pre>\($0.rendered(in: context.language))</pre></li>" as HTML })</ul>"
                ),
                status: .unprocessableContent)
        }
    }
}
