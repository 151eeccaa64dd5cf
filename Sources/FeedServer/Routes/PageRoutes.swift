import FeedModel
import Foundation
import Hummingbird

/// The pages `jumelage publish` writes into `DIR/pages/`: the students' pages, the registry of
/// agreements and the annual reports for anyone, the coordinators' dashboard only behind a token that opens a
/// coordinators' feed (`/private/TOKEN/tableau-de-bord`). Names are fixed or checked, so no
/// path from a request reaches the file system.
@available(macOS 15.0, *)
struct PageRoutes: Sendable {
    let store: FeedStore
    let directory: String

    func add<Context: RequestContext>(to router: Router<Context>) {
        for slug in ["etudiants", "students", "registre", "registry"] {
            router.get(RouterPath(stringLiteral: "/" + slug)) { _, _ in self.page(named: slug + ".html") }
        }
        for folder in ["rapports", "reports"] {
            router.get(RouterPath(stringLiteral: "/\(folder)/:file")) { _, context in
                guard let file = context.parameters.get("file"), Self.isReportName(file) else { return NotFound.response() }
                return self.page(named: file)
            }
        }
        router.get("/private/:token/:page") { _, context in
            guard let token = context.parameters.get("token"), let page = context.parameters.get("page"),
                ["tableau-de-bord", "dashboard"].contains(page), self.opensDashboard(token)
            else { return NotFound.response() }
            return self.page(named: page + ".html", cache: "private, no-store")
        }
    }

    /// `rapport-annuel-PLAN-YEAR.html|md` or `annual-report-PLAN-YEAR.html|md`.
    static func isReportName(_ name: String) -> Bool {
        guard name.hasPrefix("rapport-annuel-") || name.hasPrefix("annual-report-"),
            name.hasSuffix(".html") || name.hasSuffix(".md")
        else { return false }
        return name.unicodeScalars.allSatisfy { CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyz0123456789-._").contains($0) }
            && !name.contains("..")
    }

    /// A token opens the dashboard when it opens at least one feed recorded for the
    /// coordinators (whatever the feed's name).
    func opensDashboard(_ token: String) -> Bool {
        guard let snapshot = store.snapshot else { return false }
        return snapshot.feeds.values.contains { feed in
            feed.audience == .coordinators && snapshot.privateFeed(named: feed.name, token: token) != nil
        }
    }

    func page(named name: String, cache: String = "no-cache") -> Response {
        let path = ((directory as NSString).appendingPathComponent("pages") as NSString).appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: path) else { return NotFound.response() }
        var headers = HTTPFields()
        headers[.contentType] = name.hasSuffix(".md") ? "text/markdown; charset=utf-8" : "text/html; charset=utf-8"
        headers[.cacheControl] = cache
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
