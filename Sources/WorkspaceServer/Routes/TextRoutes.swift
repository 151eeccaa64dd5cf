import Bilingual
import Hummingbird
import WorkspaceCore
import WorkspacePages
import WorkspaceStore

/// `/espace/plans/ID/yaml`: the whole plan as text, for those who prefer it, validated as the forms are.
package struct TextRoutes: Sendable {
    let services: WorkspaceServices

    package func add(to router: Router<WorkspaceContext>) {
        router.get("/espace/plans/:plan/yaml") { _, context in try self.page(context) }
        router.post("/espace/plans/:plan/yaml") { request, context in try await self.save(request, context) }
    }

    func access(_ context: WorkspaceContext) throws -> PlanAccess {
        let access = try RouteGuard.plan(context, services: services, snapshot: services.workspace.snapshot)
        guard access.seesWholeText else { throw RouteGuard.Answer(response: RouteGuard.forbidden(context, access.signedIn)) }
        return access
    }

    func page(
        _ context: WorkspaceContext, text: String? = nil, problems: [String] = [], status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let access = try access(context)
        let say = Wording(context.language)
        let alert = SaveProblems.render(problems, context.language)
        let editable = access.role.canEdit
        let body: HTML = """
            <p><a href="/espace/plans/\(access.planID)">← \(say("Retour au plan", "Back to the plan"))</a> · <code>\(access.loaded.file)</code></p>
            \(alert)
            <form method="post" action="/espace/plans/\(access.planID)/yaml">
            <input type="hidden" name="csrf" value="\(access.signedIn.session.csrfToken)"><input type="hidden" name="revision" value="\(access.loaded.document.revision)">
            <p><label for="texte">\(say("Texte du plan", "The plan's text"))</label>
            <textarea id="texte" name="text" rows="40" spellcheck="false"\(flag: !editable, "readonly")>\(text ?? access.loaded.document.text)</textarea></p>
            \(editable ? "<p><button type=\"submit\">\(say("Enregistrer", "Save"))</button></p>" as HTML : .empty)
            </form>
            """
        return Responses.html(
            Page(
                language: context.language, title: say("Texte YAML", "YAML text"), signedIn: access.signedIn, planID: access.planID,
                planVersion: services.workspace.snapshot.version, body: body), status: status)
    }

    func save(_ request: Request, _ context: WorkspaceContext) async throws -> Response {
        let access = try access(context)
        let form = try await FormData.read(request, limit: 4 << 20)
        try RouteGuard.csrf(form, access.signedIn, context)
        try RouteGuard.requireEditing(access, context)
        let say = Wording(context.language)
        let text = (form.raw("text") ?? "").replacingOccurrences(of: "\r\n", with: "\n")
        switch try await PlanSaver(services: services).save(
            access, text: text, baseRevision: form["revision"] ?? "", summary: say("Texte du plan modifié", "Plan text edited"),
            eventIDs: [])
        {
        case .saved: return Responses.redirect("/espace/plans/\(access.planID)")
        case .editRefused(let error):
            return try page(context, text: text, problems: [error.rendered(in: context.language)], status: .unprocessableContent)
        case .invalid(let issues, _):
            return try page(context, text: text, problems: issues.map { $0.rendered(in: context.language) }, status: .unprocessableContent)
        case .conflict(let conflict): return ConflictView.response(conflict, access: access, eventID: nil, language: context.language)
        }
    }
}
