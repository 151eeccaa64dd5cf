import Bilingual
import CivilTime
import Foundation
import Hummingbird
import PlanEditing
import PlanModel
import Scheduling
import WorkspaceCore
import WorkspacePages
import WorkspaceServer
import WorkspaceStore
import Yams

/// The coordinators' side of date polls: an event's polls and the form that creates one (owners
/// and editors), a poll's results (every role that sees the event), closing it on a confirmed day,
/// which pins the event through the plan's history.
package struct PollRoutes: Sendable {
    let services: WorkspaceServices
    let polls: any PollStore

    /// Adds the coordinators', the respondents' and the API's poll routes, when the store keeps polls.
    package static let routes: WorkspaceApplication.MoreRoutes = { router, services in
        guard let polls = services.store as? any PollStore else { return }
        PollRoutes(services: services, polls: polls).add(to: router)
        AnswerRoutes(services: services, polls: polls).add(to: router)
        PollAPIRoutes(services: services, polls: polls).add(to: router)
    }

    /// Days a poll stays open by default, and at most.
    static let defaultLifetimeDays = 14
    static let lifetimeDays = 1...60

    func add(to router: Router<WorkspaceContext>) {
        router.get("/espace/plans/:plan/evenements/:event/sondage") { request, context in try await self.eventPolls(request, context) }
        router.post("/espace/plans/:plan/evenements/:event/sondage") { request, context in try await self.create(request, context) }
        router.get("/espace/plans/:plan/sondages/:poll") { request, context in try await self.pollPage(request, context) }
        router.post("/espace/plans/:plan/sondages/:poll/confirmer") { request, context in try await self.confirm(request, context) }
    }

    /// The event a poll is about, as this person may see it.
    struct Target {
        var access: PlanAccess
        var activity: Activity
        var event: ScheduledEvent
        var node: Node?
        var snapshot: WorkspaceSnapshot

        var isSeries: Bool { node?.mapping?["repeat"] != nil }
        var proposals: DateProposals? {
            snapshot.result.flatMap { DateProposals(planID: access.planID, eventID: event.id, count: 5, in: $0) }
        }
    }

    func target(_ context: WorkspaceContext, eventID: String? = nil) throws -> Target {
        let snapshot = services.workspace.snapshot
        let access = try RouteGuard.plan(context, services: services, snapshot: snapshot)
        let id = eventID ?? context.parameters.get("event") ?? ""
        guard let activity = access.activity(id), let event = access.events(in: snapshot).first(where: { $0.activityID == id }),
            let text = try? PlanText(access.loaded.document.text), let block = text.itemBlock(section: "events", id: id)
        else { throw RouteGuard.Answer(response: RouteGuard.notFound(context)) }
        return Target(access: access, activity: activity, event: event, node: try? Yams.compose(yaml: block), snapshot: snapshot)
    }

    // MARK: An event's polls, and a new one

    func eventPolls(
        _ request: Request, _ context: WorkspaceContext, sent: FormData? = nil, problems: [String] = [],
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let target = try target(context)
        let say = Wording(context.language)
        let planID = target.access.planID
        let existing = try await polls.polls(planID: planID, eventID: target.activity.id)
        var sections: [HTML] = [SaveProblems.render(problems, context.language)]
        let rows: [HTML] = existing.map { poll in
            "<li><a href=\"/espace/plans/\(planID)/sondages/\(poll.id)\">\(say("Sondage n°", "Poll #")) \(poll.id)</a> — \(PollViews.state(poll, now: services.now(), say))</li>"
        }
        sections.append(
            "<section class=\"card\"><h2>\(say("Sondages de cet événement", "This event's polls"))</h2>\(existing.isEmpty ? "<p class=\"muted\">\(say("Aucun sondage pour l'instant.", "No poll yet."))</p>" as HTML : "<ul>\(rows)</ul>")</section>"
        )
        if let refusal = refusal(target, say) {
            sections.append("<p class=\"card warning\">\(refusal)</p>")
        } else if target.access.role.canEdit, let proposals = target.proposals, let plan = target.access.loaded.plan {
            sections.append(
                PollViews.creationForm(
                    target: target, proposals: proposals, invitees: PollInvitee.candidates(for: target.event, in: plan),
                    zones: Array(Set(plan.partners.map(\.timeZone))).sorted(), sent: sent, language: context.language))
        }
        let page = Page(
            language: context.language, title: "\(say("Sonder la délégation", "Poll the delegation")) — \(say(target.activity.title))",
            signedIn: target.access.signedIn, planID: planID, planVersion: target.snapshot.version,
            body:
                "<p><a href=\"/espace/plans/\(planID)/evenements/\(target.activity.id)\">← \(say("Retour à l'événement", "Back to the event"))</a></p>\(sections)"
        )
        return Responses.html(page, status: status)
    }

    /// Why this event cannot be polled, if it cannot.
    func refusal(_ target: Target, _ say: Wording) -> String? {
        if target.activity.confidential {
            return say(
                "Un événement confidentiel ne se sonde pas : le sondage le montrerait à des personnes hors de l'espace.",
                "A confidential event is not polled: the poll would show it to people outside the workspace.")
        }
        if target.isSeries {
            return say(
                "Une série ne se sonde pas : sondez une réunion à la fois (un événement sans « repeat: »).",
                "A series is not polled: poll one meeting at a time (an event without 'repeat:').")
        }
        if target.proposals == nil {
            return say(
                "La date de cet événement est écrite dans le plan : il n'y a rien à sonder. Donnez-lui une fenêtre (« schedule: ») pour que le solveur propose des dates.",
                "This event's date is written in the plan: there is nothing to poll. Give it a window ('schedule:') so that the solver proposes dates."
            )
        }
        return nil
    }

    func create(_ request: Request, _ context: WorkspaceContext) async throws -> Response {
        let target = try target(context)
        let form = try await FormData.read(request, limit: 64 * 1024)
        try RouteGuard.csrf(form, target.access.signedIn, context)
        try RouteGuard.requireEditing(target.access, context)
        let say = Wording(context.language)
        if let refusal = refusal(target, say) {
            return try await eventPolls(request, context, problems: [refusal], status: .unprocessableContent)
        }
        guard let result = target.snapshot.result, let proposals = target.proposals, let plan = target.access.loaded.plan else {
            throw RouteGuard.Answer(response: RouteGuard.notFound(context))
        }
        let parsed = PollRequest(form: form, event: target.event, plan: plan, result: result, proposals: proposals)
        guard parsed.problems.isEmpty else {
            return try await eventPolls(
                request, context, sent: form, problems: parsed.problems.map { say($0) }, status: .unprocessableContent)
        }
        let now = services.now()
        let user = target.access.signedIn.user
        let created = try await PollLinks.create(
            NewPoll(
                planID: target.access.planID, eventID: target.activity.id, titleFR: target.activity.title.fr,
                titleEN: target.activity.title.en, slot: PollSlot(target.event.timing).json, days: parsed.days, createdBy: user.id,
                createdByName: user.displayName, createdAt: now, expiresAt: now.addingTimeInterval(Double(parsed.lifetimeDays) * 86_400)),
            invitees: parsed.invitees, in: polls)
        try await services.store.appendAudit(
            AuditEntry(
                at: now, userID: user.id, action: "poll-created",
                detail: "\(target.access.planID)/\(target.activity.id) #\(created.poll.id): \(created.links.count) respondents",
                address: context.remoteAddress))
        let origin = services.baseURL ?? "http://\(request.head.authority ?? "127.0.0.1")"
        let mailed = try await mailLinks(created.poll, created.links, plan: plan, origin: origin, now: now)
        let page = Page(
            language: context.language, title: "\(say("Sondage n°", "Poll #")) \(created.poll.id) — \(say(target.activity.title))",
            signedIn: target.access.signedIn, planID: target.access.planID,
            body: "\(mailed)\(PollViews.links(poll: created.poll, links: created.links, origin: origin, language: context.language))")
        return Responses.html(page, status: .created)
    }

    /// With `--smtp`, each respondent with an address gets their link by email (the outbox, as
    /// invitations): says to whom, or why nobody.
    func mailLinks(_ poll: Poll, _ links: [PollLink], plan: Plan, origin: String, now: Date) async throws -> HTML {
        let say = Wording(plan.language)
        guard services.mail.smtp != nil else {
            return
                "<p class=\"muted\" id=\"liens-courriel\">\(say("Envoi par courriel désactivé (--smtp) : transmettez les liens vous-même.", "Email is off (--smtp): pass the links on yourself."))</p>"
        }
        guard plan.organizer != nil else {
            return
                "<p class=\"muted\" id=\"liens-courriel\">\(say("Le plan n'a pas d'organizer: : les liens ne partent pas par courriel.", "The plan has no organizer: the links are not emailed."))</p>"
        }
        let messages = PollMail.messages(poll: poll, links: links, plan: plan, origin: origin, date: now)
        try await services.mail.send(messages, now: now)
        let names = messages.map(\.recipient).joined(separator: ", ")
        return messages.isEmpty
            ? "<p class=\"muted\" id=\"liens-courriel\">\(say("Aucune personne sondée n'a d'adresse : transmettez les liens vous-même.", "No respondent has an address: pass the links on yourself."))</p>"
            : "<p class=\"ok\" role=\"status\" id=\"liens-courriel\">\(say("Liens envoyés par courriel à", "Links emailed to")) \(names).</p>"
    }

    // MARK: A poll

    func pollPage(
        _ request: Request, _ context: WorkspaceContext, problems: [String] = [], status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let snapshot = services.workspace.snapshot
        let access = try RouteGuard.plan(context, services: services, snapshot: snapshot)
        let poll = try await visiblePoll(context, access: access)
        let respondents = try await polls.respondents(pollID: poll.id)
        let answers = try await polls.answers(pollID: poll.id)
        let ranking = PollRanking(poll: poll, respondents: respondents, answers: answers, planned: snapshot.result)
        let say = Wording(context.language)
        let body = PollViews.results(
            poll: poll, respondents: respondents, answers: answers, ranking: ranking, access: access, now: services.now(),
            problems: problems, language: context.language)
        let page = Page(
            language: context.language,
            title: "\(say("Sondage n°", "Poll #")) \(poll.id) — \(context.language == .fr ? poll.details.titleFR : poll.details.titleEN)",
            signedIn: access.signedIn, planID: access.planID, planVersion: snapshot.version, body: body)
        return Responses.html(page, status: status)
    }

    /// The poll of the path, on this plan; a poll about an event this person may not see is not found.
    func visiblePoll(_ context: WorkspaceContext, access: PlanAccess) async throws -> Poll {
        guard let id = context.parameters.get("poll").flatMap({ Int64($0) }), let poll = try await polls.poll(id: id),
            poll.details.planID == access.planID,
            access.role.seesConfidential
                || !(access.loaded.plan?.activities.contains { $0.id == poll.details.eventID && $0.confidential } ?? false)
        else { throw RouteGuard.Answer(response: RouteGuard.notFound(context)) }
        return poll
    }

    /// Closes the poll on the chosen day and pins the event there, through the plan's history.
    func confirm(_ request: Request, _ context: WorkspaceContext) async throws -> Response {
        let snapshot = services.workspace.snapshot
        let access = try RouteGuard.plan(context, services: services, snapshot: snapshot)
        let form = try await FormData.read(request, limit: 16 * 1024)
        try RouteGuard.csrf(form, access.signedIn, context)
        try RouteGuard.requireEditing(access, context)
        let poll = try await visiblePoll(context, access: access)
        let say = Wording(context.language)
        guard poll.state == .open else {
            return try await pollPage(
                request, context, problems: [say("Ce sondage est déjà clos.", "This poll is already closed.")], status: .conflict)
        }
        guard let day = form["date"], poll.details.days.contains(where: { $0.date == day }), let date = CivilDate(iso: day) else {
            return try await pollPage(
                request, context,
                problems: [say("Choisissez l'une des dates du sondage.", "Choose one of the poll's dates.")], status: .unprocessableContent)
        }
        let target = try target(context, eventID: poll.details.eventID)
        guard let node = target.node, let edits = PinEdits.edits(eventID: target.activity.id, block: node, to: date) else {
            return try await pollPage(
                request, context,
                problems: [
                    say(
                        "Cet événement ne peut plus être fixé ici : modifiez-le depuis sa page.",
                        "This event can no longer be pinned here: edit it from its page.")
                ],
                status: .unprocessableContent)
        }
        let summary =
            "\(say(target.activity.title)) : \(say("fixé au", "pinned on")) \(DateText.short(date, context.language)) (\(say("sondage n°", "poll #")) \(poll.id))"
        switch try await PlanSaver(services: services).save(
            access, edits: edits, baseRevision: form["revision"] ?? "", summary: summary, eventIDs: [target.activity.id])
        {
        case .saved:
            _ = try await polls.closePoll(id: poll.id, confirmedDate: day, now: services.now())
            try await services.store.appendAudit(
                AuditEntry(
                    at: services.now(), userID: access.signedIn.user.id, action: "poll-closed",
                    detail: "\(access.planID)/\(poll.details.eventID) #\(poll.id) → \(day)", address: context.remoteAddress))
            return Responses.redirect("/espace/plans/\(access.planID)/sondages/\(poll.id)")
        case .conflict(let conflict):
            return Responses.html(
                ConflictView.page(conflict, access: access, eventID: target.activity.id, language: context.language), status: .conflict)
        case .editRefused(let error):
            return try await pollPage(request, context, problems: [error.rendered(in: context.language)], status: .unprocessableContent)
        case .invalid(let issues, _):
            return try await pollPage(
                request, context, problems: issues.map { $0.rendered(in: context.language) }, status: .unprocessableContent)
        }
    }
}
