import Hummingbird
import Logging
import Publishing

/// Logs each request (method, path, status) with the token of a private feed path replaced by
/// `[token]` and no query string: tokens never reach a log.
package struct RedactedLogMiddleware<Context: RequestContext>: RouterMiddleware {
    let level: Logger.Level

    package init(level: Logger.Level) { self.level = level }

    package func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
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

    /// Path segments whose next segment is a secret: private feeds, the workspace's one-time links.
    static var secretParents: Set<String> { ["private", "premier-acces", "invitation", "sondage"] }

    /// `/feeds/private/SECRET/x.ics` → `/feeds/private/[token]/x.ics`; a segment anywhere else
    /// that has the shape of a token is redacted too.
    static func redacted(_ path: String) -> String {
        var segments = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        for index in segments.indices {
            let afterPrivate = index > 0 && Self.secretParents.contains(segments[index - 1])
            if afterPrivate || FeedToken.isWellFormed(segments[index]) { segments[index] = "[token]" }
        }
        return segments.joined(separator: "/")
    }
}
