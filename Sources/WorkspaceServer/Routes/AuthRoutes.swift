import Bilingual
import Foundation
import Hummingbird
import WorkspaceCore
import WorkspacePages
import WorkspaceStore

/// Sign-in, sign-out, and the one-time link that creates the first administrator.
package struct AuthRoutes: Sendable {
    let services: WorkspaceServices

    package func add(to router: Router<WorkspaceContext>) {
        router.get("/connexion") { request, context in try await self.signInPage(request, context) }
        router.post("/connexion") { request, context in try await self.signIn(request, context) }
        router.post("/deconnexion") { request, context in try await self.signOut(request, context) }
        router.get("/premier-acces/:token") { request, context in try await self.firstAccessPage(request, context) }
        router.post("/premier-acces/:token") { request, context in try await self.firstAccess(request, context) }
    }

    // MARK: Sign-in

    func signInPage(
        _ request: Request, _ context: WorkspaceContext, problem: String? = nil, login: String = "", askCode: Bool = false
    )
        async throws -> Response
    {
        if context.signedIn != nil, problem == nil { return Responses.redirect("/espace") }
        let say = Wording(context.language)
        let formToken = TokenHash.randomToken()
        let alert: HTML = problem.map { "<p class=\"error\" role=\"alert\" id=\"erreur-connexion\">\($0)</p>" } ?? .empty
        let code: HTML =
            askCode
            ? """
            <p><label for="code">\(say("Code à six chiffres", "Six-digit code"))</label>
            <input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9 ]{6,7}" required></p>
            """ : .empty
        let body: HTML = """
            \(alert)
            <form method="post" action="/connexion" class="card narrow">
            <input type="hidden" name="form" value="\(formToken)">
            <p><label for="login">\(say("Identifiant", "Login"))</label>
            <input id="login" name="login" autocomplete="username" required value="\(login)"></p>
            <p><label for="password">\(say("Mot de passe", "Password"))</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required></p>
            \(code)
            <p><button type="submit">\(say("Se connecter", "Sign in"))</button></p>
            </form>
            <p><a href="/">\(say("Calendriers publics", "Public calendars"))</a></p>
            """
        let page = Page(language: context.language, title: say("Connexion", "Sign in"), signedIn: nil, body: body)
        return Responses.html(
            page, status: problem == nil ? .ok : (askCode ? .ok : .unauthorized),
            cookies: [Cookies.setting(Cookies.formToken, formToken, maxAge: 3600, secure: services.secureCookies)])
    }

    func signIn(_ request: Request, _ context: WorkspaceContext) async throws -> Response {
        let form = try await FormData.read(request, limit: 16 * 1024)
        let say = Wording(context.language)
        guard let sent = form["form"], let expected = Cookies.value(Cookies.formToken, in: request), sent == expected else {
            return try await signInPage(
                request, context,
                problem: say(
                    "Le formulaire a expiré : recommencez (les témoins doivent être acceptés).",
                    "The form expired: try again (cookies must be allowed)."))
        }
        let login = form["login"] ?? ""
        do {
            let outcome = try await services.authentication.signIn(
                login: login, password: form.raw("password") ?? "", code: form["code"], address: context.remoteAddress, now: services.now())
            return Responses.redirect(
                "/espace",
                cookies: [
                    Cookies.setting(
                        Cookies.session, outcome.cookie, maxAge: Int(services.authentication.sessionLifetime),
                        secure: services.secureCookies),
                    Cookies.clearing(Cookies.formToken, secure: services.secureCookies),
                ])
        } catch let failure as Authentication.SignInFailure {
            var response = try await signInPage(
                request, context, problem: say(failure.message), login: login, askCode: failure == .codeNeeded)
            if case .throttled = failure { response.status = .tooManyRequests }
            return response
        }
    }

    func signOut(_ request: Request, _ context: WorkspaceContext) async throws -> Response {
        let form = try await FormData.read(request, limit: 16 * 1024)
        if let signedIn = context.signedIn, form["csrf"] == signedIn.session.csrfToken,
            let cookie = Cookies.value(Cookies.session, in: request)
        {
            try await services.authentication.signOut(cookie: cookie)
            try await services.store.appendAudit(
                AuditEntry(
                    at: services.now(), userID: signedIn.user.id, action: "sign-out", detail: signedIn.user.login,
                    address: context.remoteAddress))
        }
        return Responses.redirect("/", cookies: [Cookies.clearing(Cookies.session, secure: services.secureCookies)])
    }

    // MARK: First administrator

    func firstAccessPage(_ request: Request, _ context: WorkspaceContext, problem: String? = nil) async throws -> Response {
        let say = Wording(context.language)
        let token = context.parameters.get("token") ?? ""
        let formToken = TokenHash.randomToken()
        let alert: HTML = problem.map { "<p class=\"error\" role=\"alert\">\($0)</p>" } ?? .empty
        let body: HTML = """
            <p>\(say("Ce lien ne sert qu'une fois : il crée le compte de l'administrateur de l'espace.", "This link works once: it creates the workspace administrator's account."))</p>
            \(alert)
            <form method="post" action="/premier-acces/\(token)" class="card narrow">
            <input type="hidden" name="form" value="\(formToken)">
            <p><label for="name">\(say("Nom", "Name"))</label><input id="name" name="name" autocomplete="name" required></p>
            <p><label for="login">\(say("Identifiant (courriel)", "Login (email)"))</label><input id="login" name="login" autocomplete="username" required></p>
            <p><label for="password">\(say("Mot de passe (10 caractères ou plus)", "Password (10 characters or more)"))</label>
            <input id="password" name="password" type="password" autocomplete="new-password" minlength="10" required></p>
            <p><button type="submit">\(say("Créer le compte", "Create the account"))</button></p>
            </form>
            """
        let page = Page(language: context.language, title: say("Premier accès", "First access"), signedIn: nil, body: body)
        return Responses.html(
            page, status: problem == nil ? .ok : .unprocessableContent,
            cookies: [Cookies.setting(Cookies.formToken, formToken, maxAge: 3600, secure: services.secureCookies)])
    }

    func firstAccess(_ request: Request, _ context: WorkspaceContext) async throws -> Response {
        let say = Wording(context.language)
        let form = try await FormData.read(request, limit: 16 * 1024)
        guard let sent = form["form"], sent == Cookies.value(Cookies.formToken, in: request) else {
            return try await firstAccessPage(
                request, context, problem: say("Le formulaire a expiré : recommencez.", "The form expired: try again."))
        }
        guard let login = form["login"], let name = form["name"], let password = form.raw("password") else {
            return try await firstAccessPage(request, context, problem: say("Remplissez tous les champs.", "Fill in every field."))
        }
        if let problem = Authentication.passwordProblem(password) {
            return try await firstAccessPage(request, context, problem: say(problem))
        }
        let now = services.now()
        let token = context.parameters.get("token") ?? ""
        guard try await services.store.userCount() == 0,
            try await services.store.consumeOneTimeLink(tokenHash: TokenHash.sha256Hex(token), now: now) != nil
        else {
            let page = Page(
                language: context.language, title: say("Lien expiré", "Link expired"), signedIn: nil,
                body:
                    "<p>\(say("Ce lien a déjà servi ou a expiré. Redémarrez l'espace pour en obtenir un autre, s'il n'a encore aucun compte.", "This link was already used or has expired. Restart the workspace to get another one, if it has no account yet."))</p>"
            )
            return Responses.html(page, status: .notFound)
        }
        let user = try await services.store.createUser(
            NewUser(
                login: login.lowercased(), displayName: name, passwordHash: services.authentication.hash(password: password),
                isAdministrator: true,
                createdAt: now))
        try await services.store.appendAudit(
            AuditEntry(
                at: now, userID: user.id, action: "account", detail: "first administrator \(user.login)", address: context.remoteAddress))
        let opened = try await services.authentication.openSession(for: user, now: now)
        return Responses.redirect(
            "/espace",
            cookies: [
                Cookies.setting(
                    Cookies.session, opened.cookie, maxAge: Int(services.authentication.sessionLifetime), secure: services.secureCookies)
            ])
    }
}
