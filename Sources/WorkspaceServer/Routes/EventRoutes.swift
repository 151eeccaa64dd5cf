import Bilingual
import CivilTime
import Foundation
import Hummingbird
import Invitations
import PlanEditing
import PlanModel
import Scheduling
import WorkspaceCore
import WorkspacePages
import WorkspaceStore
import YAMLReading
import Yams

/// One event: its dates and why, what-if, pin, confirm, outcome, the form, its YAML, its history.
package struct EventRoutes: Sendable {
    let services: WorkspaceServices

    package func add(to router: Router<WorkspaceContext>) {
        router.get("/espace/plans/:plan/evenements/:event") { request, context in try await self.page(request, context) }
        router.post("/espace/plans/:plan/evenements/:event") { request, context in try await self.saveForm(request, context) }
        router.post("/espace/plans/:plan/evenements/:event/yaml") { request, context in try await self.saveBlock(request, context) }
        router.post("/espace/plans/:plan/evenements/:event/fixer") { request, context in try await self.pin(request, context) }
        router.post("/espace/plans/:plan/evenements/:event/issue") { request, context in try await self.recordOutcome(request, context) }
        router.get("/espace/plans/:plan/nouveau") { request, context in try await self.newPage(request, context) }
        router.post("/espace/plans/:plan/nouveau") { request, context in try await self.create(request, context) }
        router.post("/espace/plans/:plan/reparer") { request, context in try await self.repair(request, context) }
    }

    struct Target {
        var access: PlanAccess
        var activity: Activity
        var block: String
        var node: Node?
        var snapshot: WorkspaceSnapshot
    }

    func target(_ context: WorkspaceContext) throws -> Target {
        let snapshot = services.workspace.snapshot
        let access = try RouteGuard.plan(context, services: services, snapshot: snapshot)
        let id = context.parameters.get("event") ?? ""
        guard let activity = access.activity(id), let text = try? PlanText(access.loaded.document.text),
            let block = text.itemBlock(section: "events", id: id)
        else { throw RouteGuard.Answer(response: RouteGuard.notFound(context)) }
        return Target(access: access, activity: activity, block: block, node: try? Yams.compose(yaml: block), snapshot: snapshot)
    }

    // MARK: The page

    func page(
        _ request: Request, _ context: WorkspaceContext, sent: FormData? = nil, problems: [String: [String]] = [:],
        general: [String] = [], blockText: String? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let target = try target(context)
        let access = target.access
        let say = Wording(context.language)
        let language = context.language
        let csrf = access.signedIn.session.csrfToken
        let planID = access.planID
        let id = target.activity.id
        let events = target.snapshot.events(ofPlan: planID).filter { $0.activityID == id }
        let result = target.snapshot.result
        var sections: [HTML] = []
        sections.append(SaveProblems.render(general, language))
        let occurrences: [HTML] = events.map { event in
            let open = result?.openEventIDs.contains("\(planID)/\(event.id)") ?? false
            let status = EventStatus.describe(event, open: open, say)
            return "<li>\(DateText.timing(event.timing, language)) <span class=\"badge \(status.css)\">\(status.text)</span></li>"
        }
        sections.append("<section class=\"card\"><h2>\(say("Dates", "Dates"))</h2><ul>\(occurrences)</ul></section>")
        if let first = events.first, let plan = access.loaded.plan {
            let invitees = InvitationBuilder(plan: plan).invitees(of: first).map {
                InviteesView.Invitee(name: $0.name ?? $0.email, address: $0.email)
            }
            let answers = invitees.isEmpty ? [] : try await services.store.invitationAnswers(uid: first.uid)
            sections.append(InviteesView.render(invitees, answers: answers, language: language))
        }
        if let result, let first = events.first, let explanation = EventExplanation(first.id, planID: planID, in: result) {
            sections.append(ExplanationView.render(explanation, language))
        }
        if let first = events.first, let plan = access.loaded.plan {
            sections.append(OverlapView.render(first, plan: plan, language: language))
        }
        // What-if: any day, the rules it would break.
        if let first = events.first, result?.openEventIDs.contains("\(planID)/\(first.id)") == true, let result {
            let tried = request.uri.queryParameters["essai"].flatMap { CivilDate(iso: String($0)) }
            let answer: HTML =
                tried.flatMap { DateCheck(planID: planID, eventID: first.id, date: $0, in: result) }
                .map { ExplanationView.check($0, language) } ?? "<div id=\"essai-resultat\"></div>"
            sections.append(
                """
                <section class="card" id="essai"><h2>\(say("Et si… ?", "What if…?"))</h2>
                <form method="get" action="/espace/plans/\(planID)/evenements/\(id)#essai" class="whatif" data-check="/api/v1/plans/\(planID)/events/\(first.id)/check">
                <p><label for="essai-date">\(say("Essayer le", "Try"))</label><input id="essai-date" name="essai" type="date" value="\(tried?.description ?? first.timing.firstDate.description)">
                <button type="submit">\(say("Vérifier", "Check"))</button></p></form>
                \(answer)
                \(MonthGrid.window(for: first, result: result, planID: planID, language: language))
                </section>
                """)
        }
        // Date polls (`WorkspacePolls`): a confidential event is never put to people outside the workspace.
        if services.store is any PollStore, !target.activity.confidential, target.node?.mapping?["repeat"] == nil {
            sections.append(
                "<p class=\"card\"><a href=\"/espace/plans/\(planID)/evenements/\(id)/sondage\" id=\"lien-sondage\">\(say("Sonder la délégation", "Poll the delegation"))</a></p>"
            )
        }
        if access.role.canEdit {
            let single = target.node?.mapping?["repeat"] == nil
            let chosen = events.first?.timing.firstDate.description ?? ""
            let pin: HTML =
                single
                ? """
                <form method="post" action="/espace/plans/\(planID)/evenements/\(id)/fixer" class="inline">
                <input type="hidden" name="csrf" value="\(csrf)"><input type="hidden" name="revision" value="\(access.loaded.document.revision)">
                <label for="fixer-date">\(say("Fixer au", "Pin on"))</label> <input id="fixer-date" name="date" type="date" value="\(chosen)" required>
                <button type="submit">\(target.activity.provisional ? say("Confirmer cette date", "Confirm this date") : say("Fixer", "Pin"))</button></form>
                """
                : "<p class=\"muted\">\(say("Une série se fixe occurrence par occurrence dans son texte YAML.", "A series is pinned occurrence by occurrence in its YAML text."))</p>"
            let outcome: HTML =
                single
                ? """
                <form method="post" action="/espace/plans/\(planID)/evenements/\(id)/issue" class="inline">
                <input type="hidden" name="csrf" value="\(csrf)"><input type="hidden" name="revision" value="\(access.loaded.document.revision)">
                <label for="issue">\(say("Issue", "Outcome"))</label> <select id="issue" name="outcome">
                <option value="held">\(say("tenu", "held"))</option><option value="cancelled">\(say("annulé", "cancelled"))</option>
                <option value="postponed">\(say("reporté au…", "postponed to…"))</option><option value="">\(say("à confirmer (retirer l'issue)", "to confirm (remove the outcome)"))</option></select>
                <label for="issue-date">\(say("Nouvelle date (report)", "New date (postponed)"))</label> <input id="issue-date" name="date" type="date">
                <button type="submit">\(say("Enregistrer l'issue", "Record the outcome"))</button></form>
                """ : .empty
            sections.append(
                "<section class=\"card\" id=\"decider\"><h2>\(say("Décider", "Decide"))</h2><div class=\"stack\">\(pin)\(outcome)</div></section>"
            )
            let form = EventForm(plan: access.loaded.plan!, language: language)
            sections.append(
                """
                <section class="card" id="modifier"><h2>\(say("Modifier", "Edit"))</h2>
                <form method="post" action="/espace/plans/\(planID)/evenements/\(id)" class="event-form" data-validate="/api/v1/plans/\(planID)/events/\(id)/validate">
                <input type="hidden" name="csrf" value="\(csrf)"><input type="hidden" name="revision" value="\(access.loaded.document.revision)">
                \(form.fields(current: target.node, sent: sent, problems: problems, isNew: false))
                <p><button type="submit">\(say("Enregistrer", "Save"))</button></p></form></section>
                <section class="card" id="yaml"><h2>\(say("Texte YAML de l'événement", "The event's YAML text"))</h2>
                <p class="muted">\(say("Chaque clé du format s'écrit ici ; les commentaires sont gardés.", "Every key of the format can be written here; comments are kept."))</p>
                <form method="post" action="/espace/plans/\(planID)/evenements/\(id)/yaml">
                <input type="hidden" name="csrf" value="\(csrf)"><input type="hidden" name="revision" value="\(access.loaded.document.revision)">
                <p><label for="bloc">YAML</label><textarea id="bloc" name="block" rows="18" spellcheck="false">\(blockText ?? target.block)</textarea></p>
                <p><button type="submit">\(say("Enregistrer le texte", "Save the text"))</button></p></form></section>
                """)
        }
        let changes = try await services.store.history(planID: planID, eventID: id, limit: 20)
        sections.append(HistoryView.list(changes, planID: planID, language: language, canRevert: false))
        let page = Page(
            language: language, title: say(target.activity.title), signedIn: access.signedIn, planID: planID,
            planVersion: target.snapshot.version,
            body: "<p><a href=\"/espace/plans/\(planID)\">← \(say("Retour au plan", "Back to the plan"))</a></p>\(sections)")
        return Responses.html(page, status: status)
    }

    // MARK: Saves

    func saveForm(_ request: Request, _ context: WorkspaceContext) async throws -> Response {
        let target = try target(context)
        let form = try await FormData.read(request)
        try RouteGuard.csrf(form, target.access.signedIn, context)
        try RouteGuard.requireEditing(target.access, context)
        let id = target.activity.id
        let (edits, changed) = EventForm(plan: target.access.loaded.plan!, language: context.language).edits(
            from: form, block: target.block, eventID: id)
        guard !edits.isEmpty else { return Responses.redirect("/espace/plans/\(target.access.planID)/evenements/\(id)") }
        let say = Wording(context.language)
        let summary = "\(say(target.activity.title)) : \(changed.joined(separator: ", "))"
        return try await finish(
            request, context, target: target, sent: form,
            outcome: try await PlanSaver(services: services).save(
                target.access, edits: edits, baseRevision: form["revision"] ?? "", summary: summary, eventIDs: [id]))
    }

    func saveBlock(_ request: Request, _ context: WorkspaceContext) async throws -> Response {
        let target = try target(context)
        let form = try await FormData.read(request)
        try RouteGuard.csrf(form, target.access.signedIn, context)
        try RouteGuard.requireEditing(target.access, context)
        let block = form.raw("block") ?? ""
        let say = Wording(context.language)
        return try await finish(
            request, context, target: target, blockText: block,
            outcome: try await PlanSaver(services: services).save(
                target.access, edits: [.replaceItem(section: "events", id: target.activity.id, block: block)],
                baseRevision: form["revision"] ?? "", summary: "\(say(target.activity.title)) : YAML", eventIDs: [target.activity.id]))
    }

    func pin(_ request: Request, _ context: WorkspaceContext) async throws -> Response {
        let target = try target(context)
        let form = try await FormData.read(request)
        try RouteGuard.csrf(form, target.access.signedIn, context)
        try RouteGuard.requireEditing(target.access, context)
        let say = Wording(context.language)
        guard let date = form["date"].flatMap({ CivilDate(iso: $0) }), let node = target.node,
            let edits = PinEdits.edits(eventID: target.activity.id, block: node, to: date)
        else {
            return try await page(
                request, context, general: [say("Choisissez un jour (AAAA-MM-JJ).", "Choose a day (YYYY-MM-DD).")],
                status: .unprocessableContent)
        }
        return try await finish(
            request, context, target: target,
            outcome: try await PlanSaver(services: services).save(
                target.access, edits: edits, baseRevision: form["revision"] ?? "",
                summary: "\(say(target.activity.title)) : \(say("fixé au", "pinned on")) \(DateText.short(date, context.language))",
                eventIDs: [target.activity.id]))
    }

    func recordOutcome(_ request: Request, _ context: WorkspaceContext) async throws -> Response {
        let target = try target(context)
        let form = try await FormData.read(request)
        try RouteGuard.csrf(form, target.access.signedIn, context)
        try RouteGuard.requireEditing(target.access, context)
        let say = Wording(context.language)
        let word = form["outcome"] ?? ""
        let value = PinEdits.outcome(word, postponedTo: form["date"].flatMap { CivilDate(iso: $0) })
        if !word.isEmpty, value == nil {
            return try await page(
                request, context, general: [say("Un report demande sa nouvelle date.", "A postponement needs its new date.")],
                status: .unprocessableContent)
        }
        return try await finish(
            request, context, target: target,
            outcome: try await PlanSaver(services: services).save(
                target.access, edits: [.setItemKey(section: "events", id: target.activity.id, key: "outcome", value: value)],
                baseRevision: form["revision"] ?? "",
                summary: "\(say(target.activity.title)) : \(say("issue", "outcome")) \(word.isEmpty ? "—" : word)",
                eventIDs: [target.activity.id]))
    }

    /// After a save: back to the page, or the page again with the messages, or the conflict view.
    func finish(
        _ request: Request, _ context: WorkspaceContext, target: Target, sent: FormData? = nil, blockText: String? = nil,
        outcome: PlanSaver.Outcome
    ) async throws -> Response {
        let planID = target.access.planID
        switch outcome {
        case .saved:
            return Responses.redirect("/espace/plans/\(planID)/evenements/\(target.activity.id)")
        case .editRefused(let error):
            return try await page(
                request, context, sent: sent, general: [error.rendered(in: context.language)], blockText: blockText,
                status: .unprocessableContent)
        case .invalid(let issues, let attempted):
            let located = FieldProblems.locate(issues, in: attempted, language: context.language)
            return try await page(
                request, context, sent: sent, problems: located.byKey, general: located.general, blockText: blockText,
                status: .unprocessableContent)
        case .conflict(let conflict):
            return ConflictView.response(conflict, access: target.access, eventID: target.activity.id, language: context.language)
        }
    }

    // MARK: New events and repairs

    func newPage(
        _ request: Request, _ context: WorkspaceContext, sent: FormData? = nil, problems: [String: [String]] = [:], general: [String] = []
    )
        async throws -> Response
    {
        let snapshot = services.workspace.snapshot
        let access = try RouteGuard.plan(context, services: services, snapshot: snapshot)
        try RouteGuard.requireEditing(access, context)
        let say = Wording(context.language)
        guard let plan = access.loaded.plan else { throw RouteGuard.Answer(response: RouteGuard.notFound(context)) }
        let form = EventForm(plan: plan, language: context.language)
        let alert = SaveProblems.render(general, context.language)
        let body: HTML = """
            <p><a href="/espace/plans/\(access.planID)">← \(say("Retour au plan", "Back to the plan"))</a></p>\(alert)
            <form method="post" action="/espace/plans/\(access.planID)/nouveau" class="card event-form">
            <input type="hidden" name="csrf" value="\(access.signedIn.session.csrfToken)"><input type="hidden" name="revision" value="\(access.loaded.document.revision)">
            \(form.fields(current: nil, sent: sent, problems: problems, isNew: true))
            <p><button type="submit">\(say("Créer l'événement", "Create the event"))</button></p></form>
            """
        return Responses.html(
            Page(
                language: context.language, title: say("Nouvel événement", "New event"), signedIn: access.signedIn, planID: access.planID,
                body: body),
            status: general.isEmpty && problems.isEmpty ? .ok : .unprocessableContent)
    }

    func create(_ request: Request, _ context: WorkspaceContext) async throws -> Response {
        let snapshot = services.workspace.snapshot
        let access = try RouteGuard.plan(context, services: services, snapshot: snapshot)
        let form = try await FormData.read(request)
        try RouteGuard.csrf(form, access.signedIn, context)
        try RouteGuard.requireEditing(access, context)
        guard let plan = access.loaded.plan else { throw RouteGuard.Answer(response: RouteGuard.notFound(context)) }
        let say = Wording(context.language)
        guard let id = form["id"] else {
            return try await newPage(request, context, sent: form, problems: ["id": [say("Donnez un identifiant.", "Give an identifier.")]])
        }
        let pairs =
            [("id", YAMLScalar.quoted(id))]
            + EventForm(plan: plan, language: context.language).values(from: form, current: nil).compactMap { pair in
                pair.value.map { (pair.key, $0) }
            }
        let block = pairs.map { "\($0.0): \($0.1)" }.joined(separator: "\n") + "\n"
        let outcome = try await PlanSaver(services: services).save(
            access, edits: [.appendItem(section: "events", block: block)], baseRevision: form["revision"] ?? "",
            summary: "\(say("Nouvel événement", "New event")) \(id)", eventIDs: [id])
        switch outcome {
        case .saved: return Responses.redirect("/espace/plans/\(access.planID)/evenements/\(id)")
        case .editRefused(let error):
            return try await newPage(request, context, sent: form, general: [error.rendered(in: context.language)])
        case .invalid(let issues, let attempted):
            let located = FieldProblems.locate(issues, in: attempted, language: context.language)
            return try await newPage(request, context, sent: form, problems: located.byKey, general: located.general)
        case .conflict(let conflict):
            return ConflictView.response(conflict, access: access, eventID: nil, language: context.language)
        }
    }

    /// A repair of the conflict view: the event is fixed on the day the repair found, so the rule
    /// it relaxes becomes a warning on that event instead of stopping the whole plan.
    func repair(_ request: Request, _ context: WorkspaceContext) async throws -> Response {
        let snapshot = services.workspace.snapshot
        let access = try RouteGuard.plan(context, services: services, snapshot: snapshot)
        let form = try await FormData.read(request)
        try RouteGuard.csrf(form, access.signedIn, context)
        try RouteGuard.requireEditing(access, context)
        let say = Wording(context.language)
        let eventID = String((form["event"] ?? "").split(separator: "/").first ?? "")
        guard let activity = access.activity(eventID), let date = form["date"].flatMap({ CivilDate(iso: $0) }),
            let text = try? PlanText(access.loaded.document.text), let block = text.itemBlock(section: "events", id: eventID),
            let node = try? Yams.compose(yaml: block), let edits = PinEdits.edits(eventID: eventID, block: node, to: date)
        else { throw RouteGuard.Answer(response: RouteGuard.notFound(context)) }
        let summary =
            "\(say(activity.title)) : \(say("réparation, fixé au", "repair, pinned on")) \(DateText.short(date, context.language)) (\(form["constraint"] ?? ""))"
        // The page showed the current revision: a repair is always computed on it.
        switch try await PlanSaver(services: services).save(
            access, edits: edits, baseRevision: access.loaded.document.revision, summary: summary, eventIDs: [eventID])
        {
        case .saved: return Responses.redirect("/espace/plans/\(access.planID)")
        case .conflict(let conflict): return ConflictView.response(conflict, access: access, eventID: eventID, language: context.language)
        case .editRefused(let error):
            return Responses.html(
                Page(
                    language: context.language, title: say("Réparation impossible", "Repair failed"), signedIn: access.signedIn,
                    body: "<pre>\(error.rendered(in: context.language))</pre>"), status: .unprocessableContent)
        case .invalid(let issues, _):
            return Responses.html(
                Page(
                    language: context.language, title: say("Réparation impossible", "Repair failed"), signedIn: access.signedIn,
                    body: "<ul>\(issues.map { "<li><pre>\($0.rendered(in: context.language))</pre></li>" as HTML })</ul>"),
                status: .unprocessableContent)
        }
    }
}
