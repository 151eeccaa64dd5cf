import Bilingual
import Hummingbird
import PlanEditing
import PlanModel
import WorkspaceCore
import WorkspacePages
import WorkspaceStore

/// `/espace/plans/ID/elements`: partners, people, domains, ties, bodies, projects, blackouts and
/// mobility programmes. Each item is edited as its YAML text (every key of the format, comments
/// kept); people also have a form. Events have their own pages.
package struct ElementRoutes: Sendable {
    let services: WorkspaceServices

    static let sections = ["partners", "people", "domains", "ties", "bodies", "projects", "blackouts", "mobility"]

    /// A starting text for a new item of each section, as the plan format writes it.
    static let templates: [String: String] = [
        "partners":
            "id: nouveau-partenaire\nname: Ville de …\nkind: city\ncountry: FR\ntimezone: Europe/Paris\nholidays: [FR]\nlanguage: fr\n",
        "people": "id: prenom-nom\nname: Prénom Nom\nrole: {fr: …, en: …}\npartner: …\n",
        "domains": "id: nouveau-domaine\nname: {fr: …, en: …}\n",
        "ties": "id: nouvelle-entente\nkind: protocol\npartners: [a, b]\nperiod: {from: 2026-01-01, to: 2028-12-31}\n",
        "bodies": "id: nouveau-comite\nname: {fr: …, en: …}\nmembers: []\n",
        "projects": "id: nouveau-projet\ntitle: {fr: …, en: …}\npartners: [a, b]\n",
        "blackouts": "id: nouvelle-periode\ntitle: {fr: …, en: …}\ndates: {from: 2026-07-01, to: 2026-07-31}\n",
        "mobility": "id: nouveau-programme\n",
    ]

    static func sectionName(_ section: String, _ say: Wording) -> String {
        switch section {
        case "partners": say("Partenaires", "Partners")
        case "people": say("Personnes", "People")
        case "domains": say("Domaines", "Domains")
        case "ties": say("Liens et ententes", "Ties and agreements")
        case "bodies": say("Instances", "Bodies")
        case "projects": say("Projets", "Projects")
        case "blackouts": say("Périodes exclues", "Blackouts")
        case "mobility": say("Programmes de mobilité", "Mobility programmes")
        default: section
        }
    }

    package func add(to router: Router<WorkspaceContext>) {
        router.get("/espace/plans/:plan/elements") { _, context in try self.list(context) }
        router.post("/espace/plans/:plan/elements/:section") { request, context in try await self.create(request, context) }
        router.get("/espace/plans/:plan/elements/:section/:item") { _, context in try self.item(context) }
        router.post("/espace/plans/:plan/elements/:section/:item") { request, context in try await self.save(request, context) }
        router.post("/espace/plans/:plan/elements/:section/:item/retirer") { request, context in try await self.remove(request, context) }
    }

    func access(_ context: WorkspaceContext) throws -> (PlanAccess, PlanText) {
        let access = try RouteGuard.plan(context, services: services, snapshot: services.workspace.snapshot)
        guard let text = try? PlanText(access.loaded.document.text) else { throw RouteGuard.Answer(response: RouteGuard.notFound(context)) }
        return (access, text)
    }

    func list(
        _ context: WorkspaceContext, problems: [String] = [], sent: (section: String, block: String)? = nil,
        status: HTTPResponse.Status = .ok
    )
        throws -> Response
    {
        let (access, text) = try access(context)
        let say = Wording(context.language)
        let csrf = access.signedIn.session.csrfToken
        let alert = SaveProblems.render(problems, context.language)
        let sections: [HTML] = Self.sections.map { section in
            let items: [HTML] = text.itemIDs(in: section).map { id in
                "<li><a href=\"/espace/plans/\(access.planID)/elements/\(section)/\(id)\">\(id)</a></li>"
            }
            let create: HTML =
                access.role.canEdit
                ? """
                <details\(flag: sent?.section == section, "open")><summary>\(say("Ajouter", "Add"))</summary>
                <form method="post" action="/espace/plans/\(access.planID)/elements/\(section)">
                <input type="hidden" name="csrf" value="\(csrf)"><input type="hidden" name="revision" value="\(access.loaded.document.revision)">
                <p><label for="nouveau-\(section)">YAML</label><textarea id="nouveau-\(section)" name="block" rows="7" spellcheck="false">\(sent?.section == section ? sent!.block : Self.templates[section] ?? "id: …\n")</textarea></p>
                <p><button type="submit">\(say("Ajouter", "Add"))</button></p></form></details>
                """ : .empty
            return
                "<section class=\"card\" id=\"\(section)\"><h2>\(Self.sectionName(section, say))</h2><ul>\(items)</ul>\(create)</section>"
        }
        let body: HTML =
            "<p><a href=\"/espace/plans/\(access.planID)\">← \(say("Retour au plan", "Back to the plan"))</a></p>\(alert)\(sections)"
        return Responses.html(
            Page(
                language: context.language, title: say("Éléments du plan", "The plan's elements"), signedIn: access.signedIn,
                planID: access.planID, planVersion: services.workspace.snapshot.version, body: body),
            status: status)
    }

    func item(
        _ context: WorkspaceContext, problems: [String] = [], blockText: String? = nil, status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let (access, text) = try access(context)
        let say = Wording(context.language)
        let section = context.parameters.get("section") ?? "", id = context.parameters.get("item") ?? ""
        guard Self.sections.contains(section), let block = text.itemBlock(section: section, id: id) else {
            throw RouteGuard.Answer(response: RouteGuard.notFound(context))
        }
        let csrf = access.signedIn.session.csrfToken
        let alert = SaveProblems.render(problems, context.language)
        let editable = access.role.canEdit
        let body: HTML = """
            <p><a href="/espace/plans/\(access.planID)/elements#\(section)">← \(Self.sectionName(section, say))</a></p>
            \(alert)
            <form method="post" action="/espace/plans/\(access.planID)/elements/\(section)/\(id)" class="card">
            <input type="hidden" name="csrf" value="\(csrf)"><input type="hidden" name="revision" value="\(access.loaded.document.revision)">
            <p><label for="bloc">YAML</label><textarea id="bloc" name="block" rows="16" spellcheck="false"\(flag: !editable, "readonly")>\(blockText ?? block)</textarea></p>
            \(editable ? "<p><button type=\"submit\">\(say("Enregistrer", "Save"))</button></p>" as HTML : .empty)</form>
            \(editable ? """
            <form method="post" action="/espace/plans/\(access.planID)/elements/\(section)/\(id)/retirer" class="card">
            <input type="hidden" name="csrf" value="\(csrf)"><input type="hidden" name="revision" value="\(access.loaded.document.revision)">
            <button type="submit">\(say("Retirer", "Remove")) \(id)</button></form>
            """ as HTML : .empty)
            """
        return Responses.html(
            Page(
                language: context.language, title: "\(Self.sectionName(section, say)) : \(id)", signedIn: access.signedIn,
                planID: access.planID, planVersion: services.workspace.snapshot.version, body: body),
            status: status)
    }

    func create(_ request: Request, _ context: WorkspaceContext) async throws -> Response {
        let (access, _) = try access(context)
        let form = try await FormData.read(request)
        try RouteGuard.csrf(form, access.signedIn, context)
        try RouteGuard.requireEditing(access, context)
        let section = context.parameters.get("section") ?? ""
        guard Self.sections.contains(section) else { throw RouteGuard.Answer(response: RouteGuard.notFound(context)) }
        let block = (form.raw("block") ?? "").replacingOccurrences(of: "\r\n", with: "\n")
        let say = Wording(context.language)
        return try await finish(
            context, access: access,
            outcome: try await PlanSaver(services: services).save(
                access, edits: [.appendItem(section: section, block: block)], baseRevision: form["revision"] ?? "",
                summary: "\(Self.sectionName(section, say)) : \(say("ajout", "added"))", eventIDs: []),
            retry: { problems in try self.list(context, problems: problems, sent: (section, block), status: .unprocessableContent) },
            done: "/espace/plans/\(access.planID)/elements#\(section)")
    }

    func save(_ request: Request, _ context: WorkspaceContext) async throws -> Response {
        let (access, _) = try access(context)
        let form = try await FormData.read(request)
        try RouteGuard.csrf(form, access.signedIn, context)
        try RouteGuard.requireEditing(access, context)
        let section = context.parameters.get("section") ?? "", id = context.parameters.get("item") ?? ""
        let block = (form.raw("block") ?? "").replacingOccurrences(of: "\r\n", with: "\n")
        let say = Wording(context.language)
        return try await finish(
            context, access: access,
            outcome: try await PlanSaver(services: services).save(
                access, edits: [.replaceItem(section: section, id: id, block: block)], baseRevision: form["revision"] ?? "",
                summary: "\(Self.sectionName(section, say)) : \(id)", eventIDs: []),
            retry: { problems in try self.item(context, problems: problems, blockText: block, status: .unprocessableContent) },
            done: "/espace/plans/\(access.planID)/elements/\(section)/\(id)")
    }

    func remove(_ request: Request, _ context: WorkspaceContext) async throws -> Response {
        let (access, _) = try access(context)
        let form = try await FormData.read(request)
        try RouteGuard.csrf(form, access.signedIn, context)
        try RouteGuard.requireEditing(access, context)
        let section = context.parameters.get("section") ?? "", id = context.parameters.get("item") ?? ""
        let say = Wording(context.language)
        return try await finish(
            context, access: access,
            outcome: try await PlanSaver(services: services).save(
                access, edits: [.removeItem(section: section, id: id)], baseRevision: form["revision"] ?? "",
                summary: "\(Self.sectionName(section, say)) : \(say("retrait de", "removed")) \(id)", eventIDs: []),
            retry: { problems in try self.item(context, problems: problems, status: .unprocessableContent) },
            done: "/espace/plans/\(access.planID)/elements#\(section)")
    }

    func finish(
        _ context: WorkspaceContext, access: PlanAccess, outcome: PlanSaver.Outcome, retry: ([String]) throws -> Response, done: String
    ) throws -> Response {
        switch outcome {
        case .saved: return Responses.redirect(done)
        case .editRefused(let error): return try retry([error.rendered(in: context.language)])
        case .invalid(let issues, _): return try retry(issues.map { $0.rendered(in: context.language) })
        case .conflict(let conflict): return ConflictView.response(conflict, access: access, eventID: nil, language: context.language)
        }
    }
}
