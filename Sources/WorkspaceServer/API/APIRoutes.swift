import Bilingual
import CivilTime
import Foundation
import Hummingbird
import PlanEditing
import PlanModel
import Scheduling
import WorkspaceCore
import WorkspacePages
import WorkspaceStore
import Yams

/// `/api/v1/`: what the pages' scripts use, and what other tools may. Every route needs a
/// session (401 without); every write needs the session's `X-CSRF-Token` (403 without).
package struct APIRoutes: Sendable {
    let services: WorkspaceServices

    package func add(to router: Router<WorkspaceContext>) {
        let api = router.group("/api/v1").add(middleware: APIGuard())
        api.get("/plans") { _, context in try self.plans(context) }
        api.get("/plans/:plan") { _, context in try self.plan(context) }
        api.get("/plans/:plan/yaml") { _, context in try self.text(context) }
        api.put("/plans/:plan/yaml") { request, context in try await self.saveText(request, context) }
        api.get("/plans/:plan/history") { _, context in try await self.history(context) }
        api.get("/plans/:plan/events/:event/explanation") { _, context in try self.explanation(context) }
        api.get("/plans/:plan/events/:event/check") { request, context in try self.check(request, context) }
        api.post("/plans/:plan/events/:event/validate") { request, context in try await self.validate(request, context) }
        api.post("/publish") { _, context in try await self.publish(context) }
        api.get("/stream") { _, context in try self.stream(context) }
    }

    func access(_ context: WorkspaceContext) throws -> PlanAccess {
        do { return try RouteGuard.plan(context, services: services, snapshot: services.workspace.snapshot) } catch is RouteGuard.Answer {
            throw RouteGuard.Answer(response: notFound(context))
        }
    }

    func notFound(_ context: WorkspaceContext) -> Response {
        Responses.apiError(.notFound, code: "not-found", LocalizedText(fr: "introuvable", en: "not found"), language: context.language)
    }

    func plans(_ context: WorkspaceContext) throws -> Response {
        let signedIn = try RouteGuard.signedIn(context)
        let snapshot = services.workspace.snapshot
        let say = Wording(context.language)
        return Responses.json(
            snapshot.plans.compactMap { loaded -> APIModels.PlanSummary? in
                guard let role = signedIn.role(on: loaded.id) else { return nil }
                let events = snapshot.events(ofPlan: loaded.id).filter { role.seesConfidential || !$0.confidential }.count
                return APIModels.PlanSummary(
                    id: loaded.id, title: loaded.plan.map { say($0.title) } ?? loaded.file, file: loaded.file,
                    revision: loaded.document.revision,
                    role: role.rawValue, events: events, loads: loaded.plan != nil)
            })
    }

    func plan(_ context: WorkspaceContext) throws -> Response {
        let access = try access(context)
        let snapshot = services.workspace.snapshot
        let say = Wording(context.language)
        let result = snapshot.result
        let events = access.events(in: snapshot).map { event -> APIModels.EventEntry in
            let cost = (result?.violations ?? []).filter { $0.constraint.planID == event.planID && $0.constraint.eventID == event.id }
                .reduce(0) { $0 + $1.cost }
            return APIModels.EventEntry(
                id: event.id, activity: event.activityID, title: say(event.title), kind: event.kind.rawValue,
                start: event.timing.firstDate.description, end: event.timing.lastDate.description,
                open: result?.openEventIDs.contains("\(event.planID)/\(event.id)") ?? false, provisional: event.provisional,
                outcome: event.outcome?.keyword, cost: cost)
        }
        let visible = Set(access.activities.map(\.id))
        let conflicts = (result?.conflicts ?? []).filter { $0.planID == access.planID }.map { Self.constraint($0, say) }
        let repairs = (result?.suggestions ?? []).filter {
            $0.kind == .relax && visible.contains(String($0.eventID.split(separator: "/").first ?? ""))
        }
        .map { APIModels.Repair(event: $0.eventID, date: $0.date?.description, constraint: $0.constraint, message: say($0.message)) }
        let issues = access.loaded.issues.map {
            APIIssue(line: $0.location.line, column: $0.location.column, field: nil, message: say($0.message), fix: $0.hint.map { say($0) })
        }
        return Responses.json(
            APIModels.PlanDetail(
                id: access.planID, revision: access.loaded.document.revision, version: snapshot.version,
                status: result.map { "\($0.status)" } ?? "not-planned", events: events, conflicts: conflicts,
                repairs: conflicts.isEmpty ? [] : repairs,
                issues: issues))
    }

    static func constraint(_ constraint: ConstraintInstance, _ say: Wording) -> APIModels.Constraint {
        APIModels.Constraint(name: constraint.name, event: constraint.eventID, message: say(constraint.message))
    }

    func text(_ context: WorkspaceContext) throws -> Response {
        let access = try access(context)
        guard access.seesWholeText else {
            return Responses.apiError(
                .forbidden, code: "forbidden", LocalizedText(fr: "rôle insuffisant", en: "role not allowed"), language: context.language)
        }
        return Responses.json(APIModels.PlanText(revision: access.loaded.document.revision, text: access.loaded.document.text))
    }

    func saveText(_ request: Request, _ context: WorkspaceContext) async throws -> Response {
        let access = try access(context)
        guard access.role.canEdit, access.seesWholeText else {
            return Responses.apiError(
                .forbidden, code: "forbidden", LocalizedText(fr: "rôle insuffisant", en: "role not allowed"), language: context.language)
        }
        let body: APIModels.PlanText
        do {
            body = try await request.decode(as: APIModels.PlanText.self, context: context)
        } catch {
            return Responses.apiError(
                .badRequest, code: "bad-body",
                LocalizedText(
                    fr: "le corps doit être un objet JSON {\"revision\": …, \"text\": …}",
                    en: "the body must be a JSON object {\"revision\": …, \"text\": …}"),
                language: context.language)
        }
        let say = Wording(context.language)
        switch try await PlanSaver(services: services).save(
            access, text: body.text, baseRevision: body.revision, summary: say("Texte du plan modifié (API)", "Plan text edited (API)"),
            eventIDs: [])
        {
        case .saved(let snapshot):
            return Responses.json(
                APIModels.Saved(revision: snapshot.plan(id: access.planID)?.document.revision ?? "", version: snapshot.version))
        case .conflict(let conflict):
            return Responses.json(
                APIModels.Conflict(
                    error: "revision-conflict", currentRevision: conflict.current.revision, current: conflict.current.text,
                    attempted: conflict.attempted),
                status: .conflict)
        case .editRefused(let error):
            return Responses.apiError(
                .unprocessableContent, code: "invalid", LocalizedText(fr: error.rendered(in: .fr), en: error.rendered(in: .en)),
                language: context.language)
        case .invalid(let issues, _):
            return Responses.apiError(
                .unprocessableContent, code: "invalid", LocalizedText(fr: "le plan ne se charge pas", en: "the plan does not load"),
                language: context.language,
                issues: issues.map {
                    APIIssue(
                        line: $0.location.line, column: $0.location.column, field: nil, message: say($0.message),
                        fix: $0.hint.map { say($0) })
                })
        }
    }

    func history(_ context: WorkspaceContext) async throws -> Response {
        let access = try access(context)
        let changes = try await services.store.history(planID: access.planID, eventID: nil, limit: 200)
        return Responses.json(
            changes.map {
                APIModels.Change(
                    id: $0.id ?? 0, at: $0.at, author: $0.author, summary: $0.summary, events: $0.eventIDs,
                    beforeRevision: $0.beforeRevision,
                    afterRevision: $0.afterRevision)
            })
    }

    func occurrence(_ context: WorkspaceContext, _ access: PlanAccess) throws -> ScheduledEvent {
        let id = context.parameters.get("event") ?? ""
        guard let event = access.events(in: services.workspace.snapshot).first(where: { $0.id == id || $0.activityID == id }) else {
            throw RouteGuard.Answer(response: notFound(context))
        }
        return event
    }

    func explanation(_ context: WorkspaceContext) throws -> Response {
        let access = try access(context)
        let event = try occurrence(context, access)
        let say = Wording(context.language)
        guard let result = services.workspace.snapshot.result,
            let explanation = EventExplanation(event.id, planID: access.planID, in: result)
        else {
            throw RouteGuard.Answer(response: notFound(context))
        }
        return Responses.json(
            APIModels.Explanation(
                event: explanation.eventID, date: explanation.date.description, open: explanation.open, cost: explanation.cost,
                ruledOut: explanation.bindings.map { .init(constraint: Self.constraint($0.constraint, say), dates: $0.datesRuledOut) },
                alternatives: explanation.alternatives.map { .init(date: $0.date.description, cost: $0.cost) },
                brokenRules: explanation.brokenRules.map { Self.constraint($0, say) }))
    }

    func check(_ request: Request, _ context: WorkspaceContext) throws -> Response {
        let access = try access(context)
        let event = try occurrence(context, access)
        let say = Wording(context.language)
        guard let date = request.uri.queryParameters["date"].flatMap({ CivilDate(iso: String($0)) }) else {
            return Responses.apiError(
                .badRequest, code: "bad-date", LocalizedText(fr: "date attendue : AAAA-MM-JJ", en: "expected date: YYYY-MM-DD"),
                language: context.language)
        }
        guard let result = services.workspace.snapshot.result,
            let check = DateCheck(planID: access.planID, eventID: event.id, date: date, in: result)
        else {
            return Responses.apiError(
                .unprocessableContent, code: "not-open",
                LocalizedText(fr: "cet événement n'est pas à date ouverte", en: "this event has no open date"),
                language: context.language)
        }
        return Responses.json(
            APIModels.Check(
                event: event.id, date: date.description, allowed: check.isAllowed, cost: check.cost,
                broken: check.broken.map { Self.constraint($0, say) }))
    }

    /// The event form's fields as they are being typed: what the loader would say, without saving.
    func validate(_ request: Request, _ context: WorkspaceContext) async throws -> Response {
        let access = try access(context)
        let form = try await FormData.read(request)
        let id = context.parameters.get("event") ?? ""
        guard let plan = access.loaded.plan, access.role.canEdit, let text = try? PlanText(access.loaded.document.text),
            text.itemBlock(section: "events", id: id) != nil
        else { throw RouteGuard.Answer(response: notFound(context)) }
        let say = Wording(context.language)
        let edited: PlanText
        switch Self.applyForm(form, to: text, eventID: id, plan: plan, language: context.language) {
        case .success(let value): edited = value
        case .failure(let error):
            return Responses.json(
                APIModels.Validation(
                    valid: false,
                    issues: [APIIssue(line: 0, column: 0, field: nil, message: error.rendered(in: context.language), fix: nil)]))
        }
        let newText = edited.text
        let trial = await services.workspace.preview(file: access.loaded.file, text: newText)
        let known = Set(services.workspace.snapshot.planningIssues)
        let issues = trial.issues(of: access.loaded.file) + trial.planningIssues.filter { !known.contains($0) }
        let lines = newText.split(separator: "\n", omittingEmptySubsequences: false)
        return Responses.json(
            APIModels.Validation(
                valid: issues.isEmpty,
                issues: issues.map { issue in
                    let line = issue.location.line
                    let field = line >= 1 && line <= lines.count ? FieldProblems.key(of: lines[line - 1]) : nil
                    return APIIssue(
                        line: line, column: issue.location.column, field: field, message: say(issue.message),
                        fix: issue.hint.map { say($0) })
                }))
    }

    /// The form's changed keys applied to the event, as a save would apply them.
    static func applyForm(
        _ form: FormData, to text: PlanText, eventID: String, plan: Plan, language: Language
    ) -> Result<PlanText, PlanEditError> {
        var text = text
        guard let block = text.itemBlock(section: "events", id: eventID) else { return .success(text) }
        for edit in EventForm(plan: plan, language: language).edits(from: form, block: block, eventID: eventID).edits {
            do { try text.apply(edit) } catch { return .failure(error) }
        }
        return .success(text)
    }

    func publish(_ context: WorkspaceContext) async throws -> Response {
        let signedIn = try RouteGuard.signedIn(context)
        let snapshot = services.workspace.snapshot
        let routes = PublishRoutes(services: services)
        guard routes.mayPublish(signedIn, snapshot) else {
            return Responses.apiError(
                .forbidden, code: "forbidden", LocalizedText(fr: "rôle insuffisant", en: "role not allowed"), language: context.language)
        }
        guard let result = snapshot.result, result.status != .infeasible, result.status != .unknown else {
            return Responses.apiError(
                .unprocessableContent, code: "infeasible",
                LocalizedText(fr: "un plan n'a aucune date possible", en: "a plan has no possible date"),
                language: context.language)
        }
        let report = try await routes.publish(result, snapshot: snapshot, by: signedIn, from: context.remoteAddress)
        return Responses.json(
            APIModels.Publication(
                id: report.publication.id ?? 0, feeds: report.feeds.count, changedFeeds: report.feeds.filter(\.changed).count))
    }

    /// Server-sent events: one `change` per save anywhere in the workspace (the plan's id, the new
    /// version, who, what), for plans the person may see; a comment every 15 s keeps proxies open.
    func stream(_ context: WorkspaceContext) throws -> Response {
        let signedIn = try RouteGuard.signedIn(context)
        let changes = services.workspace.changes.subscribe()
        var headers = HTTPFields()
        headers[.contentType] = "text/event-stream; charset=utf-8"
        headers[.cacheControl] = "no-store"
        headers[.init("X-Accel-Buffering")!] = "no"
        return Response(
            status: .ok, headers: headers,
            body: ResponseBody { writer in
                let (lines, line) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(64))
                let forward = Task {
                    for await notice in changes where signedIn.role(on: notice.planID) != nil {
                        let data = (try? JSONEncoder().encode(notice)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
                        line.yield("event: change\ndata: \(data)\n\n")
                    }
                    line.finish()
                }
                let keepAlive = Task {
                    while !Task.isCancelled {
                        try? await Task.sleep(for: .seconds(15))
                        line.yield(": ping\n\n")
                    }
                }
                defer {
                    forward.cancel()
                    keepAlive.cancel()
                }
                try await writer.write(ByteBuffer(string: ": jumelage\n\n"))
                for await text in lines { try await writer.write(ByteBuffer(string: text)) }
                try await writer.finish(nil)
            })
    }
}

/// 401 without a session, 403 for a write without the session's CSRF token, for every API route.
package struct APIGuard: RouterMiddleware {
    package typealias Context = WorkspaceContext

    package init() {}

    package func handle(
        _ request: Request, context: WorkspaceContext, next: (Request, WorkspaceContext) async throws -> Response
    )
        async throws -> Response
    {
        guard let signedIn = context.signedIn else {
            return Responses.apiError(
                .unauthorized, code: "unauthorized", LocalizedText(fr: "connectez-vous d'abord", en: "sign in first"),
                language: context.language)
        }
        if request.method != .get, request.method != .head {
            guard let sent = request.headers[.init("X-CSRF-Token")!], RouteGuard.constantTimeEqual(sent, signedIn.session.csrfToken) else {
                return Responses.apiError(
                    .forbidden, code: "csrf", LocalizedText(fr: "jeton CSRF absent ou faux", en: "missing or wrong CSRF token"),
                    language: context.language)
            }
        }
        do { return try await next(request, context) } catch let answer as RouteGuard.Answer { return answer.response }
    }
}
