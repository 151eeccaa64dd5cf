import Bilingual
import Foundation
import Hummingbird
import HummingbirdOTP
import WorkspaceCore
import WorkspacePages
import WorkspaceStore

/// `/espace/comptes` (administrators): accounts and roles per plan. `/espace/compte`: one's own
/// password and two-step sign-in.
package struct AccountRoutes: Sendable {
    let services: WorkspaceServices

    package func add(to router: Router<WorkspaceContext>) {
        router.get("/espace/comptes") { _, context in try await self.accounts(context) }
        router.post("/espace/comptes") { request, context in try await self.createAccount(request, context) }
        router.post("/espace/comptes/roles") { request, context in try await self.setRole(request, context) }
        router.get("/espace/compte") { _, context in try await self.account(context) }
        router.post("/espace/compte/mot-de-passe") { request, context in try await self.changePassword(request, context) }
        router.post("/espace/compte/deux-etapes") { request, context in try await self.twoStep(request, context) }
    }

    func administrator(_ context: WorkspaceContext) throws -> SignedIn {
        let signedIn = try RouteGuard.signedIn(context)
        guard signedIn.user.isAdministrator else { throw RouteGuard.Answer(response: RouteGuard.notFound(context)) }
        return signedIn
    }

    func accounts(_ context: WorkspaceContext, notice: HTML = .empty, status: HTTPResponse.Status = .ok) async throws -> Response {
        let signedIn = try administrator(context)
        let say = Wording(context.language)
        let csrf = signedIn.session.csrfToken
        let plans = services.workspace.snapshot.plans
        var rows: [HTML] = []
        for user in try await services.store.users() {
            let roles = try await services.store.memberships(userID: user.id)
            let cells: [HTML] = plans.map { plan in
                let role = roles.first { $0.planID == plan.id }?.role
                let options: [HTML] =
                    ["<option value=\"\"\(flag: role == nil, "selected")>—</option>" as HTML]
                    + PlanRole.allCases.map {
                        "<option value=\"\($0.rawValue)\"\(flag: $0 == role, "selected")>\(RoleText.name($0, say))</option>"
                    }
                return """
                    <td><form method="post" action="/espace/comptes/roles" class="inline"><input type="hidden" name="csrf" value="\(csrf)">
                    <input type="hidden" name="user" value="\(user.id)"><input type="hidden" name="plan" value="\(plan.id)">
                    <label class="visually-hidden" for="role-\(user.id)-\(plan.id)">\(say("Rôle de", "Role of")) \(user.displayName) : \(plan.id)</label>
                    <select id="role-\(user.id)-\(plan.id)" name="role">\(options)</select> <button type="submit" class="small">OK</button></form></td>
                    """
            }
            rows.append(
                "<tr><th scope=\"row\">\(user.displayName)<br><code>\(user.login)</code>\(user.isAdministrator ? " (admin)" as HTML : .empty)</th>\(cells)</tr>"
            )
        }
        let audit: [HTML] = try await services.store.auditLog(limit: 30).map {
            "<li>\(HistoryView.timestamp($0.at)) — \($0.action) — \($0.detail)\($0.address.map { " — \($0)" } ?? "")</li>"
        }
        let body: HTML = """
            \(notice)
            <div class="scroll"><table><caption>\(say("Rôles par plan", "Roles per plan"))</caption>
            <thead><tr><th scope="col">\(say("Compte", "Account"))</th>\(plans.map { "<th scope=\"col\">\($0.id)</th>" as HTML })</tr></thead>
            <tbody>\(rows)</tbody></table></div>
            <section class="card"><h2>\(say("Nouveau compte", "New account"))</h2>
            <form method="post" action="/espace/comptes"><input type="hidden" name="csrf" value="\(csrf)">
            <p><label for="n-nom">\(say("Nom", "Name"))</label><input id="n-nom" name="name" required></p>
            <p><label for="n-login">\(say("Identifiant (courriel)", "Login (email)"))</label><input id="n-login" name="login" required></p>
            <p><label for="n-mdp">\(say("Mot de passe provisoire (10 caractères ou plus)", "Temporary password (10 characters or more)"))</label><input id="n-mdp" name="password" type="password" minlength="10" required autocomplete="new-password"></p>
            <p><button type="submit">\(say("Créer", "Create"))</button></p></form></section>
            <section class="card"><h2>\(say("Journal d'audit", "Audit log"))</h2><ul>\(audit)</ul></section>
            """
        return Responses.html(
            Page(language: context.language, title: say("Comptes", "Accounts"), signedIn: signedIn, body: body), status: status)
    }

    func createAccount(_ request: Request, _ context: WorkspaceContext) async throws -> Response {
        let signedIn = try administrator(context)
        let form = try await FormData.read(request, limit: 16 * 1024)
        try RouteGuard.csrf(form, signedIn, context)
        let say = Wording(context.language)
        guard let login = form["login"], let name = form["name"], let password = form.raw("password") else {
            return try await accounts(
                context, notice: "<p class=\"error\" role=\"alert\">\(say("Remplissez tous les champs.", "Fill in every field."))</p>",
                status: .unprocessableContent)
        }
        if let problem = Authentication.passwordProblem(password) {
            return try await accounts(
                context, notice: "<p class=\"error\" role=\"alert\">\(say(problem))</p>", status: .unprocessableContent)
        }
        do {
            let user = try await services.store.createUser(
                NewUser(
                    login: login.lowercased(), displayName: name, passwordHash: services.authentication.hash(password: password),
                    isAdministrator: false, createdAt: services.now()))
            try await services.store.appendAudit(
                AuditEntry(
                    at: services.now(), userID: signedIn.user.id, action: "account", detail: "created \(user.login)",
                    address: context.remoteAddress))
        } catch WorkspaceStoreError.loginTaken {
            return try await accounts(
                context,
                notice: "<p class=\"error\" role=\"alert\">\(say("Cet identifiant existe déjà.", "This login already exists."))</p>",
                status: .unprocessableContent)
        }
        return Responses.redirect("/espace/comptes")
    }

    func setRole(_ request: Request, _ context: WorkspaceContext) async throws -> Response {
        let signedIn = try administrator(context)
        let form = try await FormData.read(request, limit: 16 * 1024)
        try RouteGuard.csrf(form, signedIn, context)
        guard let user = form["user"].flatMap(Int64.init), let plan = form["plan"] else { return RouteGuard.notFound(context) }
        let role = form["role"].flatMap(PlanRole.init(rawValue:))
        try await services.store.setRole(role, userID: user, planID: plan)
        try await services.store.appendAudit(
            AuditEntry(
                at: services.now(), userID: signedIn.user.id, action: "role",
                detail: "user \(user) on \(plan): \(role?.rawValue ?? "none")", address: context.remoteAddress))
        return Responses.redirect("/espace/comptes")
    }

    func account(
        _ context: WorkspaceContext, notice: HTML = .empty, secret: String? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let signedIn = try RouteGuard.signedIn(context)
        let say = Wording(context.language)
        let csrf = signedIn.session.csrfToken
        let twoStep: HTML
        if signedIn.user.totpSecret != nil {
            twoStep = """
                <p>\(say("La connexion en deux étapes est active.", "Two-step sign-in is on."))</p>
                <form method="post" action="/espace/compte/deux-etapes"><input type="hidden" name="csrf" value="\(csrf)"><input type="hidden" name="action" value="off">
                <button type="submit">\(say("La désactiver", "Turn it off"))</button></form>
                """
        } else {
            let proposed = secret ?? Self.newSecret()
            let url = TOTP(secret: proposed).createAuthenticatorURL(label: signedIn.user.login, issuer: "Jumelage")
            // The app takes the key in base32, as the otpauth link carries it.
            let key = url.components(separatedBy: "secret=").last?.split(separator: "&").first.map(String.init) ?? ""
            twoStep = """
                <p>\(say("Ajoutez ce compte à votre application d'authentification (clé ci-dessous), puis entrez le code qu'elle affiche.", "Add this account to your authenticator app (key below), then enter the code it shows."))</p>
                <p><code id="cle-totp">\(key)</code> — <a href="\(url)">otpauth</a></p>
                <form method="post" action="/espace/compte/deux-etapes"><input type="hidden" name="csrf" value="\(csrf)"><input type="hidden" name="secret" value="\(proposed)">
                <p><label for="totp-code">\(say("Code", "Code"))</label><input id="totp-code" name="code" inputmode="numeric" required></p>
                <button type="submit">\(say("Activer", "Turn on"))</button></form>
                """
        }
        let body: HTML = """
            \(notice)
            <section class="card"><h2>\(say("Mot de passe", "Password"))</h2>
            <form method="post" action="/espace/compte/mot-de-passe"><input type="hidden" name="csrf" value="\(csrf)">
            <p><label for="actuel">\(say("Mot de passe actuel", "Current password"))</label><input id="actuel" name="current" type="password" autocomplete="current-password" required></p>
            <p><label for="nouveau">\(say("Nouveau (10 caractères ou plus)", "New (10 characters or more)"))</label><input id="nouveau" name="password" type="password" minlength="10" autocomplete="new-password" required></p>
            <p><button type="submit">\(say("Changer", "Change"))</button></p></form></section>
            <section class="card"><h2>\(say("Connexion en deux étapes", "Two-step sign-in"))</h2>\(twoStep)</section>
            """
        return Responses.html(
            Page(language: context.language, title: say("Mon compte", "My account"), signedIn: signedIn, body: body), status: status)
    }

    /// 32 random letters and digits: the shared key (its base32 form is what the app is given).
    static func newSecret() -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
        var generator = SystemRandomNumberGenerator()
        return String((0..<32).map { _ in alphabet[Int(generator.next() % 32)] })
    }

    func changePassword(_ request: Request, _ context: WorkspaceContext) async throws -> Response {
        let signedIn = try RouteGuard.signedIn(context)
        let form = try await FormData.read(request, limit: 16 * 1024)
        try RouteGuard.csrf(form, signedIn, context)
        let say = Wording(context.language)
        let password = form.raw("password") ?? ""
        guard services.authentication.verify(password: form.raw("current") ?? "", of: signedIn.user) else {
            return try await account(
                context,
                notice: "<p class=\"error\" role=\"alert\">\(say("Mot de passe actuel incorrect.", "Wrong current password."))</p>",
                status: .unprocessableContent)
        }
        if let problem = Authentication.passwordProblem(password) {
            return try await account(
                context, notice: "<p class=\"error\" role=\"alert\">\(say(problem))</p>", status: .unprocessableContent)
        }
        try await services.store.setPasswordHash(services.authentication.hash(password: password), userID: signedIn.user.id)
        try await services.store.appendAudit(
            AuditEntry(
                at: services.now(), userID: signedIn.user.id, action: "account", detail: "password changed", address: context.remoteAddress)
        )
        return try await account(context, notice: "<p class=\"ok\" role=\"status\">\(say("Mot de passe changé.", "Password changed."))</p>")
    }

    func twoStep(_ request: Request, _ context: WorkspaceContext) async throws -> Response {
        let signedIn = try RouteGuard.signedIn(context)
        let form = try await FormData.read(request, limit: 16 * 1024)
        try RouteGuard.csrf(form, signedIn, context)
        let say = Wording(context.language)
        if form["action"] == "off" {
            try await services.store.setTOTPSecret(nil, userID: signedIn.user.id)
        } else {
            guard let secret = form["secret"], let code = form["code"],
                Authentication.verify(code: code, secret: secret, now: services.now())
            else {
                return try await account(
                    context,
                    notice: "<p class=\"error\" role=\"alert\">\(say("Code incorrect : réessayez.", "Wrong code: try again."))</p>",
                    secret: form["secret"],
                    status: .unprocessableContent)
            }
            try await services.store.setTOTPSecret(secret, userID: signedIn.user.id)
        }
        try await services.store.appendAudit(
            AuditEntry(
                at: services.now(), userID: signedIn.user.id, action: "account",
                detail: "two-step \(form["action"] == "off" ? "off" : "on")", address: context.remoteAddress))
        return Responses.redirect("/espace/compte")
    }
}
