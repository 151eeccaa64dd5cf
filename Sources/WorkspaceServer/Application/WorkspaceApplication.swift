import Bilingual
import Delivery
import FeedModel
import FeedServer
import Foundation
import Hummingbird
import Logging
import NIOCore
import PublishingPostgres
import ServiceLifecycle
import WorkspaceCore
import WorkspacePages
import WorkspacePostgres
import WorkspaceStore

/// Builds the workspace server: its routes, the feeds `serve` serves, and the first
/// administrator's one-time link when there is no account yet.
package enum WorkspaceApplication {
    /// Opens the store and the plans; returns the services and, with no account yet, the path of
    /// the one-time link that creates the first administrator (valid 24 hours).
    package static func prepare(
        _ arguments: WorkspaceArguments, logger: Logger, now: @escaping @Sendable () -> Date = { Date() }
    ) async throws -> (
        services: WorkspaceServices, firstAccessPath: String?
    ) {
        let (store, documents) = try await openStores(arguments, logger: logger)
        try await documents.recover()
        let workspace = PlanWorkspace(
            folder: arguments.folder, documents: documents,
            calendarsDirectory: arguments.calendarsDirectory.map { URL(fileURLWithPath: $0) })
        try await workspace.reload()
        try AtomicFileWriter.makeFolder(arguments.publicationPath)
        let shared = try await openSharedLedger(arguments)
        let feeds = FeedStore(directory: arguments.publicationPath, ledgerPath: arguments.databasePath, logger: logger)
        feeds.reload(force: true)
        // The outbox where the store is: every instance on a shared database queues into it and any one sends.
        let outbox: any OutboxStore =
            if let shared = store as? PostgresWorkspaceStore { PostgresOutboxStore(store: shared) } else {
                try SQLiteOutboxStore(path: arguments.databasePath)
            }
        let mail = WorkspaceMail(outbox: outbox, smtp: arguments.smtp)
        var services = WorkspaceServices(
            workspace: workspace, store: store, authentication: Authentication(store: store), feeds: feeds,
            publicationFolder: arguments.publicationPath, ledgerPath: arguments.databasePath, sharedLedger: shared,
            baseURL: arguments.baseURL, logger: logger, now: now, mail: mail)
        services.caldav = arguments.caldav.map { CalDAVPushHook(target: $0, overwrite: arguments.caldavOverwrite) }
        var firstAccessPath: String?
        if try await store.userCount() == 0 {
            let token = TokenHash.randomToken()
            try await store.createOneTimeLink(
                OneTimeLink(
                    tokenHash: TokenHash.sha256Hex(token), purpose: .firstAdministrator, userID: nil,
                    expiresAt: now().addingTimeInterval(86_400)))
            firstAccessPath = "/premier-acces/\(token)"
        }
        return (services, firstAccessPath)
    }

    /// SQLite (default): the store in the ledger's file, the plans the YAML files of the folder.
    /// PostgreSQL (`--database postgres://…`): both in the database; on first start, when the
    /// database holds no plan, the folder's `*.yaml`/`*.yml` files are imported as they are, so the
    /// workspace does not start empty (later starts leave the database's plans alone).
    static func openStores(
        _ arguments: WorkspaceArguments, logger: Logger
    ) async throws -> (
        store: any WorkspaceStore, documents: any PlanDocumentStore
    ) {
        guard let url = try arguments.postgresURL() else {
            let store = try SQLiteWorkspaceStore(path: arguments.databasePath)
            return (store, FolderPlanDocuments(folder: arguments.folder, store: store))
        }
        let store = try await PostgresWorkspaceStore(url: url)
        let documents = PostgresPlanDocuments(store: store)
        let imported = try await documents.importFolder(arguments.folder)
        if imported > 0 {
            logger.notice("imported \(imported) plans of \(arguments.folder) into \(url.redactedDescription)")
        }
        return (store, documents)
    }

    /// PostgreSQL: the shared ledger, with this server's working copy and publication folder
    /// brought up to the last publication; nil on SQLite.
    static func openSharedLedger(_ arguments: WorkspaceArguments) async throws -> SharedLedger? {
        guard let url = try arguments.postgresURL() else { return nil }
        let shared = try SharedLedger(
            store: try await PostgresLedger(url: url), cacheFolder: arguments.sharedCachePath, servedFolder: arguments.publicationPath)
        try await shared.catchUp()
        return shared
    }

    /// Routes that a module above this one adds (date polls, `WorkspacePolls`), so that this module
    /// stays small.
    package typealias MoreRoutes = @Sendable (Router<WorkspaceContext>, WorkspaceServices) -> Void

    package static func router(
        _ services: WorkspaceServices, fallbackHost: String, more: [MoreRoutes] = []
    ) throws -> Router<WorkspaceContext> {
        let router = Router(context: WorkspaceContext.self)
        router.add(middleware: FeedFastPath(store: services.feeds, level: .debug))
        router.add(middleware: RedactedLogMiddleware(level: .debug))
        router.add(middleware: AnswerMiddleware())
        router.add(middleware: SessionMiddleware(services: services))
        try addPublicationRoutes(to: router, store: services.feeds, baseURL: services.baseURL, fallbackHost: fallbackHost)
        router.get("/static/workspace.css") { _, _ in Responses.text(WorkspaceStyle.source, contentType: "text/css; charset=utf-8") }
        router.get("/static/workspace.js") { _, _ in Responses.text(WorkspaceScript.source, contentType: "text/javascript; charset=utf-8") }
        router.get("/api/openapi.yaml") { _, _ in Responses.text(OpenAPIDocument.source, contentType: "application/yaml; charset=utf-8") }
        HealthRoute(services: services).add(to: router)
        AuthRoutes(services: services).add(to: router)
        PlanRoutes(services: services).add(to: router)
        EventRoutes(services: services).add(to: router)
        TextRoutes(services: services).add(to: router)
        HistoryRoutes(services: services).add(to: router)
        PublishRoutes(services: services).add(to: router)
        AccountRoutes(services: services).add(to: router)
        CalendarRoutes(services: services).add(to: router)
        ElementRoutes(services: services).add(to: router)
        InvitationRoutes(services: services).add(to: router)
        APIRoutes(services: services).add(to: router)
        for routes in more { routes(router, services) }
        return router
    }

    /// How plans changed elsewhere are picked up: the folder read every 2 s (SQLite: an editor, `git
    /// pull`); with a shared database, notifications from the other servers at once, and a read
    /// every 30 s in case one was missed.
    static func planWatchers(_ services: WorkspaceServices, logger: Logger) -> [any Service] {
        guard let notifier = services.workspace.documents as? any PlanChangeNotifier else {
            return [PlanFolderWatcher(workspace: services.workspace, interval: .seconds(2), logger: logger)]
        }
        return [
            PlanChangeListener(workspace: services.workspace, notifier: notifier, logger: logger),
            PlanFolderWatcher(workspace: services.workspace, interval: .seconds(30), logger: logger),
        ]
    }

    /// Runs the workspace until it is stopped; `announce` gets the address and the first-access link.
    package static func run(
        _ arguments: WorkspaceArguments, more: [MoreRoutes] = [], announce: @escaping @Sendable (String) -> Void
    ) async throws {
        MemoryRelease.limitArenas()
        var logger = Logger(label: "jumelage.workspace")
        logger.logLevel = Logger.Level.named(arguments.logLevel) ?? .info
        let (services, firstAccess) = try await prepare(arguments, logger: logger)
        let host = "\(arguments.hostname):\(arguments.port)"
        let origin = arguments.baseURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 } ?? "http://\(host)"
        let router = try router(services, fallbackHost: host, more: more)
        var app = Application(
            router: router, server: .http1(configuration: ServerLimits.http1Configuration),
            configuration: .init(address: .hostname(arguments.hostname, port: arguments.port), serverName: "Jumelage"),
            onServerRunning: { _ in
                announce("Jumelage workspace: \(origin)/")
                if let firstAccess {
                    announce(
                        "First administrator (one-time link, 24 h) / Premier administrateur (lien à usage unique, 24 h): \(origin)\(firstAccess)"
                    )
                }
            },
            logger: logger)
        app.addServices(
            PublicationWatcher(store: services.feeds, interval: .seconds(2), logger: logger),
            ChangeStreamCloser(changes: services.workspace.changes))
        app.addServices(planWatchers(services, logger: logger))
        if let smtp = arguments.smtp {
            app.addServices(OutboxService(mail: services.mail, settings: smtp, interval: .seconds(15), logger: logger))
        }
        if let shared = services.sharedLedger {
            app.addServices(PublicationListener(shared: shared, feeds: services.feeds, logger: logger))
        }
        try await runListening(app, host: arguments.hostname, port: arguments.port)
    }
}
