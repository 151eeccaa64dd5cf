import FeedModel
import Hummingbird

/// One feed as the server answers it: its bytes, gzipped once at load, its validators, and the
/// response headers of each representation, all prepared at load so that answering (a 304 above
/// all, what most feed readers get) allocates as little as possible.
struct ServedFeed: Sendable {
    var name: String
    /// X-WR-CALNAME, for the index page.
    var title: String
    var visibility: FeedVisibility
    /// Who the feed is for, as the publication recorded it (nil in manifests written before
    /// audiences were recorded: such a feed opens no page).
    var audience: FeedAudience?
    var body: ByteBuffer
    var gzipBody: ByteBuffer
    var sha256: String
    /// Seconds since 1970: the publication that first published these bytes, never earlier than
    /// what the server announced before for this name.
    var lastModified: Int64
    var eventCount: Int
    /// Strong validator of the identity bytes: the quoted SHA-256.
    let entityTag: String
    /// Strong validator of the gzip bytes, which are another representation (RFC 9110 §8.8.3).
    let gzipEntityTag: String
    /// Content-Type, ETag, Last-Modified, Cache-Control, Vary, Content-Length (and
    /// Content-Encoding): the same in 200, HEAD and 304 (RFC 9110 §8.6, §15.4.5).
    let identityHeaders: HTTPFields
    let gzipHeaders: HTTPFields

    init(
        name: String, title: String, visibility: FeedVisibility, audience: FeedAudience?, body: ByteBuffer, gzipBody: ByteBuffer,
        sha256: String, lastModified: Int64, eventCount: Int
    ) {
        self.name = name
        self.title = title
        self.visibility = visibility
        self.audience = audience
        self.body = body
        self.gzipBody = gzipBody
        self.sha256 = sha256
        self.lastModified = lastModified
        self.eventCount = eventCount
        entityTag = "\"\(sha256)\""
        gzipEntityTag = "\"\(sha256)-gzip\""
        identityHeaders = Self.headers(
            entityTag: entityTag, lastModified: lastModified, visibility: visibility, length: body.readableBytes, gzip: false)
        gzipHeaders = Self.headers(
            entityTag: gzipEntityTag, lastModified: lastModified, visibility: visibility, length: gzipBody.readableBytes, gzip: true)
    }

    static func headers(entityTag: String, lastModified: Int64, visibility: FeedVisibility, length: Int, gzip: Bool) -> HTTPFields {
        var headers = HTTPFields()
        headers[.contentType] = "text/calendar; charset=utf-8"
        headers[.eTag] = entityTag
        headers[.lastModified] = HTTPDate.format(lastModified)
        headers[.cacheControl] = visibility == .public ? "public, max-age=300" : "private, max-age=300"
        headers[.vary] = "Accept-Encoding"
        if gzip { headers[.contentEncoding] = "gzip" }
        headers[.contentLength] = String(length)
        return headers
    }
}
