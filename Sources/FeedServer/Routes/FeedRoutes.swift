import FeedModel
import Hummingbird

/// The server's answers: feeds (public and private), the index page and `/healthz`.
@available(macOS 15.0, *)
struct FeedRoutes: Sendable {
    let store: FeedStore
    let page: IndexPage

    func add<Context: RequestContext>(to router: Router<Context>, health: Bool = true) {
        router.get("/") { request, _ in self.index(request) }
        router.head("/") { request, _ in self.index(request).createHeadResponse() }
        if health { router.get("/healthz") { _, _ in self.health() } }
    }

    /// `/feeds/NAME.ics` or `/feeds/private/TOKEN/NAME.ics`, read from the raw path: every other
    /// shape (`..`, `%2e%2e`, `//`, `%00`, an absolute path after `/feeds/`) is a 404. Answered by
    /// `FeedFastPath`, before routing.

    static func feed(_ request: Request, store: FeedStore) -> Response {
        guard let snapshot = store.snapshot else { return NotFound.response() }
        let path = request.uri.path
        guard path.hasPrefix("/feeds/") else { return NotFound.response() }
        let segments = path.dropFirst("/feeds/".count).split(separator: "/", omittingEmptySubsequences: false)
        let feed: ServedFeed?
        switch segments.count {
        case 1 where FeedName.isValid(segments[0]):
            feed = snapshot.publicFeed(named: String(segments[0]))
        case 3 where segments[0] == "private" && FeedName.isValid(segments[2]):
            feed = snapshot.privateFeed(named: String(segments[2]), token: segments[1])
        default:
            feed = nil
        }
        guard let feed else { return NotFound.response() }
        return Self.response(for: feed, request: request)
    }

    /// 200 or 304 with the feed's validators; gzip when the client takes it.
    static func response(for feed: ServedFeed, request: Request) -> Response {
        let gzip = ContentCoding.acceptsGzip(request.headers)
        if ConditionalRequest.notModified(
            request.headers, entityTag: feed.entityTag, gzipEntityTag: feed.gzipEntityTag, lastModified: feed.lastModified)
        {
            return Response(status: .notModified, headers: gzip ? feed.gzipHeaders : feed.identityHeaders)
        }
        let body = gzip ? feed.gzipBody : feed.body
        return Response(
            status: .ok, headers: gzip ? feed.gzipHeaders : feed.identityHeaders,
            body: request.method == .head ? ResponseBody() : ResponseBody(byteBuffer: body))
    }

    func index(_ request: Request) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-cache"
        let html = page.render(store.snapshot, host: request.head.authority)
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }

    func health() -> Response {
        let report = store.health
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(
            status: report.publication == nil ? .serviceUnavailable : .ok, headers: headers,
            body: ResponseBody(byteBuffer: ByteBuffer(string: report.json())))
    }
}
