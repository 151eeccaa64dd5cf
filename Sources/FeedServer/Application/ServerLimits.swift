import FeedModel
import HummingbirdCore

/// What one request may hold, and how long a connection may sit silent. Feed readers send a
/// request line and a handful of short headers: anything larger is refused with 400 and the
/// connection closed, before a route runs.
package enum ServerLimits {
    package static let maximumHeaderFieldBytes = 8 * 1024
    package static let maximumHeaderBytes = 32 * 1024
    package static let maximumHeaderFields = 100
    /// A connection that neither sends nor receives for this long is closed.
    package static let idleTimeoutSeconds: Int64 = 60

    package static var http1Configuration: HTTP1Channel.Configuration { http1 }

    static let http1 = HTTP1Channel.Configuration(
        idleTimeout: .seconds(idleTimeoutSeconds),
        httpDecoderConfiguration: .init(
            maxHeaderFieldSize: maximumHeaderFieldBytes, maxHeaderListSize: maximumHeaderBytes,
            maxHeaderFieldCount: maximumHeaderFields))
}
