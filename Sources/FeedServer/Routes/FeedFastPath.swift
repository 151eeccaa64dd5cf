import Hummingbird
import Logging

/// Answers GET and HEAD under `/feeds/` before routing: the path nearly every request takes (a
/// calendar app revalidating its subscription), with no router lookup and no other middleware
/// on the way; logged as `RedactedLogMiddleware` logs, token redacted. Other requests go on.
package struct FeedFastPath<Context: RequestContext>: RouterMiddleware {
    let store: FeedStore
    let level: Logger.Level

    package init(store: FeedStore, level: Logger.Level) {
        self.store = store
        self.level = level
    }

    package func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .get || request.method == .head, request.uri.path.hasPrefix("/feeds/") else {
            return try await next(request, context)
        }
        let response = FeedRoutes.feed(request, store: store)
        context.logger.log(
            level: level, "request",
            metadata: [
                "method": .string(request.method.rawValue),
                "path": .string(RedactedLogMiddleware<Context>.redacted(request.uri.path)),
                "status": .stringConvertible(response.status.code),
            ])
        return response
    }
}
