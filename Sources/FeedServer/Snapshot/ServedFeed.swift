import FeedModel
import Hummingbird

/// One feed as the server answers it: its bytes, gzipped once at load, and its validators.
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
    var entityTag: String { "\"\(sha256)\"" }
    /// Strong validator of the gzip bytes, which are another representation (RFC 9110 §8.8.3).
    var gzipEntityTag: String { "\"\(sha256)-gzip\"" }
}
