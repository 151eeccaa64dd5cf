import Bilingual
import Hummingbird
import Publishing
import WorkspaceCore
import WorkspacePages
import WorkspaceStore

/// The checks every signed-in route begins with.
package enum RouteGuard {
    /// The error a route throws to answer at once (a redirect to sign-in, a 404, a 403).
    package struct Answer: Error {
        package var response: Response

        package init(response: Response) { self.response = response }
    }

    /// The person signed in, or a redirect to the sign-in page.
    package static func signedIn(_ context: WorkspaceContext) throws -> SignedIn {
        guard let signedIn = context.signedIn else { throw Answer(response: Responses.redirect("/connexion")) }
        return signedIn
    }

    /// The plan and the role on it; a plan that does not exist and a plan the person may not see
    /// answer the same 404.
    package static func plan(_ context: WorkspaceContext, services: WorkspaceServices, snapshot: WorkspaceSnapshot) throws -> PlanAccess {
        let signedIn = try signedIn(context)
        let id = context.parameters.get("plan") ?? ""
        guard let loaded = snapshot.plan(id: id), let role = signedIn.role(on: loaded.id) else {
            throw Answer(response: notFound(context))
        }
        return PlanAccess(signedIn: signedIn, loaded: loaded, role: role)
    }

    /// A form's CSRF token must be the session's.
    package static func csrf(_ form: FormData, _ signedIn: SignedIn, _ context: WorkspaceContext) throws {
        guard let sent = form["csrf"], constantTimeEqual(sent, signedIn.session.csrfToken) else {
            let say = Wording(context.language)
            let page = Page(
                language: context.language, title: say("Formulaire expiré", "Form expired"), signedIn: signedIn,
                body:
                    "<p>\(say("Ce formulaire ne vient pas de votre session en cours. Rechargez la page et recommencez.", "This form does not come from your current session. Reload the page and try again."))</p>"
            )
            throw Answer(response: Responses.html(page, status: .forbidden))
        }
    }

    package static func requireEditing(_ access: PlanAccess, _ context: WorkspaceContext) throws {
        guard access.role.canEdit else { throw Answer(response: forbidden(context, access.signedIn)) }
    }

    package static func forbidden(_ context: WorkspaceContext, _ signedIn: SignedIn?) -> Response {
        let say = Wording(context.language)
        let page = Page(
            language: context.language, title: say("Action non permise", "Not allowed"), signedIn: signedIn,
            body: "<p>\(say("Votre rôle sur ce plan ne permet pas cette action.", "Your role on this plan does not allow this."))</p>")
        return Responses.html(page, status: .forbidden)
    }

    package static func notFound(_ context: WorkspaceContext) -> Response {
        let say = Wording(context.language)
        let page = Page(
            language: context.language, title: say("Page introuvable", "Page not found"), signedIn: context.signedIn,
            body: "<p><a href=\"/espace\">\(say("Retour aux plans", "Back to the plans"))</a></p>")
        return Responses.html(page, status: .notFound)
    }

    /// The project's constant-time comparison (the one that checks feed tokens), on the strings' bytes.
    package static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        FeedToken.constantTimeEquals(Array(a.utf8), Array(b.utf8))
    }
}

/// Turns a `RouteGuard.Answer` thrown by a route into its response.
package struct AnswerMiddleware: RouterMiddleware {
    package typealias Context = WorkspaceContext

    package init() {}

    package func handle(
        _ request: Request, context: WorkspaceContext, next: (Request, WorkspaceContext) async throws -> Response
    )
        async throws -> Response
    {
        do {
            return try await next(request, context)
        } catch let answer as RouteGuard.Answer {
            return answer.response
        } catch let error as any HTTPResponseError {
            throw error
        } catch {
            // A bug, or the database failing: said plainly, logged without the request's secrets.
            context.logger.error(
                "request failed", metadata: ["path": .string(request.uri.path), "error": .string(String(describing: error))])
            let say = Wording(context.language)
            let page = Page(
                language: context.language, title: say("Erreur interne", "Internal error"), signedIn: context.signedIn,
                body:
                    "<p>\(say("La demande n'a pas abouti ; rien n'a été enregistré à moitié. Réessayez ; si l'erreur revient, transmettez l'heure à l'administrateur.", "The request failed; nothing was half-saved. Try again; if the error comes back, give the time to the administrator."))</p>"
            )
            return Responses.html(page, status: .internalServerError)
        }
    }
}
