import Foundation
import Publishing

/// The body of `/healthz`.
struct HealthReport: Codable, Sendable {
    struct Publication: Codable, Sendable {
        var id: Int64
        var publishedAt: String
        var feeds: Int
        var publicFeeds: Int
    }

    struct Failure: Codable, Sendable {
        var message: String
        var at: String
    }

    /// `ok`; `degraded` (serving an older publication, see `lastError`); `unavailable` (nothing to serve).
    var status: String
    var publication: Publication?
    var lastReload: String?
    var lastError: Failure?

    @available(macOS 15.0, *)
    init(_ state: FeedStore.State) {
        publication = state.snapshot.map { snapshot in
            Publication(
                id: snapshot.publication, publishedAt: PublicationManifest.timestamp(snapshot.publishedAt),
                feeds: snapshot.feeds.count, publicFeeds: snapshot.publicFeeds.count)
        }
        lastReload = state.lastLoadAt.map(PublicationManifest.timestamp)
        lastError = state.lastError.map { Failure(message: $0, at: PublicationManifest.timestamp(state.lastErrorAt ?? 0)) }
        status = state.snapshot == nil ? "unavailable" : (state.lastError == nil ? "ok" : "degraded")
    }

    func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(self)) ?? Data("{}".utf8), as: UTF8.self) + "\n"
    }
}
