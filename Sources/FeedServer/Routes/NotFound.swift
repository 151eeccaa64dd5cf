import FeedModel
import Hummingbird

/// The one 404 of the server: a missing feed, a wrong or revoked token, a private feed asked
/// publicly, a malformed path all get these exact bytes and headers, so an answer tells nothing
/// about which feeds or tokens exist.
enum NotFound {
    static let body = "Flux introuvable. / Feed not found.\n"

    static func response() -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: .notFound, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }
}
