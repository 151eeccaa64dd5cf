import Hummingbird

/// Turns the router's own 404 (no route for the path) into `NotFound.response()`.
struct UniformNotFoundMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            let response = try await next(request, context)
            return response.status == .notFound ? NotFound.response() : response
        } catch let error as any HTTPResponseError where error.status == .notFound {
            return NotFound.response()
        }
    }
}
