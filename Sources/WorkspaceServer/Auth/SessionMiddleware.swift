import Bilingual
import Hummingbird
import WorkspaceCore
import WorkspacePages

/// Before every route: the language (`?lang=` sets a cookie; French by default) and the signed-in
/// person, from the session cookie.
package struct SessionMiddleware: RouterMiddleware {
    package typealias Context = WorkspaceContext
    let services: WorkspaceServices

    package func handle(
        _ request: Request, context: WorkspaceContext, next: (Request, WorkspaceContext) async throws -> Response
    )
        async throws -> Response
    {
        var context = context
        var setLanguage: String?
        if let asked = request.uri.queryParameters["lang"].flatMap({ Language(rawValue: String($0)) }) {
            context.language = asked
            setLanguage = Cookies.setting(Cookies.language, asked.rawValue, maxAge: 365 * 86_400, secure: services.secureCookies)
        } else if let saved = Cookies.value(Cookies.language, in: request).flatMap(Language.init(rawValue:)) {
            context.language = saved
        }
        if let cookie = Cookies.value(Cookies.session, in: request), !cookie.isEmpty {
            context.signedIn = try await services.authentication.resolve(cookie: cookie, now: services.now())
        }
        var response = try await next(request, context)
        if let setLanguage { response.headers[values: .setCookie] += [setLanguage] }
        return response
    }
}
