import Bilingual
import CivilTime
import Foundation
import Hummingbird
import WorkspaceCore
import WorkspacePages
import WorkspaceServer
import WorkspaceStore

/// The respondents' side, without an account: a personal link shows the poll's title, its days in
/// the respondent's zone and language, their own answers (editable while the poll is open) and
/// the counts per day — nothing else of the plan, nobody else's answers. An unknown, malformed or
/// expired link answers the same 404; guessing is throttled per address, as sign-in is.
struct AnswerRoutes: Sendable {
    let services: WorkspaceServices
    let polls: any PollStore

    /// Double-submit cookie of the answer form (there is no session to hold a CSRF token).
    static let formCookie = "jumelage_poll_form"
    /// Failed link look-ups per address within `throttleWindow` before refusing.
    static let maximumFailures = 20
    static let throttleWindow: TimeInterval = 15 * 60

    func add(to router: Router<WorkspaceContext>) {
        router.get("/sondage/:token") { request, context in try await self.page(request, context) }
        router.post("/sondage/:token") { request, context in try await self.answer(request, context) }
    }

    struct Found {
        var token: String
        var respondent: PollRespondent
        var poll: Poll
        var language: Language
    }

    func find(_ request: Request, _ context: WorkspaceContext) async throws -> Found {
        let now = services.now()
        let key = "poll-link:" + (context.remoteAddress ?? "unknown")
        let language = request.uri.queryParameters["lang"].flatMap { Language(rawValue: String($0)) }
        if try await services.store.signInFailures(key: key, since: now.addingTimeInterval(-Self.throttleWindow)) >= Self.maximumFailures {
            let say = Wording(language ?? context.language)
            let page = Page(
                language: say.language, title: say("Trop de tentatives", "Too many attempts"), signedIn: nil,
                body: "<p>\(say("Réessayez dans 15 minutes.", "Try again in 15 minutes."))</p>")
            throw RouteGuard.Answer(response: Responses.html(page, status: .tooManyRequests))
        }
        let token = context.parameters.get("token") ?? ""
        guard token.utf8.count == 43, token.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }),
            let found = try await polls.respondent(tokenHash: TokenHash.sha256Hex(token)), found.poll.details.expiresAt > now
        else {
            try await services.store.recordSignInFailure(key: key, at: now)
            let say = Wording(language ?? context.language)
            let page = Page(
                language: say.language, title: say("Lien inconnu ou expiré", "Unknown or expired link"), signedIn: nil,
                body:
                    "<p>\(say("Ce lien de sondage n'existe pas ou n'est plus valable. Demandez un nouveau lien à la personne qui vous l'a envoyé.", "This poll link does not exist or is no longer valid. Ask the person who sent it for a new link."))</p>"
            )
            throw RouteGuard.Answer(response: Responses.html(page, status: .notFound))
        }
        return Found(
            token: token, respondent: found.respondent, poll: found.poll,
            language: language ?? Language(rawValue: found.respondent.details.language) ?? .fr)
    }

    func page(
        _ request: Request, _ context: WorkspaceContext, problem: String? = nil, status: HTTPResponse.Status = .ok
    )
        async throws -> Response
    {
        let found = try await find(request, context)
        let answers = try await polls.answers(pollID: found.poll.id)
        let respondents = try await polls.respondents(pollID: found.poll.id)
        let ranking = PollRanking(poll: found.poll, respondents: respondents, answers: answers)
        let formToken = TokenHash.randomToken()
        let saved = request.uri.queryParameters["enregistre"] != nil
        let body = AnswerPage.body(
            found: found, own: answers.filter { $0.respondentID == found.respondent.id }, counts: ranking, formToken: formToken,
            open: found.poll.takesAnswers(at: services.now()), saved: saved, problem: problem)
        let page = Page(
            language: found.language, title: found.language == .fr ? found.poll.details.titleFR : found.poll.details.titleEN,
            signedIn: nil, body: body)
        return Responses.html(
            page, status: status,
            cookies: [Cookies.setting(Self.formCookie, formToken, maxAge: 3600, secure: services.secureCookies)])
    }

    func answer(_ request: Request, _ context: WorkspaceContext) async throws -> Response {
        let found = try await find(request, context)
        let form = try await FormData.read(request, limit: 16 * 1024)
        let say = Wording(found.language)
        guard let sent = form["form"], let expected = Cookies.value(Self.formCookie, in: request),
            RouteGuard.constantTimeEqual(sent, expected)
        else {
            return try await page(
                request, context,
                problem: say(
                    "Le formulaire a expiré : recommencez (les témoins doivent être acceptés).",
                    "The form expired: try again (cookies must be allowed)."), status: .forbidden)
        }
        var choices: [String: PollChoice] = [:]
        for day in found.poll.details.days {
            if let choice = form["jour-\(day.date)"].flatMap(PollChoice.init(rawValue:)) { choices[day.date] = choice }
        }
        do {
            try await polls.setAnswers(respondentID: found.respondent.id, choices, now: services.now())
        } catch PollStoreError.pollNotOpen {
            return try await page(
                request, context,
                problem: say(
                    "Ce sondage est clos : vos réponses ne peuvent plus changer.", "This poll is closed: your answers can no longer change."
                ),
                status: .conflict)
        }
        return Responses.redirect("/sondage/\(found.token)?lang=\(found.language.rawValue)&enregistre=1")
    }
}
