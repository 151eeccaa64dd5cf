import Bilingual
import Delivery
import CalDAVPush
import Foundation
import Hummingbird
import Publishing
import PublishingPostgres
import Scheduling
import WorkspaceCore
import WorkspacePages
import WorkspaceStore

/// `/espace/publication`: what subscribers will see change, feed by feed; the publication itself;
/// the private feeds' tokens.
package struct PublishRoutes: Sendable {
    let services: WorkspaceServices

    package func add(to router: Router<WorkspaceContext>) {
        router.get("/espace/publication") { request, context in try await self.page(request, context) }
        router.post("/espace/publication") { request, context in try await self.publish(request, context) }
        router.post("/espace/publication/jetons") { request, context in try await self.createToken(request, context) }
        router.post("/espace/publication/jetons/:token/revoquer") { request, context in try await self.revokeToken(request, context) }
    }

    var publisher: SitePublisher {
        SitePublisher(
            folder: services.publicationFolder, ledgerPath: services.ledgerPath, baseURL: services.baseURL ?? "http://127.0.0.1:8080/")
    }

    /// Publishing writes every plan's feeds: it takes owner or editor on every plan (or an administrator).
    func mayPublish(_ signedIn: SignedIn, _ snapshot: WorkspaceSnapshot) -> Bool {
        signedIn.user.isAdministrator || snapshot.plans.allSatisfy { signedIn.role(on: $0.id)?.canPublish == true }
    }

    func page(
        _ request: Request, _ context: WorkspaceContext, notice: HTML = .empty, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let signedIn = try RouteGuard.signedIn(context)
        let snapshot = services.workspace.snapshot
        let say = Wording(context.language)
        let language = context.language
        guard mayPublish(signedIn, snapshot) else { return RouteGuard.forbidden(context, signedIn) }
        var sections: [HTML] = [notice]
        if let result = snapshot.result, result.status != .infeasible, result.status != .unknown {
            let feeds: [PublicationReport.FeedSummary]
            do {
                feeds = try publisher.preview(result, mobility: snapshot.mobility, at: services.now())
            } catch let error as any UserFacingError {
                sections.append("<pre class=\"error\" role=\"alert\" id=\"apercu-impossible\">\(error.rendered(in: language))</pre>")
                feeds = []
            }
            let changed = feeds.filter { !$0.changes.isEmpty }
            let rows: [HTML] = changed.map { feed in
                let items: [HTML] = feed.changes.map { change in
                    "<li><span class=\"badge \(change.outcome)\">\(Self.outcome(change.outcome, say))</span> \(DateText.short(change.start, language)) — \(change.summary)</li>"
                }
                return "<section class=\"card\"><h3><code>\(feed.name)</code> (\(feed.visibility.rawValue))</h3><ul>\(items)</ul></section>"
            }
            sections.append(
                """
                <h2>\(say("Ce que verront les abonnés", "What subscribers will see"))</h2>
                \(rows.isEmpty ? "<p id=\"rien-a-publier\">\(say("Rien n'a changé depuis la dernière publication.", "Nothing changed since the last publication."))</p>" as HTML : "<div id=\"apercu\">\(rows)</div>" as HTML)
                <form method="post" action="/espace/publication"><input type="hidden" name="csrf" value="\(signedIn.session.csrfToken)">
                <button type="submit">\(say("Publier", "Publish"))</button></form>
                """)
        } else {
            sections.append(
                "<p class=\"error\" role=\"alert\">\(say("Un plan n'a aucune date possible ou ne se charge pas : rien ne peut être publié avant de le corriger.", "A plan has no possible date or does not load: nothing can be published until it is fixed."))</p>"
            )
        }
        if let pushed = services.caldav?.last {
            sections.append(
                "<section class=\"card\" id=\"caldav\"><h2>\(say("Dernière poussée CalDAV", "Last CalDAV push"))</h2><pre>\(pushed.rendered(in: language))</pre></section>"
            )
        }
        let ledger = try PublicationLedger(path: services.ledgerPath)
        let last = try ledger.lastPublication()
        if let last {
            sections.append(
                "<p>\(say("Dernière publication", "Last publication")) n° \(last.id ?? 0), \(PublicationManifest.timestamp(last.publishedAt)), \(say("par", "by")) \(last.publishedBy).</p>"
            )
        }
        let privateFeeds = try last.flatMap(\.id).map { try ledger.feeds(ofPublication: $0) }?.filter { $0.visibility != "public" } ?? []
        let tokens: [HTML] = try ledger.activeTokens().map { token in
            """
            <li>\(token.label ?? say("(sans nom)", "(no name)")) — \(token.feedNames?.joined(separator: ", ") ?? say("tous les flux privés", "every private feed")) — \(token.createdBy)
            <form method="post" action="/espace/publication/jetons/\(token.id ?? 0)/revoquer" class="inline"><input type="hidden" name="csrf" value="\(signedIn.session.csrfToken)">
            <button type="submit" class="link">\(say("Révoquer", "Revoke"))</button></form></li>
            """
        }
        let feedChoices: [HTML] = privateFeeds.map { "<option value=\"\($0.name)\">\($0.name)</option>" }
        sections.append(
            """
            <section class="card" id="jetons"><h2>\(say("Jetons des flux privés", "Private feed tokens"))</h2>
            <ul>\(tokens)</ul>
            <form method="post" action="/espace/publication/jetons"><input type="hidden" name="csrf" value="\(signedIn.session.csrfToken)">
            <p><label for="jeton-nom">\(say("Pour qui", "For whom"))</label><input id="jeton-nom" name="label" required></p>
            <p><label for="jeton-flux">\(say("Flux", "Feed"))</label><select id="jeton-flux" name="feed"><option value="">\(say("tous les flux privés", "every private feed"))</option>\(feedChoices)</select></p>
            <p><button type="submit">\(say("Créer un jeton", "Create a token"))</button></p></form></section>
            """)
        let outbox = try await services.mail.outbox.entries().map { entry in
            OutboxView.Row(
                recipient: entry.recipient, subject: entry.subject, state: OutboxView.Row.State(rawValue: entry.state.rawValue) ?? .pending,
                attempts: entry.attempts, lastError: entry.lastError, sentAt: entry.sentAt, nextAttemptAt: entry.nextAttemptAt)
        }
        sections.append(OutboxView.render(outbox, server: services.mail.smtp?.server.redacted, language: language))
        return Responses.html(
            Page(language: language, title: say("Publication", "Publishing"), signedIn: signedIn, body: "\(sections)"), status: status)
    }

    static func outcome(_ word: String, _ say: Wording) -> String {
        switch word {
        case "new": say("nouveau", "new")
        case "rescheduled": say("déplacé", "moved")
        case "updated": say("modifié", "updated")
        case "cancelled": say("annulé", "cancelled")
        default: word
        }
    }

    func publish(_ request: Request, _ context: WorkspaceContext) async throws -> Response {
        let signedIn = try RouteGuard.signedIn(context)
        let form = try await FormData.read(request, limit: 16 * 1024)
        try RouteGuard.csrf(form, signedIn, context)
        let snapshot = services.workspace.snapshot
        guard mayPublish(signedIn, snapshot) else { return RouteGuard.forbidden(context, signedIn) }
        let say = Wording(context.language)
        guard let result = snapshot.result, result.status != .infeasible, result.status != .unknown else {
            return try await page(request, context, status: .unprocessableContent)
        }
        do {
            let report = try await publish(
                result, snapshot: snapshot, by: signedIn, from: context.remoteAddress, language: context.language)
            return try await page(
                request, context,
                notice:
                    "<p class=\"ok\" role=\"status\" id=\"publie\">\(say("Publication faite", "Published")) : n° \(report.publication.id ?? 0).</p>"
            )
        } catch let error as any UserFacingError {
            return try await page(
                request, context, notice: "<pre class=\"error\" role=\"alert\">\(error.rendered(in: context.language))</pre>",
                status: .unprocessableContent)
        }
    }

    /// Publishes as `jumelage publish` does, serves the new feeds at once and audits who published:
    /// the one publication path of the pages and the API.
    func publish(
        _ result: PlanningResult, snapshot: WorkspaceSnapshot, by signedIn: SignedIn, from address: String?,
        language: Language = .fr
    ) async throws
        -> PublicationReport
    {
        let now = services.now()
        let report: PublicationReport
        if let shared = services.sharedLedger {
            let publisher = self.publisher
            let pages = publisher.pages(result, mobility: snapshot.mobility, at: now).map {
                PublicationFile(path: "pages/" + $0.name, bytes: $0.bytes)
            }
            report = try await shared.publish(
                try publisher.input(result, mobility: snapshot.mobility), pages: pages,
                options: publisher.options(by: signedIn.user.displayName, at: now)
            ).report
        } else {
            report = try publisher.publish(result, mobility: snapshot.mobility, by: signedIn.user.displayName, at: now)
        }
        services.feeds.reload(force: true)
        try await services.store.appendAudit(
            AuditEntry(
                at: now, userID: signedIn.user.id, action: "publish", detail: "publication \(report.publication.id ?? 0)", address: address)
        )
        do {
            try await services.mail.publicationMade(schedule: result.schedule, date: now, baseURL: services.baseURL, store: services.store)
        } catch {
            // The publication stands; the outbox on this page shows what was not queued.
            services.logger.error("queueing the invitations failed", metadata: ["error": .string(String(describing: error))])
            try await services.store.appendAudit(
                AuditEntry(at: now, userID: signedIn.user.id, action: "invitations-not-queued", detail: "\(error)", address: address))
        }
        await services.caldav?.push(report, folder: services.publicationFolder, ledgerPath: services.ledgerPath, language: language)
        return report
    }

    func createToken(_ request: Request, _ context: WorkspaceContext) async throws -> Response {
        let signedIn = try RouteGuard.signedIn(context)
        let form = try await FormData.read(request, limit: 16 * 1024)
        try RouteGuard.csrf(form, signedIn, context)
        guard mayPublish(signedIn, services.workspace.snapshot) else { return RouteGuard.forbidden(context, signedIn) }
        let say = Wording(context.language)
        let now = services.now()
        let created: (record: FeedTokenRecord, token: String)
        if let shared = services.sharedLedger {
            created = try await shared.store.createToken(
                label: form["label"], feeds: form["feed"].map { [$0] }, createdBy: signedIn.user.displayName,
                at: Int64(now.timeIntervalSince1970))
            try await shared.catchUp()
        } else {
            created = try PublicationLedger(path: services.ledgerPath).createToken(
                label: form["label"], feeds: form["feed"].map { [$0] }, createdBy: signedIn.user.displayName,
                at: Int64(now.timeIntervalSince1970))
        }
        services.feeds.reload(force: true)
        try await services.store.appendAudit(
            AuditEntry(
                at: now, userID: signedIn.user.id, action: "token", detail: "created \(created.record.id ?? 0)",
                address: context.remoteAddress))
        let base = (services.baseURL ?? "http://\(request.head.authority ?? "127.0.0.1:8080")/").trimmingCharacters(
            in: CharacterSet(charactersIn: "/"))
        let feed = form["feed"] ?? ""
        let url = "\(base)/feeds/private/\(created.token)/\(feed)"
        let webcal = url.replacingOccurrences(of: "https://", with: "webcal://").replacingOccurrences(of: "http://", with: "webcal://")
        let google =
            "https://calendar.google.com/calendar/r?cid=" + (webcal.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? webcal)
        let notice: HTML = """
            <section class="card ok" role="status" id="nouveau-jeton"><h2>\(say("Jeton créé", "Token created"))</h2>
            <p>\(say("Copiez ce lien maintenant : il ne sera plus montré.", "Copy this link now: it will not be shown again."))</p>
            <p><input readonly value="\(url)" aria-label="\(say("Lien du flux", "Feed link"))" class="copy"></p>
            <p><a href="\(webcal)">webcal</a> · <a href="\(google)">Google Agenda</a></p></section>
            """
        return try await page(request, context, notice: notice)
    }

    func revokeToken(_ request: Request, _ context: WorkspaceContext) async throws -> Response {
        let signedIn = try RouteGuard.signedIn(context)
        let form = try await FormData.read(request, limit: 16 * 1024)
        try RouteGuard.csrf(form, signedIn, context)
        guard mayPublish(signedIn, services.workspace.snapshot), let id = context.parameters.get("token").flatMap(Int64.init) else {
            return RouteGuard.forbidden(context, signedIn)
        }
        let now = services.now()
        if let shared = services.sharedLedger {
            _ = try await shared.store.revokeToken(id: id, at: Int64(now.timeIntervalSince1970))
            try await shared.catchUp()
        } else {
            _ = try? PublicationLedger(path: services.ledgerPath).revokeToken(id: id, at: Int64(now.timeIntervalSince1970))
        }
        services.feeds.reload(force: true)
        try await services.store.appendAudit(
            AuditEntry(at: now, userID: signedIn.user.id, action: "token", detail: "revoked \(id)", address: context.remoteAddress))
        return Responses.redirect("/espace/publication#jetons")
    }
}
