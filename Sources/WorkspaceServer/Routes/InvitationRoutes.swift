import Bilingual
import Foundation
import Hummingbird
import Invitations
import PlanModel
import Scheduling
import WorkspaceCore
import WorkspacePages
import WorkspaceStore

/// The answer link of an invitation's email (`/invitation/TOKEN`, no account): the invitee sees
/// the event they were invited to — its title, dates and organizer, nothing else of the plan —
/// and accepts, answers maybe, or declines; the coordinators see the answer on the event's page.
/// The token is signed (`InvitationLink`); the form carries a double-submit token as sign-in's.
package struct InvitationRoutes: Sendable {
    let services: WorkspaceServices

    package func add(to router: Router<WorkspaceContext>) {
        router.get("/invitation/:token") { request, context in
            try await self.page(request, context, thanks: request.uri.queryParameters["merci"] == "1")
        }
        router.post("/invitation/:token") { request, context in try await self.answer(request, context) }
    }

    /// The event and the invitee a valid token names, if the event is still in the plans and the
    /// address still among its invitees.
    struct Invited {
        var event: ScheduledEvent
        var plan: Plan
        var invitee: InviteesView.Invitee
        var token: String
    }

    enum Lookup {
        case invited(Invited)
        /// A valid token whose event is gone, or who is no longer invited.
        case withdrawn
        case invalid
    }

    func lookup(_ context: WorkspaceContext) async throws -> Lookup {
        let token = context.parameters.get("token") ?? ""
        guard let (uid, address) = InvitationLink.verify(token, key: try await services.store.invitationKey()) else { return .invalid }
        let snapshot = services.workspace.snapshot
        guard let event = snapshot.result?.schedule.events.first(where: { $0.uid == uid }),
            let plan = snapshot.plan(id: event.planID)?.plan,
            let invitee = InvitationBuilder(plan: plan).invitees(of: event).first(where: { $0.email.lowercased() == address })
        else { return .withdrawn }
        return .invited(Invited(event: event, plan: plan, invitee: .init(name: invitee.name ?? address, address: address), token: token))
    }

    func page(_ request: Request, _ context: WorkspaceContext, thanks: Bool = false, problem: String? = nil) async throws -> Response {
        let say = Wording(context.language)
        let invited: Invited
        switch try await lookup(context) {
        case .invalid:
            return Responses.html(
                Page(
                    language: context.language, title: say("Lien inconnu", "Unknown link"), signedIn: nil,
                    body:
                        "<p>\(say("Ce lien d'invitation n'est pas valide : vérifiez qu'il a été copié en entier.", "This invitation link is not valid: check that it was copied whole."))</p>"
                ), status: .notFound)
        case .withdrawn:
            return Responses.html(
                Page(
                    language: context.language, title: say("Invitation retirée", "Invitation withdrawn"), signedIn: nil,
                    body:
                        "<p>\(say("Cet événement a été annulé ou vous n'y êtes plus invité : il n'y a rien à répondre.", "This event was cancelled or you are no longer invited: there is nothing to answer."))</p>"
                ), status: .gone)
        case .invited(let found): invited = found
        }
        let answers = try await services.store.invitationAnswers(uid: invited.event.uid)
        let current = answers.first { $0.address == invited.invitee.address }
        let formToken = TokenHash.randomToken()
        let organizer: HTML =
            invited.plan.organizer.map { "<p>\(say("Organisé par", "Organized by")) \($0.name ?? $0.email)</p>" } ?? .empty
        let notice: HTML =
            if let problem { "<p class=\"error\" role=\"alert\">\(problem)</p>" } else if thanks {
                "<p class=\"ok\" role=\"status\">\(say("Merci : votre réponse est enregistrée.", "Thank you: your answer is recorded."))</p>"
            } else { .empty }
        let yourAnswer: HTML =
            current.map { "<p>\(say("Votre réponse", "Your answer")) : <strong>\(InviteesView.choice(say, $0.choice))</strong></p>" }
            ?? .empty
        let choices: [HTML] = InvitationAnswer.Choice.allCases.map { choice in
            "<button type=\"submit\" name=\"answer\" value=\"\(choice.rawValue)\">\(Self.button(say, choice))</button> "
        }
        let body: HTML = """
            \(notice)
            <section class="card narrow">
            <p>\(say("Bonjour", "Hello")) \(invited.invitee.name),</p>
            <p><strong>\(say(invited.event.title))</strong></p>
            <p>\(DateText.timing(invited.event.timing, context.language))</p>
            \(organizer)
            \(yourAnswer)
            <form method="post" action="/invitation/\(invited.token)">
            <input type="hidden" name="form" value="\(formToken)">
            <p>\(choices)</p>
            </form></section>
            """
        return Responses.html(
            Page(language: context.language, title: say("Votre invitation", "Your invitation"), signedIn: nil, body: body),
            status: problem == nil ? .ok : .unprocessableContent,
            cookies: [Cookies.setting(Cookies.formToken, formToken, maxAge: 3600, secure: services.secureCookies)])
    }

    func answer(_ request: Request, _ context: WorkspaceContext) async throws -> Response {
        let say = Wording(context.language)
        let form = try await FormData.read(request, limit: 4 * 1024)
        guard let sent = form["form"], sent == Cookies.value(Cookies.formToken, in: request) else {
            return try await page(request, context, problem: say("Le formulaire a expiré : recommencez.", "The form expired: try again."))
        }
        guard case .invited(let invited) = try await lookup(context) else { return try await page(request, context) }
        guard let choice = form["answer"].flatMap(InvitationAnswer.Choice.init(rawValue:)) else {
            return try await page(request, context, problem: say("Choisissez une réponse.", "Choose an answer."))
        }
        let now = services.now()
        try await services.store.recordInvitationAnswer(
            InvitationAnswer(uid: invited.event.uid, address: invited.invitee.address, choice: choice, at: now))
        try await services.store.appendAudit(
            AuditEntry(
                at: now, userID: nil, action: "invitation-answer",
                detail: "\(invited.event.planID)/\(invited.event.id): \(choice.rawValue)", address: context.remoteAddress))
        return Responses.redirect(
            "/invitation/\(invited.token)?merci=1", cookies: [Cookies.clearing(Cookies.formToken, secure: services.secureCookies)])
    }

    static func button(_ say: Wording, _ choice: InvitationAnswer.Choice) -> String {
        switch choice {
        case .accepted: say("J'accepte", "Accept")
        case .tentative: say("Peut-être", "Maybe")
        case .declined: say("Je décline", "Decline")
        }
    }
}
