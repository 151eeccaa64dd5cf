import Hummingbird
import Logging
import Publishing

/// Logs each request (method, path, status) with the token of a private feed path replaced by
/// `[token]` and no query string: tokens never reach a log.
struct RedactedLogMiddleware<Context: RequestContext>: RouterMiddleware {
    let level: Logger.Level

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let response = try await next(request, context)
        context.logger.log(
            level: level, "request",
            metadata: [
                "method": .string(request.method.rawValue),
                "path": .string(Self.redacted(request.uri.path)),
                "status": .stringConvertible(response.status.code),
            ])
        return response
    }

    /// `/feeds/private/SECRET/x.ics` → `/feeds/private/[token]/x.ics`; a segment anywhere else
    /// that has the shape of a token is redacted too.
    static func redacted(_ path: String) -> String {
        var segments = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        for index in segments.indices {
            let afterPrivate = index > 0 && segments[index - 1] == "private"
            if afterPrivate || FeedToken.isWellFormed(segments[index]) { segments[index] = "[token]" }
        }
        return segments.joined(separator: "/")
    }
}
