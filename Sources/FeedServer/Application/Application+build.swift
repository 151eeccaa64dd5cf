import Hummingbird
import Logging

/// Builds the feed server: the Hummingbird application, its router and the publication watcher.
/// The first publication is loaded before the server starts; a folder with none yet is served
/// (404s, `/healthz` 503) until one appears.
@available(macOS 15.0, *)
package func buildApplication(_ arguments: some ServerArguments) async throws -> some ApplicationProtocol {
    var logger = Logger(label: "jumelage.serve")
    logger.logLevel = Logger.Level.named(arguments.logLevel) ?? .info
    let store = FeedStore(directory: arguments.directory, ledgerPath: arguments.ledgerPath, logger: logger)
    store.reload(force: true)
    let router = try buildRouter(store: store, baseURL: arguments.baseURL, fallbackHost: "\(arguments.hostname):\(arguments.port)")
    var app = Application(
        router: router,
        server: .http1(configuration: ServerLimits.http1),
        configuration: .init(address: .hostname(arguments.hostname, port: arguments.port), serverName: "Jumelage"),
        logger: logger)
    app.addServices(PublicationWatcher(store: store, interval: arguments.reloadInterval, logger: logger))
    return app
}

/// The router alone, for tests with `.router`: routes, the redacting request log and the one 404.
@available(macOS 15.0, *)
func buildRouter(
    store: FeedStore, baseURL: String? = nil, fallbackHost: String = "127.0.0.1:8080",
    requestLogLevel: Logger.Level = .debug
) throws -> Router<BasicRequestContext> {
    let router = Router(context: BasicRequestContext.self)
    router.add(middleware: FeedFastPath(store: store, level: requestLogLevel))
    router.add(middleware: RedactedLogMiddleware(level: requestLogLevel))
    router.add(middleware: UniformNotFoundMiddleware())
    FeedRoutes(store: store, page: try IndexPage(baseURL: baseURL, fallbackHost: fallbackHost)).add(to: router)
    PageRoutes(store: store, directory: store.directory).add(to: router)
    return router
}

/// The routes `serve` answers (feeds, `/`, the pages), added to another application's router: the
/// workspace serves them beside its own, with its own `/healthz`. `/` then links to the sign-in.
@available(macOS 15.0, *)
package func addPublicationRoutes<Context: RequestContext>(
    to router: Router<Context>, store: FeedStore, baseURL: String?, fallbackHost: String
) throws {
    FeedRoutes(store: store, page: try IndexPage(baseURL: baseURL, fallbackHost: fallbackHost, showsSignIn: true)).add(
        to: router, health: false)
    PageRoutes(store: store, directory: store.directory).add(to: router)
}
